using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PairingDomain.Cadres;

/// <summary>
/// The set of annual grades a policy edition accepts for stationed cadres, domain.md §5.
/// </summary>
/// <remarks>
/// Sichuan's implementing opinion on village work teams grades 优秀 / 称职 / 不称职 (three grades); other
/// provinces use four. A grade outside the scale is a data error (<c>grade-not-in-scale</c>).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class GradeScale : IEquatable<GradeScale>
{
    /// <summary>Creates a scale.</summary>
    /// <param name="name">The scale's name, for example <c>three-grade</c>.</param>
    /// <param name="grades">The accepted grades; must include excellent and incompetent.</param>
    public GradeScale(string name, IEnumerable<CadreGrade> grades)
    {
        Name = Preconditions.CheckNotNull(name, nameof(name));
        Grades = Preconditions.CheckNotNull(grades, nameof(grades)).Distinct().OrderBy(g => g.Value).ToImmutableArray();
        Preconditions.CheckArgument(Grades.Contains(CadreGrade.Excellent) && Grades.Contains(CadreGrade.Incompetent),
            nameof(grades), "A grade scale must include excellent (优秀) and incompetent (不称职).");
    }

    /// <summary>优秀 / 称职 / 不称职, Sichuan's scale.</summary>
    public static GradeScale ThreeGrade { get; } = new("three-grade",
        [CadreGrade.Excellent, CadreGrade.Competent, CadreGrade.Incompetent]);

    /// <summary>优秀 / 称职 / 基本称职 / 不称职, the scale some other provinces use.</summary>
    public static GradeScale FourGrade { get; } = new("four-grade",
        [CadreGrade.Excellent, CadreGrade.Competent, CadreGrade.BasicallyCompetent, CadreGrade.Incompetent]);

    /// <summary>The scale's name.</summary>
    public string Name { get; }

    /// <summary>The accepted grades, best first.</summary>
    public ImmutableArray<CadreGrade> Grades { get; }

    /// <summary>Whether the scale accepts <paramref name="grade"/>.</summary>
    /// <param name="grade">A grade.</param>
    public bool Contains(CadreGrade grade) => Grades.Contains(grade);

    /// <inheritdoc />
    public bool Equals(GradeScale? other) => other is not null && Name == other.Name && Grades.SequenceEqual(other.Grades);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GradeScale);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Grades.Length);

    /// <inheritdoc />
    public override string ToString() => Name;
}
