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
    // The arrays may be longer than the ledger: a ledger made by Append shares them with the ledger it extends, whose
    // prefix they hold unchanged, and writes its own activities after that prefix (see Storage).
    private readonly ActivityRecord[] _records;
    private readonly ActivityId[] _ids;
    private readonly int[] _villages;
    private readonly ImmutableDictionary<int, Instant> _instants;
    private readonly int _count;
    private readonly Storage _storage;

    internal ActivityLedger(Roster roster, ActivityRecord[] records, ActivityId[] ids, int[] villages,
        ImmutableDictionary<int, Instant> instants)
        : this(roster, records, ids, villages, instants, records.Length, new Storage(records.Length))
    {
    }

    private ActivityLedger(Roster roster, ActivityRecord[] records, ActivityId[] ids, int[] villages,
        ImmutableDictionary<int, Instant> instants, int count, Storage storage)
    {
        Roster = roster;
        _records = records;
        _ids = ids;
        _villages = villages;
        _instants = instants;
        _count = count;
        _storage = storage;
    }

    /// <summary>
    /// Who owns the spare room at the end of a set of arrays: the ledger whose count equals <see cref="Used"/> may write
    /// after it; any other ledger sharing the arrays copies them first, so no ledger ever sees its activities change.
    /// </summary>
    private sealed class Storage(int used)
    {
        private readonly object _gate = new();

        internal int Used { get; private set; } = used;

        /// <summary>Claims <c>[from, from + count)</c> when nobody has written past <paramref name="from"/>.</summary>
        internal bool TryClaim(int from, int count, int capacity)
        {
            lock (_gate)
            {
                if (Used != from || capacity - from < count)
                {
                    return false;
                }
                Used = from + count;
                return true;
            }
        }
    }

    /// <summary>
    /// This ledger followed by <paramref name="records"/>: their records, identifiers, villages (roster indices, −1 for
    /// none) and instants (keyed by the index within the batch), already checked against the roster. The ledger itself
    /// is unchanged; the new one shares its storage when there is room after it and nobody has appended to it yet,
    /// otherwise copies it with room for as many again.
    /// </summary>
    internal ActivityLedger Append(ReadOnlySpan<ActivityRecord> records, ReadOnlySpan<ActivityId> ids, ReadOnlySpan<int> villages,
        IEnumerable<KeyValuePair<int, Instant>> instants)
    {
        int count = _count + records.Length;
        ActivityRecord[] allRecords = _records;
        ActivityId[] allIds = _ids;
        int[] allVillages = _villages;
        Storage storage = _storage;
        if (!storage.TryClaim(_count, records.Length, _records.Length))
        {
            int capacity = (int)Math.Min(Array.MaxLength, Math.Max(count, 2L * count));
            allRecords = new ActivityRecord[capacity];
            allIds = new ActivityId[capacity];
            allVillages = new int[capacity];
            _records.AsSpan(0, _count).CopyTo(allRecords);
            _ids.AsSpan(0, _count).CopyTo(allIds);
            _villages.AsSpan(0, _count).CopyTo(allVillages);
            storage = new Storage(count);
        }
        records.CopyTo(allRecords.AsSpan(_count));
        ids.CopyTo(allIds.AsSpan(_count));
        villages.CopyTo(allVillages.AsSpan(_count));
        ImmutableDictionary<int, Instant> allInstants = _instants;
        foreach (KeyValuePair<int, Instant> instant in instants)
        {
            allInstants = allInstants.Add(_count + instant.Key, instant.Value);
        }
        return new ActivityLedger(Roster, allRecords, allIds, allVillages, allInstants, count, storage);
    }

    /// <summary>The same ledger in storage with room for <paramref name="room"/> more activities, for <see cref="Append"/>.</summary>
    internal ActivityLedger WithRoom(int room)
    {
        int capacity = (int)Math.Min(Array.MaxLength, (long)_count + room);
        var records = new ActivityRecord[capacity];
        var ids = new ActivityId[capacity];
        var villages = new int[capacity];
        _records.AsSpan(0, _count).CopyTo(records);
        _ids.AsSpan(0, _count).CopyTo(ids);
        _villages.AsSpan(0, _count).CopyTo(villages);
        return new ActivityLedger(Roster, records, ids, villages, _instants, _count, new Storage(_count));
    }

    /// <summary>The roster the ledger's references resolve against.</summary>
    public Roster Roster { get; }

    /// <summary>The number of activities.</summary>
    public int Count => _count;

    /// <summary>The activity at <paramref name="index"/>, in the order recorded.</summary>
    /// <param name="index">0 to <see cref="Count"/> − 1.</param>
    public Activity this[int index]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(index), index, 0, _count - 1);
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
    public ActivityId IdAt(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, _count - 1);
        return _ids[index];
    }

    internal ReadOnlySpan<ActivityRecord> Records => _records.AsSpan(0, _count);

    internal ref readonly ActivityRecord RecordAt(int index) => ref _records[index];

    /// <inheritdoc />
    public IEnumerator<Activity> GetEnumerator()
    {
        for (int i = 0; i < _count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
