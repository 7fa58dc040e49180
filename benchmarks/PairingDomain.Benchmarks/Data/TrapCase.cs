using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Benchmarks.Data;

/// <summary>
/// A deterministic, trap-heavy synthetic case for the peer-equality tests (the benchmarks use
/// <c>PairingDomain.Testing.SyntheticProvince</c>), through the library's public builders: units with leader changes during the year,
/// partial-year pairings, units assisting two counties, unpaired units, activities outside the year, outside the
/// pairing and by leaders out of post — everything the qualification rules distinguish.
/// </summary>
public static class TrapCase
{
    private const int Year = 2019;

    /// <summary>Generates a case.</summary>
    /// <param name="options">Its size and seed.</param>
    /// <returns>The case.</returns>
    public static PairingCase Generate(TrapCaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var rng = new SplitMix(options.Seed);
        var roster = new global::PairingDomain.Rosters.RosterBuilder();
        int units = options.Units, counties = options.Counties;
        int perCounty = Math.Max(1, options.Villages / counties);

        var countyCodes = new DivisionCode[counties];
        for (int c = 0; c < counties; c++)
        {
            countyCodes[c] = DivisionCode.Parse((110000 + c).ToString(CultureInfo.InvariantCulture));
            int planned = 2016 + (c % 5);
            roster.AddCounty(new County(countyCodes[c], $"County {c}", Region.FromValue(1 + (c % 3)), planned,
                c % 7 == 0 ? null : planned));
        }
        var villageCodes = new VillageCode[counties * perCounty];
        for (int c = 0; c < counties; c++)
        {
            for (int j = 0; j < perCounty; j++)
            {
                var code = VillageCode.Parse(countyCodes[c].Value + (j + 1).ToString("D6", CultureInfo.InvariantCulture));
                villageCodes[(c * perCounty) + j] = code;
                int planned = 2016 + (j % 5);
                roster.AddVillage(new Village(code, countyCodes[c], $"Village {c}-{j}", planned, j % 11 == 0 ? null : planned));
            }
        }

        // Leaders: [main, deputy, other] plus a successor main leader (u % 10 == 0) or deputy (u % 9 == 0).
        var unitIds = new UnitId[units];
        var mainLeaders = new LeaderId[units][];
        var deputies = new LeaderId[units][];
        var others = new LeaderId[units];
        for (int u = 0; u < units; u++)
        {
            string n = u.ToString("D6", CultureInfo.InvariantCulture);
            unitIds[u] = new UnitId("U-" + n);
            var leaders = new List<Leader>(5);
            var main = new LeaderId($"L-{n}-1");
            var deputy = new LeaderId($"L-{n}-2");
            others[u] = new LeaderId($"L-{n}-3");
            leaders.Add(new Leader(main, $"Main {n}", LeaderPost.MainLeader,
                new DateRange(new LocalDate(2015, 1, 1), u % 10 == 0 ? new LocalDate(Year, 6, 30) : null)));
            leaders.Add(new Leader(deputy, $"Deputy {n}", LeaderPost.DeputyLeader,
                new DateRange(new LocalDate(2016, 3, 1), u % 9 == 0 ? new LocalDate(Year, 4, 15) : null)));
            leaders.Add(new Leader(others[u], $"Other {n}", LeaderPost.OtherLeader, new DateRange(new LocalDate(2017, 1, 1), null)));
            mainLeaders[u] = [main];
            deputies[u] = [deputy];
            if (u % 10 == 0)
            {
                var next = new LeaderId($"L-{n}-4");
                leaders.Add(new Leader(next, $"Main {n}b", LeaderPost.MainLeader, new DateRange(new LocalDate(Year, 7, 1), null)));
                mainLeaders[u] = [main, next];
            }
            if (u % 9 == 0)
            {
                var next = new LeaderId($"L-{n}-5");
                leaders.Add(new Leader(next, $"Deputy {n}b", LeaderPost.DeputyLeader, new DateRange(new LocalDate(Year, 5, 1), null)));
                deputies[u] = [deputy, next];
            }
            var mechanism = new FourInOneMechanism(u % 17 != 0, u % 13 == 0 ? null : "Planning office", u % 19 != 0);
            roster.AddUnit(new AssistanceUnit(unitIds[u], $"Unit {n}", UnitKind.FromValue(1 + (u % 6)), mechanism, leaders));
        }

        // Pairings: unit u belongs to county u % counties; the last 2 % of units are unpaired; every 25th unit
        // also participates in the next county.
        int paired = units - (units / 50);
        var members = new List<UnitId>[counties];
        for (int c = 0; c < counties; c++)
        {
            members[c] = [];
        }
        for (int u = 0; u < paired; u++)
        {
            members[u % counties].Add(unitIds[u]);
        }
        var secondCounty = new int[units];
        Array.Fill(secondCounty, -1);
        var window = new (int From, int To)[counties];
        for (int c = 0; c < counties; c++)
        {
            LocalDate from = c % 6 == 0 ? new LocalDate(Year, 7, 1) : new LocalDate(2018, 1, 1);
            LocalDate? to = c % 17 == 0 ? new LocalDate(Year, 9, 30) : null;
            window[c] = (from.Year < Year ? 0 : from.DayOfYear - 1, to is null ? 364 : to.Value.DayOfYear - 1);
            if (members[c].Count == 0)
            {
                continue;
            }
            roster.AddPairing(new CountyPairing(countyCodes[c], members[c][0], members[c].GetRange(1, members[c].Count - 1),
                new DateRange(from, to)));
        }
        for (int u = 0; u < paired; u += 25)
        {
            int c = ((u % counties) + 1) % counties;
            if (counties > 1 && members[c].Count > 0)
            {
                secondCounty[u] = c;
                roster.AddPairing(new CountyPairing(countyCodes[c], members[c][0], [unitIds[u]],
                    new DateRange(new LocalDate(Year, 4, 1), null)));
            }
        }

        // Cadres: posted to a village of their unit's county.
        var cadreIds = new CadreId[options.Cadres];
        for (int k = 0; k < options.Cadres; k++)
        {
            int u = k % units;
            int c = u % counties;
            cadreIds[k] = new CadreId("C-" + k.ToString("D7", CultureInfo.InvariantCulture));
            VillageCode village = villageCodes[(c * perCounty) + ((k / units) % perCounty)];
            CadrePost post = k < units ? CadrePost.FirstSecretary : k < 2 * units ? CadrePost.TeamLeader : CadrePost.TeamMember;
            roster.AddCadre(new StationedCadre(cadreIds[k], $"Cadre {k}", unitIds[u], village, post,
                new DateRange(new LocalDate(2018, 3, 1), k % 23 == 0 ? new LocalDate(Year, 6, 30) : null)));
        }

        global::PairingDomain.Rosters.Roster built = roster.Build().GetValueOrThrow();
        var grades = new GradeBookBuilder(built, GradeScale.ThreeGrade);
        for (int k = 0; k < options.Cadres; k++)
        {
            CadreGrade grade = k % 97 == 0 ? CadreGrade.Incompetent : k % 10 == 0 ? CadreGrade.Excellent : CadreGrade.Competent;
            grades.Add(new AnnualGrade(cadreIds[k], Year, grade));
        }

        var ledger = new ActivityLedgerBuilder(built, options.Activities);
        var firstDay = new LocalDate(Year - 1, 12, 1);
        for (int i = 0; i < options.Activities; i++)
        {
            ledger.Add(NextActivity(ref rng, i, options, paired, unitIds, mainLeaders, deputies, others, countyCodes, villageCodes,
                perCounty, secondCounty, window, firstDay));
        }

        LocalDate? asOf = options.AsOf is { } a ? new LocalDate(Year, a.Month, a.Day) : null;
        return new PairingCase(PolicyEditions.Sichuan2019, Year, asOf, ledger.Build().GetValueOrThrow(),
            grades.Build().GetValueOrThrow());
    }

    private static Activity NextActivity(ref SplitMix rng, int i, TrapCaseOptions options, int paired, UnitId[] unitIds,
        LeaderId[][] mainLeaders, LeaderId[][] deputies, LeaderId[] others, DivisionCode[] countyCodes,
        VillageCode[] villageCodes, int perCounty, int[] secondCounty, (int From, int To)[] window, LocalDate firstDay)
    {
        // Unpaired units seldom record anything.
        int u = rng.Next(options.Units);
        if (u >= paired && rng.Next(100) < 95)
        {
            u = rng.Next(paired);
        }
        int roll = rng.Next(100);
        ActivityKind kind = roll < 30 ? ActivityKind.SupervisionVisit
            : roll < 40 ? ActivityKind.LeadershipMeeting
            : roll < 55 ? ActivityKind.OfficeMeeting
            : roll < 60 ? ActivityKind.JointMeeting
            : roll < 63 ? ActivityKind.AnnualPlan
            : roll < 70 ? ActivityKind.StudyTour
            : ActivityKind.NightSchool;

        LeaderId? by;
        int who = rng.Next(100);
        LeaderId Pick(LeaderId[] ids, ref SplitMix r) => ids[r.Next(ids.Length)];
        if (kind == ActivityKind.SupervisionVisit)
        {
            by = who < 30 ? Pick(mainLeaders[u], ref rng) : who < 80 ? Pick(deputies[u], ref rng) : others[u];
        }
        else if (kind == ActivityKind.LeadershipMeeting)
        {
            by = who < 85 ? Pick(mainLeaders[u], ref rng) : Pick(deputies[u], ref rng);
        }
        else if (kind == ActivityKind.OfficeMeeting)
        {
            by = who < 85 ? Pick(deputies[u], ref rng) : Pick(mainLeaders[u], ref rng);
        }
        else
        {
            by = who < 70 ? null : who < 85 ? Pick(mainLeaders[u], ref rng) : others[u];
        }

        // About 5 % of the dates fall in December 2018 or January 2020, outside the assessed year; the others mostly
        // while the unit's pairing is in force, about 1 % outside it.
        int primary = u % options.Counties;
        int day;
        if (rng.Next(100) < 5)
        {
            day = rng.Next(2) == 0 ? rng.Next(31) : 396 + rng.Next(31);
        }
        else
        {
            day = rng.Next(365);
            (int from, int to) = window[primary];
            if ((day < from || day > to) && rng.Next(100) < 97)
            {
                day = from + rng.Next(to - from + 1);
            }
            day += 31;
        }
        LocalDate date = firstDay.PlusDays(day);

        int county;
        int where = rng.Next(100);
        if (kind.RequiresCounty || where >= 70)
        {
            county = where < 1 ? rng.Next(options.Counties)
                : where < 11 && secondCounty[u] >= 0 && date >= new LocalDate(Year, 4, 1) ? secondCounty[u]
                : primary;
        }
        else
        {
            county = -1;
        }
        VillageCode? village = county >= 0 && rng.Next(100) < 40 ? villageCodes[(county * perCounty) + rng.Next(perCounty)] : null;
        ActivityTime time = i % 100 == 7
            ? ActivityTime.At(date.AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(17)))
            : ActivityTime.On(date);
        return new Activity(new ActivityId("A-" + i.ToString(CultureInfo.InvariantCulture)), kind, unitIds[u], by, time,
            county >= 0 ? countyCodes[county] : null, village);
    }

    /// <summary>SplitMix64: a tiny deterministic generator, the same on every runtime.</summary>
    private struct SplitMix(ulong seed)
    {
        private ulong _state = seed;

        internal int Next(int bound)
        {
            _state += 0x9E3779B97F4A7C15UL;
            ulong z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z % (ulong)bound);
        }
    }
}
