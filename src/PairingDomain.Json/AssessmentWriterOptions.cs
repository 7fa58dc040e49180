namespace PairingDomain.Json;

/// <summary>
/// What <see cref="AssessmentWriter"/> writes beyond the fields case-format.md fixes.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record AssessmentWriterOptions
{
    /// <summary>The default: evidence included.</summary>
    public static AssessmentWriterOptions Default { get; } = new();

    /// <summary>
    /// Whether each duty lists <c>evidence</c>, the identifiers of the activities that counted, after
    /// <c>shortPeriods</c>. Evidence is computed on demand by a pass over the unit's part of the ledger for each duty,
    /// so a national ledger of millions of activities writes much faster without it.
    /// </summary>
    public bool IncludeEvidence { get; init; } = true;
}
