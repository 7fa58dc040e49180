namespace PairingDomain.EntityFrameworkCore;

/// <summary>What <see cref="AssessmentStore.SaveAsync"/> did: the assessment's id, and whether it was stored already.</summary>
/// <param name="AssessmentId">The <see cref="Rows.StoredAssessment.Id"/> of the assessment, newly stored or found.</param>
/// <param name="AlreadyStored">
/// True when the same assessment (same case, edition, rules and as-of date: <c>HISTORY-SAME-ASSESSMENT</c>) was stored
/// already and nothing was written.
/// </param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public readonly record struct AssessmentSaveResult(long AssessmentId, bool AlreadyStored);
