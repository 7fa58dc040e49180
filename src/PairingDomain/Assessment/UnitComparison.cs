using System.Collections.Immutable;

namespace PairingDomain.Assessment;

/// <summary>
/// One unit whose results differ between two assessments of the same case (<see cref="AssessmentComparison"/>): the
/// duties whose status changed, and whether it is short on some duty, eligible for excellence, and its score grade
/// (the three links, 三挂钩, §III.8; case-format-2.md §2), before and after.
/// </summary>
/// <remarks>
/// A unit whose grade moved is listed even when no duty's status did.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class UnitComparison
{
    internal UnitComparison(UnitId unit, ImmutableArray<DutyChange> duties, bool shortBefore, bool shortAfter,
        bool eligibleBefore, bool eligibleAfter, ScoreGrade? gradeBefore, ScoreGrade? gradeAfter)
    {
        GradeBefore = gradeBefore;
        GradeAfter = gradeAfter;
        Unit = unit;
        Duties = duties;
        ShortBefore = shortBefore;
        ShortAfter = shortAfter;
        EligibleBefore = eligibleBefore;
        EligibleAfter = eligibleAfter;
    }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>The duties whose status changed, in the second edition's duty order, then any the first edition alone evaluates.</summary>
    public ImmutableArray<DutyChange> Duties { get; }

    /// <summary>Whether the unit is short on at least one duty in the first assessment.</summary>
    public bool ShortBefore { get; }

    /// <summary>Whether the unit is short on at least one duty in the second assessment.</summary>
    public bool ShortAfter { get; }

    /// <summary>Whether the unit is eligible for excellence (评先评优) in the first assessment.</summary>
    public bool EligibleBefore { get; }

    /// <summary>Whether the unit is eligible for excellence in the second assessment.</summary>
    public bool EligibleAfter { get; }

    /// <summary>The unit's score grade in the first assessment; null when it has no score there (no duties, or absent).</summary>
    public ScoreGrade? GradeBefore { get; }

    /// <summary>The unit's score grade in the second assessment; null when it has no score there (no duties, or absent).</summary>
    public ScoreGrade? GradeAfter { get; }

    /// <summary>Whether the unit is graded in both assessments and its grade differs.</summary>
    public bool GradeMoved => GradeBefore is not null && GradeAfter is not null && GradeBefore != GradeAfter;

    /// <inheritdoc />
    public override string ToString() => $"{Unit}: {Duties.Length} duty change(s)";
}
