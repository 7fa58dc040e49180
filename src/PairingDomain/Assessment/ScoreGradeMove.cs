namespace PairingDomain.Assessment;

/// <summary>
/// How many units a rule change moves from one score grade to another (the three links, 三挂钩, §III.8; case-format-2.md
/// §2 grades), in an <see cref="AssessmentComparison"/>: "moves 40 from good to fairly-good".
/// </summary>
/// <remarks>
/// Only units graded in both assessments count (a unit with no duties has no score, hence no grade); <see cref="From"/>
/// and <see cref="To"/> always differ and <see cref="Count"/> is always positive.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class ScoreGradeMove
{
    internal ScoreGradeMove(ScoreGrade from, ScoreGrade to, int count)
    {
        From = from;
        To = to;
        Count = count;
    }

    /// <summary>The grade in the first assessment.</summary>
    public ScoreGrade From { get; }

    /// <summary>The grade in the second assessment.</summary>
    public ScoreGrade To { get; }

    /// <summary>The number of units graded <see cref="From"/> before and <see cref="To"/> after; at least 1.</summary>
    public int Count { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Count}: {From.ContractId} → {To.ContractId}";
}
