using System;
using System.Globalization;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Party;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Time;

namespace PairingDomain.Testing;

/// <summary>
/// Party building for the synthetic province's <c>pairing-case/2</c> (case-format-2.md §1, §III.5): a party pairing
/// (结对共建) for most posted villages, and party lectures (党组织书记讲党课) and branch guidance (蹲点指导) by most units,
/// from a <see cref="Random"/> of its own, so that neither the <c>pairing-case/1</c> part nor the cadres' work shifts.
/// </summary>
internal sealed partial class ProvinceGenerator
{
    /// <summary>The share of posted villages with a party pairing of their unit.</summary>
    private const double PartyPairedShare = 0.85;

    private Random PartyRandom() => new(unchecked((int)(((uint)_options.Seed * 2246822519u) ^ 0x5A17_2019u)));

    /// <summary>
    /// The party activities, emitted after every <c>pairing-case/1</c> activity and only with
    /// <see cref="SyntheticOptions.IncludeCadreWork"/>: a lecture or two a year by most units in a county they assist,
    /// and branch guidance in a village they post cadres to, each dated by the as-of date.
    /// </summary>
    private void AddPartyActivities()
    {
        Random random = PartyRandom();
        foreach (UnitPlan unit in _units)
        {
            if (unit.Counties.Count == 0)
            {
                continue;
            }
            int lectures = random.NextDouble() < 0.8 ? 1 + random.Next(2) : 0;
            for (int i = 0; i < lectures; i++)
            {
                int county = unit.Counties[random.Next(unit.Counties.Count)];
                EmitParty(ActivityKind.PartyLecture, unit, _yearStart.PlusDays(random.Next(_daysInYear)), county, null);
            }
            if (unit.Villages.Count > 0)
            {
                int guidance = random.NextDouble() < 0.7 ? 1 + random.Next(3) : 0;
                for (int i = 0; i < guidance; i++)
                {
                    (int county, VillageCode village) = unit.Villages[random.Next(unit.Villages.Count)];
                    EmitParty(ActivityKind.BranchGuidance, unit, _yearStart.PlusDays(random.Next(_daysInYear)), county, village);
                }
            }
        }
    }

    private void EmitParty(ActivityKind kind, UnitPlan unit, LocalDate date, int county, VillageCode? village)
    {
        if (date > _asOf)
        {
            return;
        }
        var id = new ActivityId("A-" + (++_activities).ToString(_activityFormat, CultureInfo.InvariantCulture));
        _ledger!.Add(new Activity(id, kind, unit.Unit.Id, null, ActivityTime.On(date), _counties[county].Code, village), GeneratedPath);
    }

    /// <summary>A party pairing from 2018 for most villages each unit posts cadres to; the rest have none.</summary>
    private PartyPairingBook BuildPartyPairings(Roster roster)
    {
        Random random = PartyRandom();
        var builder = new PartyPairingBookBuilder(roster);
        foreach (UnitPlan unit in _units)
        {
            foreach ((_, VillageCode village) in unit.Villages)
            {
                if (random.NextDouble() < PartyPairedShare)
                {
                    builder.Add(new PartyPairing(unit.Unit.Id, village, DateRange.From(new LocalDate(_year - 1, 3 + random.Next(9), 1))),
                        "$.partyPairings (generated)");
                }
            }
        }
        return Valid(builder.Build());
    }
}
