using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Outcomes;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Rosters;

namespace PairingDomain.Testing;

internal sealed partial class ProvinceGenerator
{
    /// <summary>
    /// §II's 2018 totals per measure (the seed: 8.24 亿 invested directly, 22.78 亿 coordinated, ~7,000 km of village
    /// roads, 51 万 m² of housing, 1.49 万 m² of clinics, 1 万 households' water, 6.28 万 households' power, 7,400
    /// households' broadcasting, 1.5 万 person-times of village cadres and 5 万 of party members trained, 2,000 reserve
    /// cadres); §II gives no figure for industry investment, which stays 0.
    /// </summary>
    private static readonly (OutcomeMeasure Measure, decimal Total)[] s_outcomeTotals2018 =
    [
        (OutcomeMeasure.DirectInvestment, 824_000_000m),
        (OutcomeMeasure.CoordinatedInvestment, 2_278_000_000m),
        (OutcomeMeasure.RoadKm, 7_000m),
        (OutcomeMeasure.HousingM2, 510_000m),
        (OutcomeMeasure.ClinicM2, 14_900m),
        (OutcomeMeasure.WaterHouseholds, 10_000m),
        (OutcomeMeasure.ElectricityHouseholds, 62_800m),
        (OutcomeMeasure.BroadcastHouseholds, 7_400m),
        (OutcomeMeasure.VillageCadresTrained, 15_000m),
        (OutcomeMeasure.PartyMembersTrained, 50_000m),
        (OutcomeMeasure.ReserveCadresTrained, 2_000m),
    ];

    /// <summary>One outcome in this many is recorded in a county the unit does not assist (<c>OUTCOME-OUTSIDE-PAIRING</c>).</summary>
    private const int OutsideOneIn = 150;

    /// <summary>
    /// The supervision visits' focus topics (case-format-2.md §1): each visit to a Tibetan or Yi county carries one to
    /// three topics of its region's list, from a <see cref="Random"/> of its own, so the <c>pairing-case/1</c> part keeps
    /// its draws and bytes; visits to other counties carry none.
    /// </summary>
    private ActivityLedger WithTopics(Roster roster, ActivityLedger ledger)
    {
        var random = new Random(unchecked((int)(((uint)_options.Seed * 3266489917u) ^ 0x7091_2019u)));
        var builder = new ActivityLedgerBuilder(roster, ledger.Count);
        foreach (Activity activity in ledger)
        {
            Activity topical = activity;
            if (activity.Kind == ActivityKind.SupervisionVisit && activity.County is { } code
                && FocusTopic.ListFor(roster.FindCounty(code)!.Region) is { IsEmpty: false } list)
            {
                int count = 1 + random.Next(3);
                var topics = new List<FocusTopic>(count);
                for (int k = 0; k < count; k++)
                {
                    topics.Add(list[random.Next(list.Length)]);
                }
                topical = activity with { Topics = FocusTopicSet.Of(topics) };
            }
            builder.Add(topical);
        }
        return Valid(builder.Build());
    }

    /// <summary>
    /// The units' outcomes (case-format-2.md §1), calibrated so that a full-year default province sums near §II's 2018
    /// totals: for every unit and county pairing in force in the year, one outcome per measure of the total's share
    /// (total ÷ pairings) times a factor from 0.5 to 1.5, rounded to the measure's decimals, dated in the pairing's days
    /// of the year; one in <see cref="OutsideOneIn"/> is put in a county the unit does not assist. Drawn for the whole
    /// year from a <see cref="Random"/> of its own; only those dated by the as-of date are kept.
    /// </summary>
    private OutcomeBook BuildOutcomes(Roster roster)
    {
        var random = new Random(unchecked((int)(((uint)_options.Seed * 2246822519u) ^ 0x0C0E_2019u)));
        var window = new DateInterval(_yearStart, new LocalDate(_year, 12, 31));
        var pairs = new List<(UnitId Unit, CountyPairing Pairing, DateInterval Days)>();
        foreach (CountyPairing pairing in roster.Pairings)
        {
            if (pairing.Validity.Intersect(window) is { } days)
            {
                foreach (UnitId unit in pairing.Units)
                {
                    pairs.Add((unit, pairing, days));
                }
            }
        }
        int split = _options.OutcomeRecordsPerMeasure;
        var builder = new OutcomeBookBuilder(roster, capacity: pairs.Count * s_outcomeTotals2018.Length * split);
        if (pairs.Count == 0)
        {
            return Valid(builder.Build());
        }
        int n = 0;
        foreach ((UnitId unit, CountyPairing pairing, DateInterval days) in pairs)
        {
            foreach ((OutcomeMeasure measure, decimal total) in s_outcomeTotals2018)
            {
                for (int part = 0; part < split; part++)
                {
                    decimal factor = 0.5m + (random.Next(1001) / 1000m);
                    decimal amount = decimal.Round(total / pairs.Count / split * factor, measure.Decimals, MidpointRounding.AwayFromZero);
                    LocalDate on = days.Start.PlusDays(random.Next(Period.Between(days.Start, days.End, PeriodUnits.Days).Days + 1));
                    DivisionCode county = pairing.County;
                    if (random.Next(OutsideOneIn) == 0)
                    {
                        // A county of the roster that no pairing of the unit names.
                        ImmutableArray<County> counties = roster.Counties;
                        County other = counties[random.Next(counties.Length)];
                        if (!roster.Pairings.Any(p => p.County == other.Code && p.Involves(unit)))
                        {
                            county = other.Code;
                        }
                    }
                    n++;
                    if (on <= _asOf)
                    {
                        builder.Add(new Outcome(new ActivityId(string.Create(CultureInfo.InvariantCulture, $"OC-{n}")), unit, county, null, on, measure, amount));
                    }
                }
            }
        }
        return Valid(builder.Build());
    }
}
