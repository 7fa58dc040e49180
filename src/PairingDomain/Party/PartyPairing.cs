using PairingDomain.Places;
using PairingDomain.Time;

namespace PairingDomain.Party;

/// <summary>
/// A party pairing (结对共建, §III.5; case-format-2.md §1 <c>partyPairings</c>): the party organisation of an assistance
/// unit paired with the party branch of a village, for an interval of days.
/// </summary>
/// <remarks>
/// <c>links.partyBuilding</c> (case-format-2.md §3, for 党建工作责任制, <c>LINK-PARTY-BUILDING</c>) counts a village where a
/// cadre of the unit was in post as paired when a pairing of the unit with it is in force some day of the window.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class PartyPairing
{
    /// <summary>Creates a party pairing.</summary>
    /// <param name="unit">The unit whose party organisation is paired.</param>
    /// <param name="village">The village whose party branch is paired.</param>
    /// <param name="validity">The days the pairing is in force, inclusive.</param>
    /// <exception cref="System.ArgumentException">The unit or village is the default value.</exception>
    public PartyPairing(UnitId unit, VillageCode village, DateRange validity)
    {
        Preconditions.CheckArgument(unit.Value is not null, nameof(unit), "The unit is the default value.");
        Preconditions.CheckArgument(village.Value is not null, nameof(village), "The village is the default value.");
        Unit = unit;
        Village = village;
        Validity = validity;
    }

    /// <summary>The unit whose party organisation is paired.</summary>
    public UnitId Unit { get; }

    /// <summary>The village whose party branch is paired.</summary>
    public VillageCode Village { get; }

    /// <summary>The days the pairing is in force, inclusive.</summary>
    public DateRange Validity { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Unit} ~ {Village} {Validity}";
}
