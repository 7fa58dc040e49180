using System.Collections.Generic;
using PairingDomain.Rosters;

namespace PairingDomain.Party;

/// <summary>
/// Collects the party pairings of a roster (case-format-2.md §1 <c>partyPairings</c>) and builds a
/// <see cref="PartyPairingBook"/>, reporting every bad record at once: a unit or a village the roster lacks is
/// <c>unknown-reference</c> at the record's <c>unit</c> or <c>village</c>.
/// </summary>
/// <remarks>
/// Overlapping or repeated pairings of the same unit and village are no error: the pairing is in force on each day any
/// of them is. <threadsafety>Not thread-safe; the book it builds is.</threadsafety>
/// </remarks>
public sealed class PartyPairingBookBuilder
{
    private readonly Roster _roster;
    private readonly List<PartyPairing> _pairings = [];
    private readonly List<int> _units = [];
    private readonly List<int> _villages = [];
    private readonly List<Problem> _problems = [];
    private int _added;

    /// <summary>Starts a book for <paramref name="roster"/>.</summary>
    /// <param name="roster">The roster the pairings refer to.</param>
    public PartyPairingBookBuilder(Roster roster) => _roster = Preconditions.CheckNotNull(roster, nameof(roster));

    /// <summary>Adds a pairing.</summary>
    /// <param name="pairing">The pairing.</param>
    /// <param name="path">Where the record stands in its source, for problems; null for <c>$.partyPairings[N]</c>.</param>
    /// <returns>This builder.</returns>
    public PartyPairingBookBuilder Add(PartyPairing pairing, string? path = null)
    {
        Preconditions.CheckNotNull(pairing, nameof(pairing));
        string at = path ?? Locations.Default("partyPairings", _added);
        _added++;
        bool ok = true;
        if (!_roster.TryGetUnitIndex(pairing.Unit, out int unit))
        {
            _problems.Add(new Problem(at + ".unit", ProblemCodes.UnknownReference, $"no unit '{pairing.Unit}' in the roster",
                $"名册中没有单位“{pairing.Unit}”"));
            ok = false;
        }
        if (!_roster.TryGetVillageIndex(pairing.Village, out int village))
        {
            _problems.Add(new Problem(at + ".village", ProblemCodes.UnknownReference, $"no village '{pairing.Village}' in the roster",
                $"名册中没有村“{pairing.Village}”"));
            ok = false;
        }
        if (ok)
        {
            _pairings.Add(pairing);
            _units.Add(unit);
            _villages.Add(village);
        }
        return this;
    }

    /// <summary>Builds the book, or reports every problem of every pairing added.</summary>
    /// <returns>The book, or all its problems.</returns>
    public BuildResult<PartyPairingBook> Build() =>
        _problems.Count > 0
            ? BuildResult<PartyPairingBook>.ForProblems([.. _problems])
            : BuildResult<PartyPairingBook>.ForValue(new PartyPairingBook(_roster, [.. _pairings], [.. _units], [.. _villages]));
}
