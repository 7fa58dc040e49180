using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Time;

namespace PairingDomain.Activities;

/// <summary>
/// Assembles an <see cref="ActivityLedger"/> against a roster, checking every activity's references.
/// </summary>
/// <remarks>
/// <see cref="Build"/> reports every problem at once: <c>duplicate-id</c>; <c>unknown-reference</c> for a unit,
/// leader (which must belong to the activity's unit), county or village not in the roster; <c>missing-field</c> for a
/// <c>by</c> or <c>county</c> its kind requires; <c>invalid-value</c> for a village outside the activity's county, and
/// for focus topics on an activity other than a supervision visit.
/// Records are located as <c>$.activities[i]</c> unless the caller passes a path; a duplicate's message names the first
/// activity with the identifier by its locator too.
/// <threadsafety>Not thread-safe: build on one thread, then share the immutable ledger.</threadsafety>
/// </remarks>
public sealed class ActivityLedgerBuilder
{
    private readonly Roster _roster;
    private readonly List<ActivityRecord> _records;
    private readonly List<ActivityId> _ids;
    private readonly List<int> _villages;
    private readonly Dictionary<ActivityId, int> _seen;
    private readonly ImmutableDictionary<int, Instant>.Builder _instants = ImmutableDictionary.CreateBuilder<int, Instant>();
    private readonly List<Problem> _problems = [];
    private readonly int _capacity;
    private int _added;

    // A batch appended to an existing ledger (LiveAssessment): its activities are numbered from _first, after the
    // ledger's, and their identifiers are checked against the ledger's in a dictionary the caller keeps, from which
    // Rollback takes them out again when the batch is refused.
    private readonly int _first;
    private readonly List<ActivityId>? _claimed;

    // The caller's path of each activity added, null for the default; kept only once a caller gives another (a national
    // ledger built without paths, or read from JSON, keeps none), so that a duplicate's message can name the first by its
    // locator.
    private List<string?>? _paths;

    /// <summary>Starts a ledger for <paramref name="roster"/>.</summary>
    /// <param name="roster">The roster every reference must resolve against.</param>
    /// <param name="capacity">The number of activities expected, to size storage once.</param>
    public ActivityLedgerBuilder(Roster roster, int capacity = 0)
    {
        _roster = Preconditions.CheckNotNull(roster, nameof(roster));
        Preconditions.CheckArgument(capacity >= 0, nameof(capacity), "The capacity is negative.");
        _records = new List<ActivityRecord>(capacity);
        _ids = new List<ActivityId>(capacity);
        _villages = new List<int>(capacity);
        _seen = new Dictionary<ActivityId, int>(capacity);
        _capacity = capacity;
    }

    /// <summary>
    /// Starts a batch to append to a ledger of <paramref name="first"/> activities whose identifiers (with their ledger
    /// indices) are in <paramref name="seen"/>, which the batch adds its own to.
    /// </summary>
    internal ActivityLedgerBuilder(Roster roster, Dictionary<ActivityId, int> seen, int first)
    {
        _roster = roster;
        _records = [];
        _ids = [];
        _villages = [];
        _seen = seen;
        _first = first;
        _added = first;
        _claimed = [];
    }

    /// <summary>Adds an activity; problems are kept for <see cref="Build"/>.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.activities[i]</c>.</param>
    /// <returns>This builder.</returns>
    public ActivityLedgerBuilder Add(Activity activity, string? path = null)
    {
        Preconditions.CheckNotNull(activity, nameof(activity));
        // A null path stays null until a problem needs it: a national ledger adds millions of valid activities.
        int added = _added++;
        int before = _problems.Count;
        KeepPath(path, added);

        if (_seen.TryAdd(activity.Id, added))
        {
            _claimed?.Add(activity.Id);
        }
        else
        {
            _problems.Add(new Problem(Locate(path, added) + ".id", ProblemCodes.DuplicateId,
                $"activity '{activity.Id}' is already used by {PathOf(_seen[activity.Id])}",
                $"活动“{activity.Id}”已被 {PathOf(_seen[activity.Id])} 使用"));
        }
        bool unitKnown = _roster.TryGetUnitIndex(activity.Unit, out int unit);
        if (!unitKnown)
        {
            _problems.Add(new Problem(Locate(path, added) + ".unit", ProblemCodes.UnknownReference, $"no unit '{activity.Unit}' in the roster",
                $"名册中没有单位“{activity.Unit}”"));
        }
        int leader = -1;
        if (activity.By is { } by)
        {
            if (!_roster.TryGetLeader(by, out var at))
            {
                _problems.Add(new Problem(Locate(path, added) + ".by", ProblemCodes.UnknownReference, $"no leader '{by}' in the roster",
                    $"名册中没有领导“{by}”"));
            }
            else if (unitKnown && at.Unit != unit)
            {
                _problems.Add(new Problem(Locate(path, added) + ".by", ProblemCodes.UnknownReference,
                    $"leader '{by}' belongs to unit {_roster.Units[at.Unit].Id}, not to {activity.Unit}",
                    $"领导“{by}”属于单位 {_roster.Units[at.Unit].Id}，不属于单位 {activity.Unit}"));
            }
            else
            {
                leader = _roster.LeaderOffsets[at.Unit] + at.Leader;
            }
        }
        else if (activity.Kind.RequiresLeader)
        {
            _problems.Add(new Problem(Locate(path, added) + ".by", ProblemCodes.MissingField, $"an activity of kind {activity.Kind.EnglishName.ToLowerInvariant()} must name its leader",
                $"{activity.Kind.ChineseName}类活动须注明其领导"));
        }
        int county = -1;
        if (activity.County is { } code)
        {
            if (!_roster.TryGetCountyIndex(code, out county))
            {
                _problems.Add(new Problem(Locate(path, added) + ".county", ProblemCodes.UnknownReference, $"no county '{code}' in the roster",
                    $"名册中没有县“{code}”"));
            }
        }
        else if (activity.Kind.RequiresCounty)
        {
            _problems.Add(new Problem(Locate(path, added) + ".county", ProblemCodes.MissingField, $"an activity of kind {activity.Kind.EnglishName.ToLowerInvariant()} must name its county",
                $"{activity.Kind.ChineseName}类活动须注明所在县"));
        }
        int village = -1;
        if (activity.Village is { } v)
        {
            if (!_roster.TryGetVillageIndex(v, out village))
            {
                _problems.Add(new Problem(Locate(path, added) + ".village", ProblemCodes.UnknownReference, $"no village '{v}' in the roster",
                    $"名册中没有村“{v}”"));
            }
            else if (activity.County is not { } c || !v.IsIn(c))
            {
                _problems.Add(new Problem(Locate(path, added) + ".village", ProblemCodes.InvalidValue,
                    $"village {v} does not lie in the activity's county {activity.County?.ToString() ?? "(none)"}",
                    activity.County is { } inCounty ? $"村 {v} 不在该活动所在县 {inCounty} 内" : $"村 {v} 不在该活动所在县内（该活动未注明县）"));
            }
        }
        else if (activity.Kind.RequiresVillage)
        {
            _problems.Add(new Problem(Locate(path, added) + ".village", ProblemCodes.MissingField,
                $"an activity of kind {activity.Kind.EnglishName.ToLowerInvariant()} must name its village",
                $"{activity.Kind.ChineseName}类活动须注明所在村"));
        }

        if (!activity.Topics.IsEmpty && activity.Kind != ActivityKind.SupervisionVisit)
        {
            _problems.Add(new Problem(Locate(path, added) + ".topics", ProblemCodes.InvalidValue,
                $"only a supervision visit carries focus topics, not an activity of kind {activity.Kind.EnglishName.ToLowerInvariant()}",
                $"只有督导调研可注明重点议题，{activity.Kind.ChineseName}类活动不可"));
        }

        if (_problems.Count == before)
        {
            if (activity.Time.Instant is { } instant)
            {
                _instants[_records.Count] = instant;
            }
            _records.Add(new ActivityRecord(unit, leader, PackedDate.Pack(activity.Time.Date), county, (byte)activity.Kind.Value,
                activity.Topics.Mask));
            _ids.Add(activity.Id);
            _villages.Add(village);
        }
        return this;
    }

    private static string DefaultPath(int index) => Locations.Default("activities", index);

    /// <summary>How many activities have been added (from the first index of a batch), the index the next one gets.</summary>
    internal int Added => _added;

    /// <summary>How many problems have been found so far (each <see cref="Add"/> reports its own at once).</summary>
    internal int ProblemCount => _problems.Count;

    private static string Locate(string? path, int index) => path ?? DefaultPath(index);

    private void KeepPath(string? path, int added)
    {
        if (path is not null && Locations.IsDefault(path, "activities", added))
        {
            // The default locator is made again when a problem needs it: a reader of millions of activities, which
            // names each one by it, keeps none of them.
            path = null;
        }
        if (path is null && _paths is null)
        {
            return;
        }
        if (_paths is null)
        {
            _paths = new List<string?>(Math.Max(_capacity, added - _first + 1));
            _paths.AddRange(new string?[added - _first]);
        }
        _paths.Add(path);
    }

    /// <summary>
    /// The locator of the activity added at <paramref name="added"/>: its caller's path, or the default (always the
    /// default for an activity of the ledger a batch is appended to).
    /// </summary>
    private string PathOf(int added) => Locate(added >= _first ? _paths?[added - _first] : null, added);

    /// <summary>The checked records of a batch, in the order added, for <see cref="ActivityLedger.Append"/>.</summary>
    internal List<ActivityRecord> PendingRecords => _records;

    /// <summary>The identifiers of <see cref="PendingRecords"/>.</summary>
    internal List<ActivityId> PendingIds => _ids;

    /// <summary>The villages of <see cref="PendingRecords"/> (roster indices, −1 for none).</summary>
    internal List<int> PendingVillages => _villages;

    /// <summary>The instants of <see cref="PendingRecords"/>, keyed by the index within the batch.</summary>
    internal IEnumerable<KeyValuePair<int, Instant>> PendingInstants => _instants;

    /// <summary>The problems found so far.</summary>
    internal IReadOnlyList<Problem> Problems => _problems;

    /// <summary>Takes the identifiers a refused batch added out of the shared dictionary.</summary>
    internal void Rollback()
    {
        foreach (ActivityId id in _claimed ?? [])
        {
            _seen.Remove(id);
        }
        _claimed?.Clear();
    }

    /// <summary>Where the first activity with <paramref name="id"/> came from, when one was added.</summary>
    internal string? FirstPathOf(ActivityId id) => _seen.TryGetValue(id, out int added) ? PathOf(added) : null;

    /// <summary>Builds the ledger, or reports every problem of every activity added.</summary>
    /// <returns>The ledger, or all its problems.</returns>
    public BuildResult<ActivityLedger> Build() =>
        _problems.Count > 0
            ? BuildResult<ActivityLedger>.ForProblems([.. _problems])
            : BuildResult<ActivityLedger>.ForValue(new ActivityLedger(_roster, [.. _records], [.. _ids], [.. _villages], _instants.ToImmutable()));
}
