using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Activities;

/// <summary>
/// The activity ledger of a roster: every recorded visit, meeting, plan, study tour and night-school lecture, with
/// each reference resolved against the roster.
/// </summary>
/// <remarks>
/// Built through <see cref="ActivityLedgerBuilder"/>. Stored compactly — integer indices into the roster, one
/// 19-byte record per activity plus its identifier — so that a ledger of tens of millions of activities fits in memory
/// and is assessed in one pass. Enumerating it materialises <see cref="Activity"/> values on demand.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class ActivityLedger : IReadOnlyList<Activity>
{
    private readonly ActivityRecord[] _records;
    private readonly ActivityId[] _ids;
    private readonly int[] _villages;
    private readonly ImmutableDictionary<int, Instant> _instants;

    internal ActivityLedger(Roster roster, ActivityRecord[] records, ActivityId[] ids, int[] villages,
        ImmutableDictionary<int, Instant> instants)
    {
        Roster = roster;
        _records = records;
        _ids = ids;
        _villages = villages;
        _instants = instants;
    }

    /// <summary>The roster the ledger's references resolve against.</summary>
    public Roster Roster { get; }

    /// <summary>The number of activities.</summary>
    public int Count => _records.Length;

    /// <summary>The activity at <paramref name="index"/>, in the order recorded.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    public Activity this[int index]
    {
        get
        {
            ref readonly ActivityRecord r = ref _records[index];
            AssistanceUnit unit = Roster.Units[r.Unit];
            LeaderId? by = r.Leader < 0 ? null : Roster.LeaderAt(r.Leader).Id;
            ActivityTime time = _instants.TryGetValue(index, out Instant instant)
                ? ActivityTime.At(instant)
                : ActivityTime.On(r.Date.ToLocalDate());
            DivisionCode? county = r.County < 0 ? null : Roster.Counties[r.County].Code;
            VillageCode? village = _villages[index] < 0 ? null : Roster.Villages[_villages[index]].Code;
            return new Activity(_ids[index], ActivityKind.FromValue(r.Kind), unit.Id, by, time, county, village)
            {
                Topics = FocusTopicSet.FromMask(r.Topics),
            };
        }
    }

    /// <summary>The identifier of the activity at <paramref name="index"/>, without materialising it.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    public ActivityId IdAt(int index) => _ids[index];

    internal ReadOnlySpan<ActivityRecord> Records => _records;

    internal ref readonly ActivityRecord RecordAt(int index) => ref _records[index];

    /// <inheritdoc />
    public IEnumerator<Activity> GetEnumerator()
    {
        for (int i = 0; i < _records.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
