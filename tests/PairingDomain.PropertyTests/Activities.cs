using System.Collections.Generic;
using System.Linq;
using System;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.PropertyTests;

/// <summary>Activities to add to a generated case: any valid one, or one that certainly counts.</summary>
internal static class Activities
{
    private static readonly ActivityId s_newId = new("PROP-ADDED-1");

    /// <summary>
    /// A random activity the ledger builder accepts: any kind, unit, date of the year, and leader or county where the kind
    /// needs them. Null when the case has no unit with a leader to take.
    /// </summary>
    internal static Activity? AnyValid(PairingCase c, int seed)
    {
        var random = new Random(seed);
        Roster roster = c.Roster;
        AssistanceUnit unit = roster.Units[random.Next(roster.Units.Length)];
        ActivityKind kind = ActivityKind.List.OrderBy(k => k.Value).ElementAt(random.Next(ActivityKind.List.Count));
        LocalDate date = new LocalDate(c.Year, 1, 1).PlusDays(random.Next(365));
        LeaderId? by = null;
        if (kind.RequiresLeader || random.Next(2) == 0)
        {
            if (unit.Leaders.IsEmpty)
            {
                return null;
            }
            by = unit.Leaders[random.Next(unit.Leaders.Length)].Id;
        }
        DivisionCode? county = null;
        if (kind.RequiresCounty || random.Next(2) == 0)
        {
            // Mostly a county the unit assists, sometimes any county of the roster.
            List<CountyPairing> own = roster.PairingsOf(unit.Id).ToList();
            county = own.Count > 0 && random.Next(4) != 0
                ? own[random.Next(own.Count)].County
                : roster.Counties[random.Next(roster.Counties.Length)].Code;
        }
        ActivityTime time = random.Next(3) == 0
            ? ActivityTime.At(date.AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(random.Next(-12, 36))))
            : ActivityTime.On(date);
        VillageCode? village = null;
        if (kind.RequiresVillage)
        {
            // Branch guidance names a village of its county; none in the county, no such activity.
            PairingDomain.Places.Village? inCounty = roster.Villages.FirstOrDefault(v => county is { } c && v.Code.IsIn(c));
            if (inCounty is null)
            {
                return null;
            }
            village = inCounty.Code;
        }
        return new Activity(s_newId, kind, unit.Id, by, time, county, village);
    }

    /// <summary>
    /// An annual plan of a unit for a county it assists on a day of the year up to the as-of date: it must count.
    /// </summary>
    internal static (Activity Activity, UnitId Unit)? QualifyingAnnualPlan(PairingCase c, int seed)
    {
        var random = new Random(seed);
        LocalDate first = new(c.Year, 1, 1);
        LocalDate asOf = c.EffectiveAsOf;
        var candidates = new List<(UnitId Unit, DivisionCode County, LocalDate Date)>();
        foreach (CountyPairing pairing in c.Roster.Pairings)
        {
            LocalDate from = pairing.Validity.Start > first ? pairing.Validity.Start : first;
            LocalDate to = pairing.Validity.End is { } end && end < asOf ? end : asOf;
            if (from > to)
            {
                continue;
            }
            LocalDate date = from.PlusDays(random.Next(Period.Between(from, to, PeriodUnits.Days).Days + 1));
            foreach (UnitId unit in pairing.Units)
            {
                candidates.Add((unit, pairing.County, date));
            }
        }
        if (candidates.Count == 0)
        {
            return null;
        }
        (UnitId u, DivisionCode county, LocalDate d) = candidates[random.Next(candidates.Count)];
        return (new Activity(s_newId, ActivityKind.AnnualPlan, u, null, ActivityTime.On(d), county, null), u);
    }
}
