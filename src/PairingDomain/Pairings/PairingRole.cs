namespace PairingDomain.Pairings;

/// <summary>
/// A unit's role in a county pairing, §III.1 and domain.md §3: the one lead unit (牵头单位) or a participating unit
/// (参与单位). <see cref="PairingMembership"/> records it per unit and county, as offices keep their pairings.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class PairingRole : BilingualEnumeration<PairingRole>
{
    /// <summary>牵头单位, the lead unit: exactly one per county on every day it is paired (<c>PAIR-ONE-LEAD</c>).</summary>
    public static readonly PairingRole Lead = new(nameof(Lead), 1, "牵头单位", "Lead unit");

    /// <summary>参与单位, a participating unit.</summary>
    public static readonly PairingRole Participant = new(nameof(Participant), 2, "参与单位", "Participating unit");

    private PairingRole(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
