using PairingDomain.Assessment;
using PairingDomain.Policy;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// How one unit stood on one duty in a stored assessment (case-format.md <c>units[].duties[]</c>, domain.md §4). Table
/// <c>duty_results</c>, keyed by assessment, unit and rule.
/// </summary>
/// <remarks>
/// A persistence row of the assessment history, mutable for EF Core: written by <see cref="AssessmentStore.SaveAsync"/> from
/// the assessment and read by the history queries (<see cref="AssessmentHistory"/>); not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class DutyResultRow
{
    /// <summary>The assessment the row belongs to (<c>assessment_id</c>, part of the primary key; <see cref="StoredAssessment.Id"/>).</summary>
    public long AssessmentId { get; set; }

    /// <summary>The unit (<c>unit</c>).</summary>
    public UnitId UnitId { get; set; }

    /// <summary>The duty's rule identifier (<c>rule</c>).</summary>
    public RuleId Rule { get; set; }

    /// <summary>The duty's position among the unit's duties (<c>seq</c>), the edition's catalogue order.</summary>
    public int Seq { get; set; }

    /// <summary>The minimum for the year (<c>required</c>).</summary>
    public int Required { get; set; }

    /// <summary>The qualifying activities recorded (<c>recorded</c>).</summary>
    public int Recorded { get; set; }

    /// <summary>The status (<c>status</c>: <c>met</c>, <c>short</c> or <c>pending</c>).</summary>
    public DutyStatus Status { get; set; } = null!;

    /// <summary>The ended periods below their minimum (<c>shortPeriods</c>), such as <c>2019-Q1 2019-Q3</c>, separated by a space; empty for none.</summary>
    public string ShortPeriods { get; set; } = string.Empty;
}
