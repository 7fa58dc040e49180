using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PairingDomain.Rosters;

namespace PairingDomain.Cadres;

/// <summary>
/// Assembles a <see cref="GradeBook"/>, reporting every unknown cadre (<c>unknown-reference</c>), grade off the scale
/// (<c>grade-not-in-scale</c>) and second grade of a cadre for one year (<c>duplicate-id</c>).
/// </summary>
/// <remarks><threadsafety>Not thread-safe.</threadsafety></remarks>
public sealed class GradeBookBuilder
{
    private readonly Roster _roster;
    private readonly GradeScale _scale;
    private readonly List<(AnnualGrade Grade, string Path)> _grades = [];

    /// <summary>Starts a grade book.</summary>
    /// <param name="roster">The roster whose cadres are graded.</param>
    /// <param name="scale">The edition's grade scale.</param>
    public GradeBookBuilder(Roster roster, GradeScale scale)
    {
        _roster = Preconditions.CheckNotNull(roster, nameof(roster));
        _scale = Preconditions.CheckNotNull(scale, nameof(scale));
    }

    /// <summary>Adds a grade.</summary>
    /// <param name="grade">The grade.</param>
    /// <param name="path">Where it came from; defaults to <c>$.cadreGrades[i]</c>.</param>
    /// <returns>This builder.</returns>
    public GradeBookBuilder Add(AnnualGrade grade, string? path = null)
    {
        Preconditions.CheckNotNull(grade, nameof(grade));
        _grades.Add((grade, path ?? string.Create(CultureInfo.InvariantCulture, $"$.cadreGrades[{_grades.Count}]")));
        return this;
    }

    /// <summary>Builds the grade book, or reports every problem.</summary>
    /// <returns>The grade book, or all its problems.</returns>
    public BuildResult<GradeBook> Build()
    {
        var problems = new List<Problem>();
        var seen = new Dictionary<(CadreId, int), string>();
        foreach ((AnnualGrade grade, string path) in _grades)
        {
            if (_roster.FindCadre(grade.Cadre) is null)
            {
                problems.Add(new Problem(path + ".cadre", ProblemCodes.UnknownReference, $"no cadre '{grade.Cadre}' in the roster",
                    $"名册中没有驻村干部“{grade.Cadre}”"));
            }
            if (!_scale.Contains(grade.Grade))
            {
                problems.Add(new Problem(path + ".grade", ProblemCodes.GradeNotInScale,
                    $"{grade.Grade.Name} ({grade.Grade.ChineseName}) is not on the {_scale.Name} scale: {string.Join(", ", _scale.Grades.Select(g => g.ChineseName))}",
                    $"考核等次“{grade.Grade.ChineseName}”（{grade.Grade.Name}）不在 {_scale.Name} 等次标准内：{string.Join("、", _scale.Grades.Select(g => g.ChineseName))}"));
            }
            if (!seen.TryAdd((grade.Cadre, grade.Year), path))
            {
                problems.Add(new Problem(path + ".cadre", ProblemCodes.DuplicateId,
                    $"cadre '{grade.Cadre}' is already graded for {grade.Year} by {seen[(grade.Cadre, grade.Year)]}",
                    $"驻村干部“{grade.Cadre}”的{grade.Year}年度考核等次已由 {seen[(grade.Cadre, grade.Year)]} 给出"));
            }
        }
        return problems.Count > 0
            ? BuildResult<GradeBook>.ForProblems([.. problems])
            : BuildResult<GradeBook>.ForValue(new GradeBook(_roster, _scale, _grades.Select(g => g.Grade).ToImmutableArray()));
    }
}
