using PairingDomain.Policy;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// One finding of a stored assessment (case-format.md <c>findings[]</c>: a record a rule flags). Table <c>findings</c>,
/// keyed by assessment and position.
/// </summary>
/// <remarks>
/// A persistence row of the assessment history, mutable for EF Core: written by <see cref="AssessmentStore.SaveAsync"/> from
/// the assessment and read by the history queries (<see cref="AssessmentHistory"/>); not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class FindingRow
{
    /// <summary>The assessment the row belongs to (<c>assessment_id</c>, part of the primary key; <see cref="StoredAssessment.Id"/>).</summary>
    public long AssessmentId { get; set; }

    /// <summary>The finding's position in the assessment (<c>seq</c>): ordinal order of rule, then subject.</summary>
    public int Seq { get; set; }

    /// <summary>The rule (<c>rule</c>).</summary>
    public RuleId Rule { get; set; }

    /// <summary>The record flagged (<c>subject</c>).</summary>
    public string Subject { get; set; } = string.Empty;

    /// <summary>The message in English (<c>message</c>).</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>The message in Chinese.</summary>
    public string ChineseMessage { get; set; } = string.Empty;
}
