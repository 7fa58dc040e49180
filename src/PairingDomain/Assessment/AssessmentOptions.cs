namespace PairingDomain.Assessment;

/// <summary>
/// How to run an assessment. The options never change its result.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Parallel">Whether to scan the ledger on all cores; the result is identical either way.</param>
public sealed record AssessmentOptions(bool Parallel = false)
{
    /// <summary>One thread.</summary>
    public static AssessmentOptions Default { get; } = new();
}
