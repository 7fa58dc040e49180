namespace PairingDomain.Assessment;

/// <summary>
/// How to run an assessment. No option changes a result: <see cref="Parallel"/> only changes how it is computed, and
/// <see cref="AllowYearOutsideEdition"/> only lets run an assessment that would otherwise be refused.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Parallel">Whether to scan the ledger on all cores; the result is identical either way.</param>
/// <param name="AllowYearOutsideEdition">
/// Whether to assess a year the edition does not apply to (<see cref="Policy.PolicyEdition.AppliesToYear"/>), for
/// example 2020 under <c>sichuan-2019</c>, with the edition's rules as they stand. False, the default, refuses such a
/// year with <see cref="YearOutsideEditionException"/>. <c>pairing-case/1</c> names no such check, so a reader of that
/// contract opts in.
/// </param>
public sealed record AssessmentOptions(bool Parallel = false, bool AllowYearOutsideEdition = false)
{
    /// <summary>One thread; a year outside the edition is refused.</summary>
    public static AssessmentOptions Default { get; } = new();

    /// <summary>
    /// The activities the one-thread scan takes between two checks of the cancellation token and two progress reports:
    /// 2^20; internal so that tests can make it small enough to split a test ledger into many steps.
    /// </summary>
    internal int ScanStep { get; init; } = 1 << 20;
}
