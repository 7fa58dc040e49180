using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PairingDomain.Rosters;

namespace PairingDomain.Cadres;

/// <summary>
/// The annual grades of a roster's stationed cadres, each cadre graded at most once a year, every grade on the
/// edition's scale.
/// </summary>
/// <remarks>
/// Built with <see cref="GradeBookBuilder"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class GradeBook
{
    // Never mutated after construction; a Dictionary builds far faster than an ImmutableDictionary for a million grades.
    private readonly Dictionary<(CadreId, int), CadreGrade> _byCadreYear;

    internal GradeBook(Roster roster, GradeScale scale, ImmutableArray<AnnualGrade> grades)
    {
        Roster = roster;
        CadreIndices = new int[grades.Length];
        for (int i = 0; i < grades.Length; i++)
        {
            roster.TryGetCadreIndex(grades[i].Cadre, out CadreIndices[i]);
        }
        Scale = scale;
        Grades = grades;
        _byCadreYear = new Dictionary<(CadreId, int), CadreGrade>(grades.Length);
        foreach (AnnualGrade grade in grades)
        {
            _byCadreYear[(grade.Cadre, grade.Year)] = grade.Grade;
        }
    }

    /// <summary>For each grade, the roster index of its cadre.</summary>
    internal int[] CadreIndices { get; }

    /// <summary>The roster whose cadres are graded.</summary>
    public Roster Roster { get; }

    /// <summary>The scale every grade is on.</summary>
    public GradeScale Scale { get; }

    /// <summary>The grades, in the order given.</summary>
    public ImmutableArray<AnnualGrade> Grades { get; }

    /// <summary>An empty grade book for <paramref name="roster"/>.</summary>
    /// <param name="roster">The roster.</param>
    /// <param name="scale">The scale.</param>
    public static GradeBook Empty(Roster roster, GradeScale scale) =>
        new(Preconditions.CheckNotNull(roster, nameof(roster)), Preconditions.CheckNotNull(scale, nameof(scale)), []);

    /// <summary>The grade of <paramref name="cadre"/> for <paramref name="year"/>, or null when not graded.</summary>
    /// <param name="cadre">A cadre.</param>
    /// <param name="year">A year.</param>
    public CadreGrade? GradeOf(CadreId cadre, int year) => _byCadreYear.TryGetValue((cadre, year), out CadreGrade? g) ? g : null;
}
