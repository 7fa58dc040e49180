using System.Diagnostics.Contracts;
using PairingDomain.Outcomes;

namespace PairingDomain;

public sealed partial class PairingCase
{
    // Null for a case built without outcomes; set only on a fresh copy by WithOutcomes, so the case stays immutable.
    private OutcomeBook? _outcomes;

    /// <summary>
    /// The units' recorded outcomes (case-format-2.md §1 <c>outcomes</c>: <c>statistics.outcomes</c>,
    /// <c>OUTCOME-OUTSIDE-PAIRING</c>); empty for a case built without them.
    /// </summary>
    public OutcomeBook Outcomes => _outcomes ?? OutcomeBook.Empty(Roster);

    /// <summary>This case with <paramref name="outcomes"/> as its outcomes.</summary>
    /// <param name="outcomes">The outcomes, for the same roster.</param>
    /// <returns>A new case; this one is unchanged.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="outcomes"/> is null.</exception>
    /// <exception cref="System.ArgumentException">
    /// <paramref name="outcomes"/> belongs to another roster, or the case is a <c>pairing-case/1</c> case (no
    /// <see cref="HasCadreWork"/>), which has no outcomes.
    /// </exception>
    [Pure]
    public PairingCase WithOutcomes(OutcomeBook outcomes)
    {
        Preconditions.CheckNotNull(outcomes, nameof(outcomes));
        Preconditions.CheckArgument(ReferenceEquals(outcomes.Roster, Roster), nameof(outcomes), "The outcomes belong to another roster.");
        Preconditions.CheckArgument(HasCadreWork, nameof(outcomes), "A pairing-case/1 case has no outcomes: build it with the cadres' work first.");
        var copy = (PairingCase)MemberwiseClone();
        copy._outcomes = outcomes;
        return copy;
    }
}
