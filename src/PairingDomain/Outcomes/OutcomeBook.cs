using System.Collections;
using System.Collections.Generic;
using PairingDomain.Activities;
using PairingDomain.Places;
using PairingDomain.Rosters;

namespace PairingDomain.Outcomes;

/// <summary>
/// The outcomes of a roster (case-format-2.md §1 <c>outcomes</c>), each reference resolved against it: the input of
/// <c>statistics.outcomes</c> and <c>OUTCOME-OUTSIDE-PAIRING</c>.
/// </summary>
/// <remarks>
/// Built through <see cref="OutcomeBookBuilder"/>. Stored compactly — roster indices, one packed record per outcome plus
/// its identifier — so that millions of outcomes are read in one pass with no allocation per record. Enumerating it
/// materialises <see cref="Outcome"/> values on demand, in the order added.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class OutcomeBook : IReadOnlyList<Outcome>
{
    private readonly OutcomeRecord[] _records;
    private readonly ActivityId[] _ids;
    private readonly int[] _villages;

    internal OutcomeBook(Roster roster, OutcomeRecord[] records, ActivityId[] ids, int[] villages)
    {
        Roster = roster;
        _records = records;
        _ids = ids;
        _villages = villages;
    }

    /// <summary>The roster the references resolve against.</summary>
    public Roster Roster { get; }

    /// <summary>The number of outcomes.</summary>
    public int Count => _records.Length;

    /// <summary>The outcome at <paramref name="index"/>, in the order added.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    public Outcome this[int index]
    {
        get
        {
            ref readonly OutcomeRecord r = ref _records[index];
            VillageCode? village = _villages[index] < 0 ? null : Roster.Villages[_villages[index]].Code;
            return new Outcome(_ids[index], Roster.Units[r.Unit].Id, Roster.Counties[r.County].Code, village, r.Date.ToLocalDate(),
                OutcomeMeasure.FromValue(r.Measure), r.Amount);
        }
    }

    /// <summary>An empty book for <paramref name="roster"/>.</summary>
    /// <param name="roster">The roster.</param>
    /// <returns>A book with no outcomes.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="roster"/> is null.</exception>
    public static OutcomeBook Empty(Roster roster) => new(Preconditions.CheckNotNull(roster, nameof(roster)), [], [], []);

    /// <summary>The identifier of the outcome at <paramref name="index"/>, without materialising it.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    /// <returns>The identifier.</returns>
    public ActivityId IdAt(int index) => _ids[index];

    internal OutcomeRecord[] Records => _records;

    /// <inheritdoc />
    public IEnumerator<Outcome> GetEnumerator()
    {
        for (int i = 0; i < _records.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
