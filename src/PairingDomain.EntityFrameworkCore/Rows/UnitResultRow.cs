using PairingDomain.Assessment;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// One unit's result in a stored assessment (case-format.md <c>units[]</c>): its mechanism, its excellence and its main
/// leader's (§III.8), and its score once scores exist (case-format-2.md §3). Table <c>unit_results</c>, keyed by
/// assessment and unit.
/// </summary>
/// <remarks>
/// A persistence row of the assessment history, mutable for EF Core: written by <see cref="AssessmentStore.SaveAsync"/> from
/// the assessment and read by the history queries (<see cref="AssessmentHistory"/>); not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class UnitResultRow
{
    /// <summary>The assessment the row belongs to (<c>assessment_id</c>, part of the primary key; <see cref="StoredAssessment.Id"/>).</summary>
    public long AssessmentId { get; set; }

    /// <summary>The unit (<c>unit</c>).</summary>
    public UnitId UnitId { get; set; }

    /// <summary>The unit's position in the assessment (<c>seq</c>).</summary>
    public int Seq { get; set; }

    /// <summary>Whether the four-in-one mechanism is complete (<c>mechanism.complete</c>, <c>MECH-FOUR-IN-ONE</c>).</summary>
    public bool MechanismComplete { get; set; }

    /// <summary>Whether the unit may be rated excellent (<c>excellence.eligible</c>, §III.8).</summary>
    public bool Eligible { get; set; }

    /// <summary>Whether the unit's main leader may be rated excellent (<c>mainLeaderExcellence.eligible</c>, §III.8).</summary>
    public bool MainLeaderEligible { get; set; }

    /// <summary>The score's points (<c>score.points</c>), or null where the assessment has no score.</summary>
    public int? ScorePoints { get; set; }

    /// <summary>The score's grade (<c>score.grade</c>), as its contract id, or null where the assessment has no score.</summary>
    public ScoreGrade? ScoreGrade { get; set; }
}
