using System.Collections.Immutable;

namespace PairingDomain.Assessment;

public sealed partial class AnnualAssessment
{
    /// <summary>
    /// Every outcome measure, in measure order, with the exact sum of the outcomes of the window that its unit achieved in
    /// a county it assisted on the date (case-format-2.md §3 <c>statistics.outcomes</c>; the others are
    /// <c>OUTCOME-OUTSIDE-PAIRING</c>). All zeros for a case without outcomes.
    /// </summary>
    /// <exception cref="System.InvalidOperationException">
    /// The assessment was restored from a stored <c>pairing-assessment/1</c> document, which carries no outcome totals.
    /// </exception>
    public ImmutableArray<OutcomeTotal> OutcomeTotals
    {
        get => IsStoredVersion1 ? throw RestoredAssessment.NotStored(StoredFormat!, "the outcome totals") : _outcomeTotals;
        internal init => _outcomeTotals = value;
    }
}
