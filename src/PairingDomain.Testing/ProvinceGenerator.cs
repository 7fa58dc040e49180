using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Testing;

/// <summary>
/// One run of the generator: plans counties, units, pairings, villages and cadres from one seeded
/// <see cref="Random"/>, then streams the ledger into an <see cref="ActivityLedgerBuilder"/>.
/// </summary>
/// <remarks>Every random draw happens in a fixed order, so the same options give the same case.</remarks>
internal sealed partial class ProvinceGenerator
{
    /// <summary>Units per county in each region in 2019 (§III.1): 221 units for 32 Tibetan-area counties …</summary>
    private const double TibetanIntensity = 221.0 / 32;

    /// <summary>… 111 for the 13 Yi-area counties …</summary>
    private const double YiIntensity = 111.0 / 13;

    /// <summary>… and the remaining 38 of the 370 units for the 43 other counties.</summary>
    private const double OtherIntensity = 38.0 / 43;

    /// <summary>Synthetic counties get the province-wide average, 370 units for 88 counties.</summary>
    private const double SyntheticIntensity = 370.0 / 88;

    /// <summary>The share of units assisting the counties due to be delisted in the year: 211 of 370 (§I).</summary>
    private const double DueShare = 211.0 / 370;

    /// <summary>Sichuan's implementing opinion: provincial units send 1–4 cadres each (domain.md §8).</summary>
    private const int CadresPerUnitCap = 4;

    /// <summary>The share of cadres sent who are in post at the year's end; the rest rotated out during the year.</summary>
    private const double ConcurrentShare = 0.8;

    private static readonly int[] s_kindCounts = [128, 115, 44, 61, 22];

    private static readonly UnitKind[] s_kinds =
    [
        UnitKind.ProvincialDepartment, UnitKind.University, UnitKind.Hospital, UnitKind.StateOwnedEnterprise,
        UnitKind.FinancialInstitution,
    ];

    /// <summary>Province-level codes other than Sichuan's (51) for synthetic counties.</summary>
    private static readonly int[] s_provinces = [13, 14, 15, 22, 23, 34, 36, 41, 42, 43, 45, 46, 50, 52, 53, 54, 61, 62, 63, 64, 65];

    /// <summary>The national delisting batches 2016–2020 (28, 125, 283, 344, 52 of 832 counties).</summary>
    private static readonly int[] s_nationalBatches = [28, 125, 283, 344, 52];

    private readonly SyntheticOptions _options;
    private readonly Random _random;
    private readonly int _year;
    private readonly LocalDate _yearStart;
    private readonly LocalDate _asOf;
    private readonly bool _fullYear;
    private readonly List<CountyPlan> _counties = [];
    private readonly List<UnitPlan> _units = [];
    private readonly List<VillagePlan> _villages = [];
    private readonly List<StationedCadre> _cadres = [];
    private readonly List<bool> _inPostAtYearEnd = [];

    public ProvinceGenerator(SyntheticOptions options)
    {
        _options = options;
        _random = new Random(options.Seed);
        _year = options.Year;
        _yearStart = new LocalDate(_year, 1, 1);
        _asOf = options.AsOf ?? new LocalDate(_year, 12, 31);
        _fullYear = _asOf == new LocalDate(_year, 12, 31);
    }

    public PairingCase Generate()
    {
        PlanCounties();
        PlanUnits();
        PlanPairings();
        PlanVillagesAndCadres();

        Roster roster = BuildRoster();
        ActivityLedger ledger = BuildLedger(roster);
        GradeBook grades = BuildGrades(roster);
        // The cadres' work comes last, from its own Random: the pairing-case/1 part is the same with or without it.
        CadreWorkBook? cadreWork = _options.IncludeCadreWork ? BuildCadreWork(roster) : null;
        if (cadreWork is null)
        {
            return new PairingCase(PolicyEditions.Sichuan2019, _year, _options.AsOf, ledger, grades, cadreWork);
        }
        // Part 2 of pairing-case/2 (topics, outcomes, exit indicators, party pairings), each from its own Random: the draws above are unchanged.
        return new PairingCase(PolicyEditions.Sichuan2019, _year, _options.AsOf, WithTopics(roster, ledger), grades, cadreWork)
            .WithOutcomes(BuildOutcomes(roster))
            .WithExitIndicators(BuildExitIndicators(roster))
            .WithPartyPairings(BuildPartyPairings(roster));
    }

    private void PlanCounties()
    {
        ImmutableArray<PovertyCountyReference> real = SichuanPovertyCounties.All;
        int wanted = _options.Counties;
        int realCount = Math.Min(wanted, real.Length);
        for (int i = 0; i < realCount; i++)
        {
            // Fewer than 88: the middle county of each of `wanted` equal slices of the list (sorted by code, so
            // roughly by prefecture), which reaches the Tibetan and Yi prefectures at the end of the list early.
            PovertyCountyReference county = real[wanted >= real.Length ? i : (int)(((2L * i) + 1) * real.Length / (2L * wanted))];
            double intensity = county.Region == Region.Tibetan ? TibetanIntensity
                : county.Region == Region.Yi ? YiIntensity
                : OtherIntensity;
            _counties.Add(new CountyPlan(county.Code, county.Name, county.Region, county.DelistingYear,
                [.. county.Townships.Select(t => t.Code)], intensity));
        }
        for (int k = 0; k < wanted - realCount; k++)
        {
            int province = s_provinces[k % s_provinces.Length];
            int index = k / s_provinces.Length;
            int prefecture = 91 + (index / 99);
            if (prefecture > 99)
            {
                throw new InvalidOperationException($"Too many counties to synthesise: at most {SyntheticOptions.MaxCounties}.");
            }
            string code = Digits2(province) + Digits2(prefecture) + Digits2((index % 99) + 1);
            Region region = province is 54 or 63 ? Region.Tibetan : Region.Other;
            int planned = 2016 + PickWeighted(s_nationalBatches);
            var townships = new string[8 + _random.Next(17)];
            for (int t = 0; t < townships.Length; t++)
            {
                townships[t] = code + (100 + t).ToString("D3", CultureInfo.InvariantCulture);
            }
            _counties.Add(new CountyPlan(DivisionCode.Parse(code), "合成县" + code + "（虚构）", region, planned, townships,
                SyntheticIntensity));
        }
    }

    private void PlanUnits()
    {
        int total = _options.Units;
        int[] perKind = Apportion(total, [.. Array.ConvertAll(s_kindCounts, c => (double)c)]);
        int width = Math.Max(3, Digits(total));
        int n = 0;
        for (int k = 0; k < s_kinds.Length; k++)
        {
            int kindWidth = Math.Max(3, Digits(perKind[k]));
            for (int i = 0; i < perKind[k]; i++)
            {
                string number = (++n).ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                _units.Add(PlanUnit(number, s_kinds[k], SyntheticNames.Unit(s_kinds[k], i + 1, kindWidth)));
            }
        }
    }

    private UnitPlan PlanUnit(string number, UnitKind kind, string name)
    {
        var leaders = new List<Leader>(6);
        LeaderId NextId() => new("L-" + number + "-" + (leaders.Count + 1).ToString(CultureInfo.InvariantCulture));

        var mechanism = new FourInOneMechanism(
            leadershipTeam: _random.NextDouble() >= 0.01,
            undertakingOffice: _random.NextDouble() < 0.03 ? null : SyntheticNames.Office(_random),
            allStaff: _random.NextDouble() >= 0.015);

        (LeaderId mainBefore, LeaderId mainAfter, LocalDate? mainChange) = PlanPost(LeaderPost.MainLeader, 0.04);
        (LeaderId deputyBefore, LeaderId deputyAfter, LocalDate? deputyChange) = PlanPost(LeaderPost.DeputyLeader, 0.05);
        var others = new LeaderId[2 + _random.Next(3)];
        for (int i = 0; i < others.Length; i++)
        {
            others[i] = NextId();
            leaders.Add(new Leader(others[i], SyntheticNames.Person(_random), LeaderPost.OtherLeader,
                DateRange.From(_yearStart.PlusDays(-_random.Next(100, 2500)))));
        }

        var unit = new AssistanceUnit(new UnitId("U-" + number), name, kind, mechanism, leaders);
        return new UnitPlan(unit, number, mainBefore, mainAfter, mainChange, deputyBefore, deputyAfter, deputyChange, others);

        (LeaderId Before, LeaderId After, LocalDate? Change) PlanPost(LeaderPost post, double changeRate)
        {
            LocalDate start = _yearStart.PlusDays(-_random.Next(200, 2200));
            LeaderId first = NextId();
            if (_random.NextDouble() >= changeRate)
            {
                leaders.Add(new Leader(first, SyntheticNames.Person(_random), post, DateRange.From(start)));
                return (first, first, null);
            }
            LocalDate change = _yearStart.PlusDays(_random.Next(60, 300));
            leaders.Add(new Leader(first, SyntheticNames.Person(_random), post, new DateRange(start, change.PlusDays(-1))));
            LeaderId second = NextId();
            leaders.Add(new Leader(second, SyntheticNames.Person(_random), post, DateRange.From(change)));
            return (first, second, change);
        }
    }

    /// <summary>
    /// Every unit assists one county of its region group; the first unit of each county leads it; counties left
    /// without a unit borrow a participant of another county as lead; then units join counties due this year as
    /// participants until 211/370 of the units assist one.
    /// </summary>
    private void PlanPairings()
    {
        Region[] regions = [Region.Tibetan, Region.Yi, Region.Other];
        var regionWeights = new double[regions.Length];
        foreach (CountyPlan county in _counties)
        {
            regionWeights[Array.IndexOf(regions, county.Region)] += county.Intensity;
        }
        int[] groupSizes = Apportion(_units.Count, regionWeights);
        int[] order = Shuffled(_units.Count);
        int next = 0;
        for (int r = 0; r < regions.Length; r++)
        {
            var members = new List<int>(groupSizes[r]);
            for (int i = 0; i < groupSizes[r]; i++)
            {
                members.Add(order[next++]);
            }
            AssignGroup(regions[r], members);
        }

        int[] borrowOrder = Shuffled(_units.Count);
        int borrow = 0;
        int fallback = 0;
        for (int c = 0; c < _counties.Count; c++)
        {
            CountyPlan county = _counties[c];
            if (county.Lead >= 0)
            {
                continue;
            }
            while (borrow < borrowOrder.Length && _units[borrowOrder[borrow]].LeadsAny)
            {
                borrow++;
            }
            int lead = borrow < borrowOrder.Length ? borrowOrder[borrow++] : borrowOrder[fallback++ % borrowOrder.Length];
            county.Lead = lead;
            _units[lead].Counties.Add(c);
            _units[lead].LeadsAny = true;
        }

        JoinDueCounties(regions);
    }

    private void AssignGroup(Region region, List<int> members)
    {
        var counties = new List<int>();
        for (int c = 0; c < _counties.Count; c++)
        {
            if (_counties[c].Region == region)
            {
                counties.Add(c);
            }
        }
        if (counties.Count == 0 || members.Count == 0)
        {
            return;
        }
        var sizes = new int[counties.Count];
        if (members.Count >= counties.Count)
        {
            var weights = new double[counties.Count];
            for (int i = 0; i < counties.Count; i++)
            {
                sizes[i] = 1;
                weights[i] = _counties[counties[i]].Intensity * DueWeight(_counties[counties[i]]);
            }
            int[] extra = Apportion(members.Count - counties.Count, weights);
            for (int i = 0; i < sizes.Length; i++)
            {
                sizes[i] += extra[i];
            }
        }
        else
        {
            // Fewer units than counties: one unit each for the counties most in need, due ones first.
            int[] byNeed = Shuffled(counties.Count);
            Array.Sort(Array.ConvertAll(byNeed, i => -DueWeight(_counties[counties[i]])), byNeed);
            for (int i = 0; i < members.Count; i++)
            {
                sizes[byNeed[i]] = 1;
            }
        }
        int m = 0;
        for (int i = 0; i < counties.Count; i++)
        {
            CountyPlan county = _counties[counties[i]];
            for (int k = 0; k < sizes[i]; k++)
            {
                UnitPlan unit = _units[members[m]];
                unit.Counties.Add(counties[i]);
                unit.Region = region;
                if (k == 0)
                {
                    county.Lead = members[m];
                    unit.LeadsAny = true;
                }
                else
                {
                    county.Participants.Add(members[m]);
                }
                m++;
            }
        }
    }

    private void JoinDueCounties(Region[] regions)
    {
        var dueByRegion = new List<int>[regions.Length];
        for (int r = 0; r < regions.Length; r++)
        {
            dueByRegion[r] = [];
        }
        for (int c = 0; c < _counties.Count; c++)
        {
            if (_counties[c].PlannedDelistingYear == _year)
            {
                dueByRegion[Array.IndexOf(regions, _counties[c].Region)].Add(c);
            }
        }
        int assisting = 0;
        foreach (UnitPlan unit in _units)
        {
            if (AssistsDue(unit))
            {
                assisting++;
            }
        }
        int target = (int)Math.Round(_units.Count * DueShare, MidpointRounding.AwayFromZero);
        foreach (int u in Shuffled(_units.Count))
        {
            if (assisting >= target)
            {
                break;
            }
            UnitPlan unit = _units[u];
            if (unit.Region is null || AssistsDue(unit))
            {
                continue;
            }
            List<int> due = dueByRegion[Array.IndexOf(regions, unit.Region)];
            if (due.Count == 0)
            {
                continue;
            }
            int c = due[_random.Next(due.Count)];
            _counties[c].Participants.Add(u);
            unit.Counties.Add(c);
            assisting++;
        }

        bool AssistsDue(UnitPlan unit)
        {
            foreach (int c in unit.Counties)
            {
                if (_counties[c].PlannedDelistingYear == _year)
                {
                    return true;
                }
            }
            return false;
        }
    }

    private double DueWeight(CountyPlan county) =>
        county.PlannedDelistingYear == _year ? 1.6 : county.PlannedDelistingYear == _year + 1 ? 1.3 : 1.0;

    private Roster BuildRoster()
    {
        var builder = new RosterBuilder();
        foreach (UnitPlan unit in _units)
        {
            builder.AddUnit(unit.Unit);
        }
        foreach (CountyPlan county in _counties)
        {
            int? delisted = county.PlannedDelistingYear < _year || (county.PlannedDelistingYear == _year && _fullYear)
                ? county.PlannedDelistingYear
                : null;
            builder.AddCounty(new County(county.Code, county.Name, county.Region, county.PlannedDelistingYear, delisted));
        }
        foreach (VillagePlan village in _villages)
        {
            builder.AddVillage(new Village(village.Code, _counties[village.County].Code, village.Name, village.PlannedExitYear,
                village.ExitedYear));
        }
        var validity = DateRange.From(_yearStart);
        foreach (CountyPlan county in _counties)
        {
            var participants = new UnitId[county.Participants.Count];
            for (int i = 0; i < participants.Length; i++)
            {
                participants[i] = _units[county.Participants[i]].Unit.Id;
            }
            builder.AddPairing(new CountyPairing(county.Code, _units[county.Lead].Unit.Id, participants, validity));
        }
        foreach (StationedCadre cadre in _cadres)
        {
            builder.AddCadre(cadre);
        }
        return Valid(builder.Build());
    }

    private GradeBook BuildGrades(Roster roster)
    {
        var builder = new GradeBookBuilder(roster, PolicyEditions.Sichuan2019.GradeScale);
        if (!_fullYear)
        {
            // Annual grades are given at the year's end: a case assessed before then has none.
            return Valid(builder.Build());
        }
        var graded = new List<int>(_cadres.Count);
        for (int i = 0; i < _cadres.Count; i++)
        {
            if (_inPostAtYearEnd[i])
            {
                graded.Add(i);
            }
        }
        var grades = new CadreGrade[_cadres.Count];
        int incompetent = graded.Count == 0 ? 0 : Math.Max(1, (int)Math.Round(graded.Count * 0.004, MidpointRounding.AwayFromZero));
        int excellent = (int)Math.Round(graded.Count * 0.18, MidpointRounding.AwayFromZero);
        int[] pick = Shuffled(graded.Count);
        for (int i = 0; i < pick.Length; i++)
        {
            grades[graded[pick[i]]] = i < incompetent ? CadreGrade.Incompetent
                : i < incompetent + excellent ? CadreGrade.Excellent
                : CadreGrade.Competent;
        }
        foreach (int i in graded)
        {
            builder.Add(new AnnualGrade(_cadres[i].Id, _year, grades[i]));
        }
        return Valid(builder.Build());
    }

    private static T Valid<T>(BuildResult<T> result)
        where T : class
    {
        if (!result.Success)
        {
            Problem first = result.Problems[0];
            throw new InvalidOperationException(
                $"The generator built an invalid case ({result.Problems.Length} problems), first {first.Path}: {first.Code}: {first.Message}");
        }
        return result.Value;
    }

    private int PickWeighted(int[] weights)
    {
        int total = 0;
        foreach (int w in weights)
        {
            total += w;
        }
        int x = _random.Next(total);
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

    /// <summary>A random permutation of 0 … n − 1 (Fisher–Yates).</summary>
    private int[] Shuffled(int n)
    {
        var a = new int[n];
        for (int i = 0; i < n; i++)
        {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--)
        {
            int j = _random.Next(i + 1);
            (a[i], a[j]) = (a[j], a[i]);
        }
        return a;
    }

    /// <summary>Splits <paramref name="total"/> in proportion to <paramref name="weights"/> (largest remainder).</summary>
    internal static int[] Apportion(int total, double[] weights)
    {
        var result = new int[weights.Length];
        double sum = 0;
        foreach (double w in weights)
        {
            sum += w;
        }
        if (total <= 0 || sum <= 0)
        {
            return result;
        }
        var remainders = new double[weights.Length];
        int given = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            double exact = total * weights[i] / sum;
            result[i] = (int)Math.Floor(exact + 1e-9);
            remainders[i] = exact - result[i];
            given += result[i];
        }
        while (given < total)
        {
            int best = 0;
            for (int i = 1; i < remainders.Length; i++)
            {
                if (remainders[i] > remainders[best] + 1e-12)
                {
                    best = i;
                }
            }
            result[best]++;
            remainders[best] = -1;
            given++;
        }
        return result;
    }

    private static int Digits(int n) => n < 10 ? 1 : 1 + Digits(n / 10);

    private static string Digits2(int n) => n.ToString("D2", CultureInfo.InvariantCulture);
}
