using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Committee;
using PairingDomain.Rosters;
using PairingDomain.Time;

namespace PairingDomain.Cadres;

/// <summary>
/// Assembles a <see cref="CadreWorkBook"/> against a built <see cref="Roster"/> (and, when given, its
/// <see cref="ActivityLedger"/>), checking every identifier and reference of case-format-2.md §1.
/// </summary>
/// <remarks>
/// <see cref="Build"/> reports every problem at once, as <see cref="RosterBuilder"/> does, never stopping at the
/// first:
/// <list type="bullet">
/// <item><c>duplicate-id</c> at <c>.id</c> for a local cadre whose id a stationed cadre of the roster or an earlier
/// local cadre uses (one namespace); at <c>.cadre</c> for a second attendance record of a cadre and month, and a second
/// work record of a cadre and year; at <c>.id</c> for a committee activity whose id an earlier committee activity or
/// an activity of the ledger uses (one namespace);</item>
/// <item><c>unknown-reference</c> at <c>.village</c> for a local cadre's village not in the roster, and at
/// <c>.cadre</c> for an attendance record, work record or review naming no stationed cadre of the roster (a local
/// cadre has none of them: it counts for the <c>TEAM-*</c> rules only).</item>
/// </list>
/// Problems come collection by collection (local cadres, attendance, work records, reviews, committee activities),
/// record by record in the order of addition. Records are located as <c>$.localCadres[i]</c>,
/// <c>$.attendance[i]</c>, <c>$.cadreWork[i]</c>, <c>$.cadreReviews[i]</c> and <c>$.committeeActivities[i]</c>
/// unless the caller passes a path; a duplicate's message names the first record by its locator. Counts that cannot
/// make a record (<see cref="AttendanceRecord.CountProblems"/>) never reach the builder.
/// <threadsafety>Not thread-safe: build on one thread, then share the immutable <see cref="CadreWorkBook"/>.</threadsafety>
/// </remarks>
public sealed class CadreWorkBookBuilder
{
    private readonly Roster _roster;
    private readonly ActivityLedger? _ledger;
    private readonly List<(LocalCadre Value, string Path)> _localCadres = [];
    private readonly List<(AttendanceRecord Value, string Path)> _attendance = [];
    private readonly List<(CadreWorkRecord Value, string Path)> _work = [];
    private readonly List<(CadreReview Value, string Path)> _reviews = [];
    private readonly List<(CommitteeActivity Value, string Path)> _committee = [];

    /// <summary>Starts a work book for <paramref name="roster"/>.</summary>
    /// <param name="roster">The roster every cadre and village must resolve against.</param>
    /// <param name="ledger">
    /// The roster's activity ledger, whose ids committee activities must not reuse; null to check committee
    /// activities only among themselves.
    /// </param>
    /// <exception cref="System.ArgumentNullException"><paramref name="roster"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="ledger"/> was built for another roster.</exception>
    public CadreWorkBookBuilder(Roster roster, ActivityLedger? ledger = null)
    {
        _roster = Preconditions.CheckNotNull(roster, nameof(roster));
        Preconditions.CheckArgument(ledger is null || ReferenceEquals(ledger.Roster, roster), nameof(ledger),
            "The ledger was built for another roster.");
        _ledger = ledger;
    }

    /// <summary>Adds a local member of a work team.</summary>
    /// <param name="cadre">The local cadre.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.localCadres[i]</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="cadre"/> is null.</exception>
    public CadreWorkBookBuilder AddLocalCadre(LocalCadre cadre, string? path = null)
    {
        _localCadres.Add((Preconditions.CheckNotNull(cadre, nameof(cadre)), path ?? Locations.Default("localCadres", _localCadres.Count)));
        return this;
    }

    /// <summary>Adds a monthly attendance record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.attendance[i]</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="record"/> is null.</exception>
    public CadreWorkBookBuilder AddAttendance(AttendanceRecord record, string? path = null)
    {
        _attendance.Add((Preconditions.CheckNotNull(record, nameof(record)), path ?? Locations.Default("attendance", _attendance.Count)));
        return this;
    }

    /// <summary>Adds a yearly work record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.cadreWork[i]</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="record"/> is null.</exception>
    public CadreWorkBookBuilder AddWorkRecord(CadreWorkRecord record, string? path = null)
    {
        _work.Add((Preconditions.CheckNotNull(record, nameof(record)), path ?? Locations.Default("cadreWork", _work.Count)));
        return this;
    }

    /// <summary>Adds a review.</summary>
    /// <param name="review">The review.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.cadreReviews[i]</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="review"/> is null.</exception>
    public CadreWorkBookBuilder AddReview(CadreReview review, string? path = null)
    {
        _reviews.Add((Preconditions.CheckNotNull(review, nameof(review)), path ?? Locations.Default("cadreReviews", _reviews.Count)));
        return this;
    }

    /// <summary>Adds an activity of the Work Committee.</summary>
    /// <param name="activity">The activity.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.committeeActivities[i]</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="activity"/> is null.</exception>
    public CadreWorkBookBuilder AddCommitteeActivity(CommitteeActivity activity, string? path = null)
    {
        _committee.Add((Preconditions.CheckNotNull(activity, nameof(activity)), path ?? Locations.Default("committeeActivities", _committee.Count)));
        return this;
    }

    /// <summary>
    /// Builds the work book, or reports every duplicate identifier (<c>duplicate-id</c>) and every reference that does
    /// not resolve (<c>unknown-reference</c>) of every record added.
    /// </summary>
    /// <returns>The work book, or all its problems.</returns>
    public BuildResult<CadreWorkBook> Build()
    {
        var problems = new List<Problem>();
        var localIndex = new Dictionary<CadreId, int>(_localCadres.Count);
        var attendanceIndex = new Dictionary<(CadreId, YearMonth), int>(_attendance.Count);
        var workIndex = new Dictionary<(CadreId, int), int>(_work.Count);
        var committeeIndex = new Dictionary<ActivityId, int>(_committee.Count);

        for (int i = 0; i < _localCadres.Count; i++)
        {
            (LocalCadre cadre, string path) = _localCadres[i];
            if (_roster.FindCadre(cadre.Id) is not null)
            {
                problems.Add(new Problem(path + ".id", ProblemCodes.DuplicateId,
                    $"local cadre '{cadre.Id}' is already used by a stationed cadre of the roster",
                    $"本地驻村工作队员“{cadre.Id}”已被名册中的驻村干部使用"));
            }
            else if (!localIndex.TryAdd(cadre.Id, i))
            {
                string first = _localCadres[localIndex[cadre.Id]].Path;
                problems.Add(new Problem(path + ".id", ProblemCodes.DuplicateId,
                    $"local cadre '{cadre.Id}' is already used by {first}",
                    $"本地驻村工作队员“{cadre.Id}”已被 {first} 使用"));
            }
            if (_roster.FindVillage(cadre.Village) is null)
            {
                problems.Add(new Problem(path + ".village", ProblemCodes.UnknownReference,
                    $"no village '{cadre.Village}' in the roster", $"名册中没有村“{cadre.Village}”"));
            }
        }
        for (int i = 0; i < _attendance.Count; i++)
        {
            (AttendanceRecord record, string path) = _attendance[i];
            if (!IsRosterCadre(record.Cadre, path, localIndex, problems))
            {
                continue;
            }
            if (!attendanceIndex.TryAdd((record.Cadre, record.Month), i))
            {
                string first = _attendance[attendanceIndex[(record.Cadre, record.Month)]].Path;
                string month = IsoDate.FormatMonth(record.Month);
                problems.Add(new Problem(path + ".cadre", ProblemCodes.DuplicateId,
                    $"cadre '{record.Cadre}' already has attendance for {month} in {first}",
                    $"驻村干部“{record.Cadre}”{month} 的考勤已由 {first} 给出"));
            }
        }
        for (int i = 0; i < _work.Count; i++)
        {
            (CadreWorkRecord record, string path) = _work[i];
            if (!IsRosterCadre(record.Cadre, path, localIndex, problems))
            {
                continue;
            }
            if (!workIndex.TryAdd((record.Cadre, record.Year), i))
            {
                string first = _work[workIndex[(record.Cadre, record.Year)]].Path;
                problems.Add(new Problem(path + ".cadre", ProblemCodes.DuplicateId,
                    string.Create(CultureInfo.InvariantCulture, $"cadre '{record.Cadre}' already has a work record for {record.Year} in {first}"),
                    string.Create(CultureInfo.InvariantCulture, $"驻村干部“{record.Cadre}”{record.Year}年的工作记录已由 {first} 给出")));
            }
        }
        foreach ((CadreReview review, string path) in _reviews)
        {
            IsRosterCadre(review.Cadre, path, localIndex, problems);
        }
        HashSet<ActivityId>? ledgerIds = null;
        if (_ledger is not null && _committee.Count > 0)
        {
            ledgerIds = new HashSet<ActivityId>(_ledger.Count);
            for (int a = 0; a < _ledger.Count; a++)
            {
                ledgerIds.Add(_ledger.IdAt(a));
            }
        }
        for (int i = 0; i < _committee.Count; i++)
        {
            (CommitteeActivity activity, string path) = _committee[i];
            if (ledgerIds is not null && ledgerIds.Contains(activity.Id))
            {
                problems.Add(new Problem(path + ".id", ProblemCodes.DuplicateId,
                    $"activity '{activity.Id}' is already used by an activity of the ledger",
                    $"活动“{activity.Id}”已被活动台账中的活动使用"));
            }
            else if (!committeeIndex.TryAdd(activity.Id, i))
            {
                string first = _committee[committeeIndex[activity.Id]].Path;
                problems.Add(new Problem(path + ".id", ProblemCodes.DuplicateId,
                    $"activity '{activity.Id}' is already used by {first}",
                    $"活动“{activity.Id}”已被 {first} 使用"));
            }
        }

        if (problems.Count > 0)
        {
            return BuildResult<CadreWorkBook>.ForProblems([.. problems]);
        }
        return BuildResult<CadreWorkBook>.ForValue(new CadreWorkBook(_roster,
            ToArray(_localCadres), ToArray(_attendance), ToArray(_work), ToArray(_reviews), ToArray(_committee),
            localIndex, attendanceIndex, workIndex));
    }

    /// <summary>
    /// Whether <paramref name="cadre"/> is a stationed cadre of the roster; otherwise adds its <c>unknown-reference</c>
    /// at <c>.cadre</c>, saying so when the id is a local cadre's.
    /// </summary>
    private bool IsRosterCadre(CadreId cadre, string path, Dictionary<CadreId, int> localIndex, List<Problem> problems)
    {
        if (_roster.FindCadre(cadre) is not null)
        {
            return true;
        }
        problems.Add(localIndex.ContainsKey(cadre)
            ? new Problem(path + ".cadre", ProblemCodes.UnknownReference,
                $"no cadre '{cadre}' in the roster: '{cadre}' is a local cadre, which counts for the work team only",
                $"名册中没有驻村干部“{cadre}”：“{cadre}”是本地驻村工作队员，只计入驻村工作队")
            : new Problem(path + ".cadre", ProblemCodes.UnknownReference,
                $"no cadre '{cadre}' in the roster", $"名册中没有驻村干部“{cadre}”"));
        return false;
    }

    private static ImmutableArray<T> ToArray<T>(List<(T Value, string Path)> records)
    {
        ImmutableArray<T>.Builder builder = ImmutableArray.CreateBuilder<T>(records.Count);
        foreach ((T value, _) in records)
        {
            builder.Add(value);
        }
        return builder.MoveToImmutable();
    }

}
