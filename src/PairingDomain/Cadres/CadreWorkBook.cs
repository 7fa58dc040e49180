using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using NodaTime;
using PairingDomain.Committee;
using PairingDomain.Places;
using PairingDomain.Rosters;

namespace PairingDomain.Cadres;

/// <summary>
/// The stationed cadres' own work and the Work Committee's activities for a roster (case-format-2.md §1): local team
/// members, monthly attendance, yearly work records, reviews and committee activities, every reference resolved and
/// every identifier unique. The inputs of §III.4 and §III.6 (<c>DUTY-CADRE-FULL-TIME</c>, <c>DUTY-CADRE-DAYS</c>,
/// <c>CADRE-CRITICISE</c>, <c>DUTY-COMMITTEE-TRAINING</c>) and, with the roster's cadres, of the <c>TEAM-*</c> rules.
/// </summary>
/// <remarks>
/// Built only through <see cref="CadreWorkBookBuilder"/>, which refuses every bad record at once.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class CadreWorkBook
{
    // Never mutated after construction.
    private readonly Dictionary<CadreId, int> _localIndex;
    private readonly Dictionary<(CadreId, YearMonth), int> _attendanceIndex;
    private readonly Dictionary<(CadreId, int), int> _workIndex;
    private Dictionary<VillageCode, WorkTeam>? _teams;
    private WorkTeam?[]? _teamsInRosterOrder;

    internal CadreWorkBook(
        Roster roster,
        ImmutableArray<LocalCadre> localCadres,
        ImmutableArray<AttendanceRecord> attendance,
        ImmutableArray<CadreWorkRecord> workRecords,
        ImmutableArray<CadreReview> reviews,
        ImmutableArray<CommitteeActivity> committeeActivities,
        Dictionary<CadreId, int> localIndex,
        Dictionary<(CadreId, YearMonth), int> attendanceIndex,
        Dictionary<(CadreId, int), int> workIndex)
    {
        Roster = roster;
        LocalCadres = localCadres;
        Attendance = attendance;
        WorkRecords = workRecords;
        Reviews = reviews;
        CommitteeActivities = committeeActivities;
        _localIndex = localIndex;
        _attendanceIndex = attendanceIndex;
        _workIndex = workIndex;
        LocalCadreVillages = new int[localCadres.Length];
        for (int i = 0; i < localCadres.Length; i++)
        {
            roster.TryGetVillageIndex(localCadres[i].Village, out LocalCadreVillages[i]);
        }
        AttendanceCadres = new int[attendance.Length];
        for (int i = 0; i < attendance.Length; i++)
        {
            roster.TryGetCadreIndex(attendance[i].Cadre, out AttendanceCadres[i]);
        }
        WorkRecordCadres = new int[workRecords.Length];
        for (int i = 0; i < workRecords.Length; i++)
        {
            roster.TryGetCadreIndex(workRecords[i].Cadre, out WorkRecordCadres[i]);
        }
        ReviewCadres = new int[reviews.Length];
        for (int i = 0; i < reviews.Length; i++)
        {
            roster.TryGetCadreIndex(reviews[i].Cadre, out ReviewCadres[i]);
        }
    }

    /// <summary>For each local cadre, the roster index of its village (for a single pass over postings).</summary>
    internal int[] LocalCadreVillages { get; }

    /// <summary>For each attendance record, the roster index of its cadre.</summary>
    internal int[] AttendanceCadres { get; }

    /// <summary>For each work record, the roster index of its cadre.</summary>
    internal int[] WorkRecordCadres { get; }

    /// <summary>For each review, the roster index of its cadre.</summary>
    internal int[] ReviewCadres { get; }

    /// <summary>The roster whose cadres and villages the records name.</summary>
    public Roster Roster { get; }

    /// <summary>The local members of the work teams, in the order given.</summary>
    public ImmutableArray<LocalCadre> LocalCadres { get; }

    /// <summary>The monthly attendance records, in the order given; at most one per cadre and month.</summary>
    public ImmutableArray<AttendanceRecord> Attendance { get; }

    /// <summary>The yearly work records, in the order given; at most one per cadre and year.</summary>
    public ImmutableArray<CadreWorkRecord> WorkRecords { get; }

    /// <summary>The reviews, in the order given.</summary>
    public ImmutableArray<CadreReview> Reviews { get; }

    /// <summary>The Work Committee's own activities, in the order given.</summary>
    public ImmutableArray<CommitteeActivity> CommitteeActivities { get; }

    /// <summary>An empty work book for <paramref name="roster"/>: no local cadres, records or committee activities.</summary>
    /// <param name="roster">The roster.</param>
    /// <returns>The work book.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> is null.</exception>
    public static CadreWorkBook Empty(Roster roster) =>
        new(Preconditions.CheckNotNull(roster, nameof(roster)), [], [], [], [], [], [], [], []);

    /// <summary>The local cadre with identifier <paramref name="id"/>, or null.</summary>
    /// <param name="id">A cadre identifier.</param>
    /// <returns>The local cadre, or null when none has the id (a stationed cadre of the roster included).</returns>
    public LocalCadre? FindLocalCadre(CadreId id) => _localIndex.TryGetValue(id, out int i) ? LocalCadres[i] : null;

    /// <summary>The attendance of <paramref name="cadre"/> in <paramref name="month"/>, or null when none was recorded.</summary>
    /// <param name="cadre">A stationed cadre.</param>
    /// <param name="month">A calendar month.</param>
    /// <returns>The record, or null.</returns>
    public AttendanceRecord? AttendanceOf(CadreId cadre, YearMonth month) =>
        _attendanceIndex.TryGetValue((cadre, month), out int i) ? Attendance[i] : null;

    /// <summary>The work record of <paramref name="cadre"/> for <paramref name="year"/>, or null when none was recorded.</summary>
    /// <param name="cadre">A stationed cadre.</param>
    /// <param name="year">A year.</param>
    /// <returns>The record, or null.</returns>
    public CadreWorkRecord? WorkRecordOf(CadreId cadre, int year) =>
        _workIndex.TryGetValue((cadre, year), out int i) ? WorkRecords[i] : null;

    /// <summary>The work team of <paramref name="village"/>: every posting of a stationed or local cadre to it.</summary>
    /// <param name="village">A village of the roster.</param>
    /// <returns>The team; one with no members when no one was ever posted to the village.</returns>
    /// <exception cref="ArgumentException">The village is not in the roster.</exception>
    public WorkTeam TeamOf(VillageCode village)
    {
        if (Roster.FindVillage(village) is null)
        {
            throw new ArgumentException($"Village {village} is not in the roster.", nameof(village));
        }
        return TeamOrNull(village) ?? new WorkTeam(village, []);
    }

    /// <summary>
    /// The team of a village of the roster, or null when no one was ever posted to it: <see cref="TeamOf"/> without its
    /// check, for the rules' pass over every village (the check and a message per village cost more than the rule).
    /// </summary>
    internal WorkTeam? TeamOrNull(VillageCode village) =>
        (Volatile.Read(ref _teams) ?? BuildTeams()).TryGetValue(village, out WorkTeam? team) ? team : null;

    /// <summary>
    /// The team of each village of the roster, by the village's index in <see cref="Rosters.Roster.Villages"/> (null where
    /// no one was ever posted): built once, for the rules' pass over every village without a look-up per village.
    /// </summary>
    internal WorkTeam?[] TeamsInRosterOrder()
    {
        WorkTeam?[]? teams = Volatile.Read(ref _teamsInRosterOrder);
        if (teams is null)
        {
            ImmutableArray<Village> villages = Roster.Villages;
            teams = new WorkTeam?[villages.Length];
            for (int i = 0; i < teams.Length; i++)
            {
                teams[i] = TeamOrNull(villages[i].Code);
            }
            Volatile.Write(ref _teamsInRosterOrder, teams);
        }
        return teams;
    }

    /// <summary>Groups the postings by village once, on the first query; a race builds the same teams twice at worst.</summary>
    private Dictionary<VillageCode, WorkTeam> BuildTeams()
    {
        var members = new Dictionary<VillageCode, ImmutableArray<WorkTeamMember>.Builder>();
        foreach (StationedCadre cadre in Roster.Cadres)
        {
            MembersOf(members, cadre.Village).Add(WorkTeamMember.Of(cadre));
        }
        foreach (LocalCadre cadre in LocalCadres)
        {
            MembersOf(members, cadre.Village).Add(WorkTeamMember.Of(cadre));
        }
        var teams = new Dictionary<VillageCode, WorkTeam>(members.Count);
        foreach ((VillageCode village, ImmutableArray<WorkTeamMember>.Builder list) in members)
        {
            teams[village] = new WorkTeam(village, list.ToImmutable());
        }
        Volatile.Write(ref _teams, teams);
        return teams;
    }

    private static ImmutableArray<WorkTeamMember>.Builder MembersOf(
        Dictionary<VillageCode, ImmutableArray<WorkTeamMember>.Builder> members, VillageCode village)
    {
        if (!members.TryGetValue(village, out ImmutableArray<WorkTeamMember>.Builder? list))
        {
            list = ImmutableArray.CreateBuilder<WorkTeamMember>();
            members[village] = list;
        }
        return list;
    }
}
