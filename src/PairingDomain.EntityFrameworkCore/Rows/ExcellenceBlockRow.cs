using PairingDomain.Policy;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// One bundle that bars a unit, or its main leader, from an excellence rating in a stored assessment (§III.8,
/// case-format.md <c>excellence.blockedBy[]</c>). Table <c>excellence_blocks</c>, keyed by assessment, unit, holder
/// and position.
/// </summary>
/// <remarks>
/// A persistence row of the assessment history, mutable for EF Core: written by <see cref="AssessmentStore.SaveAsync"/> from
/// the assessment and read by the history queries (<see cref="AssessmentHistory"/>); not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class ExcellenceBlockRow
{
    /// <summary>The assessment the row belongs to (<c>assessment_id</c>, part of the primary key; <see cref="StoredAssessment.Id"/>).</summary>
    public long AssessmentId { get; set; }

    /// <summary>The unit (<c>unit</c>).</summary>
    public UnitId UnitId { get; set; }

    /// <summary>Whom the block bars: <c>unit</c> (<c>excellence</c>) or <c>main-leader</c> (<c>mainLeaderExcellence</c>).</summary>
    public string Holder { get; set; } = string.Empty;

    /// <summary>The block's position in its list (<c>seq</c>).</summary>
    public int Seq { get; set; }

    /// <summary>The rule that triggered the block (<c>rule</c>).</summary>
    public RuleId Rule { get; set; }

    /// <summary>What triggered it (<c>subject</c>): a cadre, a village or county code, a duty.</summary>
    public string Subject { get; set; } = string.Empty;
}
