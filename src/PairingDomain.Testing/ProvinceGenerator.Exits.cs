using System;
using System.Collections.Generic;
using System.Globalization;
using PairingDomain.Exits;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;

namespace PairingDomain.Testing;

internal sealed partial class ProvinceGenerator
{
    /// <summary>A generated record has no source document: one shared locator per collection.</summary>
    private const string GeneratedHouseholdIndicators = "$.householdIndicators (generated)",
        GeneratedVillageIndicators = "$.villageIndicators (generated)", GeneratedCountyIndicators = "$.countyIndicators (generated)";

    /// <summary>The share of the year's village exits and county delistings claimed on a record that fails its standard.</summary>
    private const double FailingClaimShare = 0.04;

    /// <summary>The share of the year's village exits and county delistings claimed with no record for the year.</summary>
    private const double MissingRecordShare = 0.02;

    /// <summary>The share of villages due in the year whose registered households have records (3 to 6 each).</summary>
    private const double HouseholdVillageShare = 0.1;

    /// <summary>
    /// The exit indicator records (case-format-2.md §1) for the villages and counties due in the year: every village
    /// and county claimed as exited or delisted in the year has a record that meets its standard, but for a few (about
    /// 4 % fail one criterion and 2 % have no record at all: <c>EXIT-CLAIM-UNSUPPORTED</c>, at least one village and one
    /// county whenever any is claimed); those due and not exited have a record that falls short; a tenth of the due
    /// villages record a few households. From a <see cref="Random"/> of its own seeded from
    /// <see cref="SyntheticOptions.Seed"/>, drawn after and apart from the rest, which it leaves as it is.
    /// </summary>
    private ExitIndicatorBook BuildExitIndicators(Roster roster)
    {
        var random = new Random(unchecked((int)(((uint)_options.Seed * 2246822519u) ^ 0x0E1D_2019u)));
        var builder = new ExitIndicatorBookBuilder(roster, PolicyEditions.Sichuan2019);
        AddVillageIndicators(roster, builder, random);
        AddCountyIndicators(roster, builder, random);
        return Valid(builder.Build());
    }

    private void AddVillageIndicators(Roster roster, ExitIndicatorBookBuilder builder, Random random)
    {
        var claimed = new List<Village>();
        // The records of villages not due come from a Random of their own, so the due villages' records are the same with or without them.
        Random? monitoring = _options.IndicatorsForEveryVillage ? new Random(unchecked((int)(((uint)_options.Seed * 2246822519u) ^ 0x0A11_2019u))) : null;
        foreach (Village village in roster.Villages)
        {
            if (village.ExitedYear == _year)
            {
                claimed.Add(village);
            }
            else if (village.PlannedExitYear == _year)
            {
                // Due and not exited: the record says why (incidence still at or above 3 %, or a facility missing).
                builder.AddVillage(VillageRecord(village.Code, random, failing: true), GeneratedVillageIndicators);
            }
            else if (monitoring is not null)
            {
                // Not due this year: met its standard if it exited before, still short of it if it exits later.
                builder.AddVillage(VillageRecord(village.Code, monitoring, failing: village.ExitedYear is null || village.ExitedYear > _year),
                    GeneratedVillageIndicators);
            }
        }
        (HashSet<int> failing, HashSet<int> missing) = Unsupported(claimed.Count, random);
        for (int i = 0; i < claimed.Count; i++)
        {
            if (!missing.Contains(i))
            {
                builder.AddVillage(VillageRecord(claimed[i].Code, random, failing.Contains(i)), GeneratedVillageIndicators);
            }
        }
        foreach (Village village in roster.Villages)
        {
            if (village.PlannedExitYear != _year || random.NextDouble() >= HouseholdVillageShare)
            {
                continue;
            }
            int count = 3 + random.Next(4);
            for (int h = 0; h < count; h++)
            {
                bool poor = random.NextDouble() < 0.08;
                decimal income = poor ? 2600m + random.Next(0, 600) : 3400m + random.Next(0, 6000) + random.Next(0, 100) / 100m;
                bool missingOne = random.NextDouble() < 0.04;
                int which = random.Next(7);
                builder.AddHousehold(new HouseholdIndicators(
                    string.Create(CultureInfo.InvariantCulture, $"HH-{village.Code}-{h + 1:00}"), village.Code, _year, income,
                    !(missingOne && which == 0), !(missingOne && which == 1), !(missingOne && which == 2), !(missingOne && which == 3),
                    !(missingOne && which == 4), !(missingOne && which == 5), !(missingOne && which == 6)), GeneratedHouseholdIndicators);
            }
        }
    }

    private void AddCountyIndicators(Roster roster, ExitIndicatorBookBuilder builder, Random random)
    {
        var claimed = new List<County>();
        foreach (County county in roster.Counties)
        {
            if (county.DelistedYear == _year)
            {
                claimed.Add(county);
            }
            else if (county.PlannedDelistingYear == _year)
            {
                builder.AddCounty(CountyRecord(county.Code, random, failing: true), GeneratedCountyIndicators);
            }
        }
        (HashSet<int> failing, HashSet<int> missing) = Unsupported(claimed.Count, random);
        for (int i = 0; i < claimed.Count; i++)
        {
            if (!missing.Contains(i))
            {
                builder.AddCounty(CountyRecord(claimed[i].Code, random, failing.Contains(i)), GeneratedCountyIndicators);
            }
        }
    }

    /// <summary>Which of <paramref name="claims"/> claims fail their standard and which have no record: at least one failing when any is claimed.</summary>
    private static (HashSet<int> Failing, HashSet<int> Missing) Unsupported(int claims, Random random)
    {
        var failing = new HashSet<int>();
        var missing = new HashSet<int>();
        if (claims == 0)
        {
            return (failing, missing);
        }
        int failingCount = Math.Max(1, (int)Math.Round(claims * FailingClaimShare));
        int missingCount = claims > 1 ? Math.Max(1, (int)Math.Round(claims * MissingRecordShare)) : 0;
        while (failing.Count < Math.Min(failingCount, claims))
        {
            failing.Add(random.Next(claims));
        }
        while (missing.Count < Math.Min(missingCount, claims - failing.Count))
        {
            int pick = random.Next(claims);
            if (!failing.Contains(pick))
            {
                missing.Add(pick);
            }
        }
        return (failing, missing);
    }

    private VillageIndicators VillageRecord(VillageCode village, Random random, bool failing)
    {
        int fail = failing ? random.Next(6) : -1;
        decimal incidence = fail == 0 ? 0.03m + random.Next(0, 500) / 10000m : random.Next(0, 290) / 10000m;
        decimal income = fail == 1 ? 0m : 5000m + random.Next(0, 95000);
        return new VillageIndicators(village, _year, incidence, income, fail != 2, fail != 3, fail != 4, fail != 5);
    }

    private CountyIndicators CountyRecord(DivisionCode county, Random random, bool failing)
    {
        int fail = failing ? random.Next(7) : -1;
        int townships = 15 + random.Next(30);
        decimal incidence = fail == 0 ? 0.03m + random.Next(0, 300) / 10000m : random.Next(50, 290) / 10000m;
        decimal wrongful = fail == 4 ? 0.02m + random.Next(0, 100) / 10000m : random.Next(0, 150) / 10000m;
        decimal missed = fail == 5 ? 0.02m + random.Next(0, 100) / 10000m : random.Next(0, 150) / 10000m;
        decimal approval = fail == 6 ? 0.80m + random.Next(0, 1000) / 10000m : 0.91m + random.Next(0, 800) / 10000m;
        return new CountyIndicators(county, _year, incidence, townships, fail == 1 ? townships - 1 : townships,
            fail == 2 ? townships - 1 - random.Next(2) : townships, fail == 3 ? townships - 2 : townships, wrongful, missed, approval);
    }
}
