using System.Diagnostics.Contracts;
using PairingDomain.Party;

namespace PairingDomain;

public sealed partial class PairingCase
{
    private PartyPairingBook? _partyPairings;

    /// <summary>
    /// The case's party pairings (结对共建, §III.5; case-format-2.md §1 <c>partyPairings</c>), which
    /// <c>links.partyBuilding</c> reads; an empty book when the case has none.
    /// </summary>
    public PartyPairingBook PartyPairings => _partyPairings ?? PartyPairingBook.Empty(Roster);

    /// <summary>This case with <paramref name="partyPairings"/> as its party pairings; everything else kept.</summary>
    /// <param name="partyPairings">The pairings, for the case's roster.</param>
    /// <returns>The new case.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="partyPairings"/> is null.</exception>
    /// <exception cref="System.ArgumentException">The pairings are for another roster.</exception>
    [Pure]
    public PairingCase WithPartyPairings(PartyPairingBook partyPairings)
    {
        Preconditions.CheckNotNull(partyPairings, nameof(partyPairings));
        Preconditions.CheckArgument(ReferenceEquals(partyPairings.Roster, Roster), nameof(partyPairings),
            "The party pairings belong to another roster.");
        var copy = (PairingCase)MemberwiseClone();
        copy._partyPairings = partyPairings;
        return copy;
    }
}
