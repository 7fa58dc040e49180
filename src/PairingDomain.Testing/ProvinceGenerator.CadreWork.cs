using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Time;

namespace PairingDomain.Testing;

internal sealed partial class ProvinceGenerator
{
    /// <summary>A generated record has no source document: one shared locator per collection, not a path per record.</summary>
    private const string GeneratedLocalCadres = "$.localCadres (generated)", GeneratedAttendance = "$.attendance (generated)",
        GeneratedWork = "$.cadreWork (generated)", GeneratedReviews = "$.cadreReviews (generated)",
        GeneratedCommittee = "$.committeeActivities (generated)";

    /// <summary>Team sizes 3, 4, 5 (一般不少于3人), weighted towards the minimum.</summary>
    private static readonly int[] s_teamSizes = [45, 35, 20];

    /// <summary>The levels of local members: city, county, township.</summary>
    private static readonly int[] s_levelWeights = [20, 45, 35];

    private static readonly LocalCadreLevel[] s_levels = [LocalCadreLevel.City, LocalCadreLevel.County, LocalCadreLevel.Township];

    /// <summary>The share of villages whose team has a gap (a local member replaced weeks after leaving): TEAM-MIN-SIZE.</summary>
    private const double GapVillageShare = 0.006;

    /// <summary>The share of local members replaced during the year.</summary>
    private const double LocalRotationShare = 0.15;

    /// <summary>The share of local predecessors who left before the end of their two-year term: TEAM-TERM.</summary>
    private const double ShortLocalTermShare = 0.03;

    /// <summary>The share of stationed cadres who struggle: short months in the village, a part of the work record missing, a review 履行职责不力.</summary>
    private const double WeakCadreShare = 0.025;

    /// <summary>The Work Committee's demonstration trainings in the year (§III.6: 5 in 2019), by month.</summary>
    private static readonly int[] s_trainingMonths = [3, 5, 7, 9, 11];

    /// <summary>
    /// The stationed cadres' own work and the Work Committee's trainings (case-format-2.md §1), from a
    /// <see cref="Random"/> of its own seeded from <see cref="SyntheticOptions.Seed"/>, drawn after and apart from the
    /// pairing-case/1 part, which it leaves as it is. Every record is drawn for the whole year whatever the as-of date,
    /// and only those dated by it are added: a mid-year case holds the start of the same year.
    /// </summary>
    private CadreWorkBook BuildCadreWork(Roster roster)
    {
        var random = new Random(unchecked((int)(((uint)_options.Seed * 2654435761u) ^ 0x2F0A_2019u)));
        // The ledger is not passed: the committee's ids (WC-…) cannot meet the ledger's (A-…), and checking would hash
        // every activity id (ten million at national scale) for nothing.
        var builder = new CadreWorkBookBuilder(roster);
        AddTeams(builder, random);
        AddCadresOwnWork(builder, random);
        AddTrainings(builder, random);
        return Valid(builder.Build());
    }

    /// <summary>
    /// Completes every village's team with local members to 3–5 (at least the provincial cadres in post): each
    /// provincial post that starts within the year had a local stand-in until then, 15 % of the local members are
    /// replaced during the year, a few of them before their two-year term is up, and a handful of villages wait weeks for
    /// a replacement.
    /// </summary>
    private void AddTeams(CadreWorkBookBuilder builder, Random random)
    {
        // The provincial posts of each village: a post is a cadre and the successors who took over from the next day.
        var villageIndex = new Dictionary<VillageCode, int>(_villages.Count);
        for (int v = 0; v < _villages.Count; v++)
        {
            villageIndex[_villages[v].Code] = v;
        }
        var postStarts = new List<(LocalDate Start, CadrePost Post)>[_villages.Count];
        StationedCadre? previous = null;
        foreach (StationedCadre cadre in _cadres)
        {
            bool takesOver = previous is not null && previous.Village == cadre.Village && previous.Post == cadre.Post
                && previous.Posting.End is { } end && end.PlusDays(1) == cadre.Posting.Start;
            if (!takesOver)
            {
                int v = villageIndex[cadre.Village];
                (postStarts[v] ??= []).Add((cadre.Posting.Start, cadre.Post));
            }
            previous = cadre;
        }

        var eligible = new List<int>();
        for (int v = 0; v < _villages.Count; v++)
        {
            if (postStarts[v] is { Count: <= 2 })
            {
                eligible.Add(v);
            }
        }
        var gap = new bool[_villages.Count];
        int gaps = eligible.Count == 0 ? 0 : Math.Max(1, (int)Math.Round(_villages.Count * GapVillageShare, MidpointRounding.AwayFromZero));
        for (int i = 0; i < Math.Min(gaps, eligible.Count); i++)
        {
            int j = i + random.Next(eligible.Count - i);
            (eligible[i], eligible[j]) = (eligible[j], eligible[i]);
            gap[eligible[i]] = true;
        }

        string format = "D" + Math.Max(6, Digits(Math.Max(1, _villages.Count) * 8)).ToString(CultureInfo.InvariantCulture);
        int next = 0;
        LocalDate yearEnd = new(_year, 12, 31);
        for (int v = 0; v < _villages.Count; v++)
        {
            List<(LocalDate Start, CadrePost Post)>? posts = postStarts[v];
            if (posts is null)
            {
                continue;
            }
            VillagePlan village = _villages[v];
            int size = gap[v] ? 3 : Math.Max(posts.Count, 3 + PickWeighted(random, s_teamSizes));
            foreach ((LocalDate start, CadrePost post) in posts)
            {
                if (start > _yearStart && start <= yearEnd)
                {
                    // Until the provincial cadre arrived, a local cadre held the post, on a two-year term.
                    AddLocal(post, Predecessor(start));
                }
            }
            for (int k = posts.Count; k < size; k++)
            {
                LocalDate from = _yearStart.PlusDays(-random.Next(30, 730));
                bool gapHere = gap[v] && k == posts.Count;
                if (!gapHere && random.NextDouble() >= LocalRotationShare)
                {
                    AddLocal(CadrePost.TeamMember, new DateRange(from, null));
                    continue;
                }
                LocalDate change = _yearStart.PlusDays(random.Next(60, 300));
                AddLocal(CadrePost.TeamMember, Predecessor(change, compliant: gapHere));
                // A gap: the successor arrives 10–49 days after the predecessor left, and the team is two meanwhile.
                AddLocal(CadrePost.TeamMember, DateRange.From(gapHere ? change.PlusDays(random.Next(10, 50)) : change));
            }

            void AddLocal(CadrePost post, DateRange posting)
            {
                var id = new CadreId("LC-" + (++next).ToString(format, CultureInfo.InvariantCulture));
                LocalCadreLevel level = s_levels[PickWeighted(random, s_levelWeights)];
                builder.AddLocalCadre(new LocalCadre(id, SyntheticNames.Person(random), level, village.Code, post, posting),
                    GeneratedLocalCadres);
            }
        }

        // Two years to the day before the successor's first day, or (3 %) up to ten months less: TEAM-TERM.
        DateRange Predecessor(LocalDate successorStart, bool compliant = false)
        {
            LocalDate twoYears = successorStart.PlusYears(-2);
            LocalDate from = !compliant && random.NextDouble() < ShortLocalTermShare
                ? twoYears.PlusDays(random.Next(30, 300))
                : twoYears.PlusDays(-random.Next(0, 60));
            return new DateRange(from, successorStart.PlusDays(-1));
        }
    }

    /// <summary>
    /// For every stationed cadre in post some day of the year: the monthly attendance of each month in post (days in the
    /// village mostly 20–25 of a whole month, some approved leave), the year's work record, a routine review at
    /// mid-year and an end-of-term review on leaving. A weak minority has months short of 20 days, long leave, a part of
    /// the work record missing or a review recording 履行职责不力; a few others fall short on one point.
    /// </summary>
    private void AddCadresOwnWork(CadreWorkBookBuilder builder, Random random)
    {
        LocalDate yearEnd = new(_year, 12, 31);
        var firsts = new LocalDate[12];
        var lasts = new LocalDate[12];
        var months = new YearMonth[12];
        for (int m = 1; m <= 12; m++)
        {
            months[m - 1] = new YearMonth(_year, m);
            firsts[m - 1] = new LocalDate(_year, m, 1);
            lasts[m - 1] = firsts[m - 1].PlusMonths(1).PlusDays(-1);
        }
        Span<bool> shortMonth = stackalloc bool[12];
        Span<int> longLeave = stackalloc int[12];
        foreach (StationedCadre cadre in _cadres)
        {
            DateRange posting = cadre.Posting;
            if (posting.Start > yearEnd || (posting.End is { } end && end < _yearStart))
            {
                continue;
            }
            bool weak = random.NextDouble() < WeakCadreShare;
            shortMonth.Clear();
            longLeave.Clear();
            if (weak)
            {
                for (int n = 1 + random.Next(3); n > 0; n--)
                {
                    shortMonth[random.Next(12)] = true;
                }
                if (random.NextDouble() < 0.3)
                {
                    // A long illness: two months of 14–17 days' leave, past Baihe's 30 a year.
                    for (int n = 0; n < 2; n++)
                    {
                        longLeave[random.Next(12)] = 14 + random.Next(4);
                    }
                }
            }

            for (int m = 1; m <= 12; m++)
            {
                LocalDate first = firsts[m - 1], last = lasts[m - 1];
                int daysOfMonth = last.Day;
                if (posting.Start > last || (posting.End is { } e && e < first))
                {
                    continue;
                }
                int fromDay = posting.Start > first ? posting.Start.Day : 1;
                int toDay = posting.End is { } pe && pe < last ? pe.Day : daysOfMonth;
                int inPost = toDay - fromDay + 1;
                int leave = longLeave[m - 1] > 0 ? longLeave[m - 1] : random.NextDouble() < 0.3 ? 1 + random.Next(4) : 0;
                int present = shortMonth[m - 1] || longLeave[m - 1] > 0 ? 8 + random.Next(12) : 20 + random.Next(6);
                // A partial month in post scales the days to the days in post.
                int days = Math.Min(inPost, (int)Math.Round((double)present * inPost / daysOfMonth, MidpointRounding.AwayFromZero));
                leave = Math.Min(leave, inPost - days);
                if (last <= _asOf)
                {
                    builder.AddAttendance(new AttendanceRecord(cadre.Id, months[m - 1], days, leave), GeneratedAttendance);
                }
            }

            bool inWindow = posting.Start <= _asOf;
            // The work record: a weak cadre lacks a part two times in five; others rarely (about 2.5 % in all).
            double lacks = weak ? 0.4 : 0.025;
            if (random.NextDouble() < lacks)
            {
                int what = random.Next(5);
                if (what != 0 && inWindow)
                {
                    builder.AddWorkRecord(new CadreWorkRecord(cadre.Id, _year, workPlan: what != 1, workLedger: what != 2,
                        homeUnitDuties: what >= 3), GeneratedWork);
                }
                // what == 0: no work record at all.
            }
            else if (inWindow)
            {
                builder.AddWorkRecord(new CadreWorkRecord(cadre.Id, _year, true, true, false), GeneratedWork);
            }

            double failing = weak ? 0.5 : 0.004;
            LocalDate routine = new LocalDate(_year, 6, 15).PlusDays(random.Next(30));
            bool routineFulfilled = random.NextDouble() >= failing;
            if (posting.Contains(routine) && routine <= _asOf)
            {
                builder.AddReview(new CadreReview(cadre.Id, CadreReviewKind.Routine, routine, routineFulfilled), GeneratedReviews);
            }
            if (posting.End is { } leaving && leaving <= yearEnd)
            {
                LocalDate on = leaving.PlusDays(-random.Next(10));
                bool fulfilled = random.NextDouble() >= failing;
                if (on >= posting.Start && on <= _asOf)
                {
                    builder.AddReview(new CadreReview(cadre.Id, CadreReviewKind.EndOfTerm, on, fulfilled), GeneratedReviews);
                }
            }
        }
    }

    /// <summary>
    /// The Work Committee's five demonstration trainings of the year (§III.6), one in each of March, May, July, September
    /// and November, each for about a fifth of the cadres in post at the year's end.
    /// </summary>
    private void AddTrainings(CadreWorkBookBuilder builder, Random random)
    {
        int inPost = 0;
        foreach (bool b in _inPostAtYearEnd)
        {
            inPost += b ? 1 : 0;
        }
        for (int i = 0; i < s_trainingMonths.Length; i++)
        {
            var on = new LocalDate(_year, s_trainingMonths[i], 1 + random.Next(25));
            int trainees = (int)Math.Round(inPost / 5.0 * (0.9 + (0.2 * random.NextDouble())), MidpointRounding.AwayFromZero);
            if (on <= _asOf)
            {
                var id = new ActivityId(string.Create(CultureInfo.InvariantCulture, $"WC-{_year}-{i + 1:D2}"));
                builder.AddCommitteeActivity(new CommitteeActivity(id, CommitteeActivityKind.DemonstrationTraining, ActivityTime.On(on),
                    trainees), GeneratedCommittee);
            }
        }
    }

    private static int PickWeighted(Random random, int[] weights)
    {
        int total = 0;
        foreach (int w in weights)
        {
            total += w;
        }
        int x = random.Next(total);
        for (int i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }
}
