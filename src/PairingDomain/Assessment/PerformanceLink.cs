namespace PairingDomain.Assessment;

/// <summary>
/// What a unit's assessment gives its annual target performance assessment (部门年度目标绩效考核, §III.8
/// <c>LINK-PERFORMANCE</c>; case-format-2.md §3 <c>links.performance</c>): the score's points and grade.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class PerformanceLink
{
    internal PerformanceLink(int points, ScoreGrade grade)
    {
        Points = points;
        Grade = grade;
    }

    /// <summary>The score's points.</summary>
    public int Points { get; }

    /// <summary>The score's grade, after the bundle cap.</summary>
    public ScoreGrade Grade { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Points} {Grade.ContractId}";
}
