namespace PairingDomain.Assessment;

public sealed partial class AnnualAssessment
{
    /// <summary>
    /// The exit standards applied to the year's indicator records (case-format-2.md §3 <c>exits</c>):
    /// <c>EXIT-HOUSEHOLD</c>, <c>EXIT-VILLAGE</c>, <c>EXIT-COUNTY</c>. <see cref="ExitResults.None"/> for a
    /// <c>pairing-case/1</c> case, which has no indicator records.
    /// </summary>
    public ExitResults Exits { get; internal init; } = ExitResults.None;
}
