using System.Collections.Immutable;
using PairingDomain.Rosters;

namespace PairingDomain.Party;

/// <summary>
/// The party pairings (结对共建, §III.5; case-format-2.md §1 <c>partyPairings</c>) of a roster, each naming a unit and a
/// village of it; built with <see cref="PartyPairingBookBuilder"/>, which reports every bad record at once.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class PartyPairingBook
{
    internal PartyPairingBook(Roster roster, ImmutableArray<PartyPairing> pairings, int[] units, int[] villages)
    {
        Roster = roster;
        Pairings = pairings;
        Units = units;
        Villages = villages;
    }

    /// <summary>An empty book for <paramref name="roster"/>: a case without party pairings.</summary>
    /// <param name="roster">The roster.</param>
    public static PartyPairingBook Empty(Roster roster) => new(Preconditions.CheckNotNull(roster, nameof(roster)), [], [], []);

    /// <summary>The roster the pairings refer to.</summary>
    public Roster Roster { get; }

    /// <summary>The pairings, in the order given.</summary>
    public ImmutableArray<PartyPairing> Pairings { get; }

    /// <summary>Each pairing's unit, by roster index.</summary>
    internal int[] Units { get; }

    /// <summary>Each pairing's village, by roster index.</summary>
    internal int[] Villages { get; }
}
