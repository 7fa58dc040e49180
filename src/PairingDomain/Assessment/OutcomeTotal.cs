using PairingDomain.Outcomes;

namespace PairingDomain.Assessment;

/// <summary>
/// The sum of one measure over the window (case-format-2.md §3 <c>statistics.outcomes</c>): every outcome dated from
/// 1 January to the as-of date in a county its unit assists on that date (<c>OUTCOME-OUTSIDE-PAIRING</c> excludes the
/// others).
/// </summary>
/// <param name="Measure">The measure.</param>
/// <param name="Amount">The exact sum, in <see cref="OutcomeMeasure.Unit"/>; 0 when no outcome counts.</param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record OutcomeTotal(OutcomeMeasure Measure, decimal Amount);
