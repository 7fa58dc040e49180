using System.Globalization;
using System;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Time;

namespace PairingDomain.Testing;

internal sealed partial class ProvinceGenerator
{
    private const string GeneratedPath = "$.activities (generated)";

    private ActivityLedgerBuilder? _ledger;
    private string _activityFormat = "D6";
    private int _activities;
    private int _daysInYear;
    private readonly int[] _quarterDays = new int[4];

    /// <summary>
    /// Streams every unit's year into the ledger builder: main-leader visits and meetings, the deputy's quarterly
    /// visits and office meetings, other leaders' visits, joint meetings at led counties, annual plans, study tours and
    /// night-school lectures — mostly at or above the minimums, a realistic minority short, a few given as instants
    /// and a few in counties the unit does not assist. Nothing after the as-of date is recorded.
    /// </summary>
    private ActivityLedger BuildLedger(Roster roster)
    {
        double perUnit = 17 + (24 * _options.ActivityIntensity);
        long estimate = (long)(_units.Count * perUnit) + (3L * _counties.Count);
        _activityFormat = "D" + Math.Max(6, Digits((int)Math.Min(int.MaxValue / 2, estimate * 3 / 2))).ToString(CultureInfo.InvariantCulture);
        _ledger = new ActivityLedgerBuilder(roster, (int)Math.Min(estimate, 50_000_000));
        _daysInYear = CalendarSystem.Iso.GetDaysInYear(_year);
        for (int q = 0; q < 4; q++)
        {
            LocalDate start = new(_year, (3 * q) + 1, 1);
            _quarterDays[q] = Period.Between(start, start.PlusMonths(3), PeriodUnits.Days).Days;
        }
        foreach (UnitPlan unit in _units)
        {
            AddYear(unit);
        }
        if (_options.IncludeCadreWork)
        {
            AddPartyActivities();
        }
        return Valid(_ledger.Build());
    }

    private void AddYear(UnitPlan unit)
    {
        // DUTY-MAIN-LEADER-VISITS: 2 a year; about 6 % of units fall short, and 1 % send one visit to a county
        // they do not assist (which then does not count).
        int visits = Chance(0.06) ? 1 : 2 + Extra(_random.Next(6) + (Chance(0.3) ? 1 : 0));
        bool strayVisit = Chance(0.01);
        for (int i = 0; i < visits; i++)
        {
            LocalDate date = DayOfYear();
            int county = strayVisit && i == 0 ? OutsideCounty(unit) : PickCounty(unit);
            Emit(ActivityKind.SupervisionVisit, unit, unit.MainOn(date), date, county, PickVillage(unit, county));
        }

        // DUTY-MAIN-LEADER-MEETINGS: "regularly", 1 a year; 3 % of units hold none.
        int meetings = Chance(0.03) ? 0 : 2 + Extra(_random.Next(9));
        for (int i = 0; i < meetings; i++)
        {
            LocalDate date = DayOfYear();
            Emit(ActivityKind.LeadershipMeeting, unit, unit.MainOn(date), date, -1, null);
        }

        // DUTY-DEPUTY-MEETINGS: 4 a year; 7 % of units hold 2 or 3.
        int officeMeetings = Chance(0.07) ? 2 + _random.Next(2) : 4 + Extra(_random.Next(8));
        for (int i = 0; i < officeMeetings; i++)
        {
            LocalDate date = DayOfYear();
            Emit(ActivityKind.OfficeMeeting, unit, unit.DeputyOn(date), date, Chance(0.2) ? unit.Counties[0] : -1, null);
        }

        // DUTY-DEPUTY-VISITS: 1 a quarter; 8 % of units miss one quarter.
        int missed = Chance(0.08) ? 1 + _random.Next(4) : 0;
        for (int q = 1; q <= 4; q++)
        {
            int n = q == missed ? 0 : 1 + Extra(Chance(0.3) ? 1 : 0);
            LocalDate start = new(_year, (3 * q) - 2, 1);
            int days = _quarterDays[q - 1];
            for (int i = 0; i < n; i++)
            {
                LocalDate date = start.PlusDays(_random.Next(days));
                int county = PickCounty(unit);
                Emit(ActivityKind.SupervisionVisit, unit, unit.DeputyOn(date), date, county, PickVillage(unit, county));
            }
        }

        // Other bureau-level leaders' visits count in statistics only; a few stray outside the pairing.
        foreach (LeaderId other in unit.Others)
        {
            int n = Extra(1 + _random.Next(5) + (Chance(0.2) ? 1 : 0));
            for (int i = 0; i < n; i++)
            {
                LocalDate date = DayOfYear();
                int county = Chance(0.004) ? OutsideCounty(unit) : PickCounty(unit);
                Emit(ActivityKind.SupervisionVisit, unit, other, date, county, PickVillage(unit, county));
            }
        }

        foreach (int county in unit.Counties)
        {
            // DUTY-LEAD-JOINT-MEETINGS: 2 a year at each county led; 8 % of leads hold only one.
            if (IsLead(unit, county))
            {
                int joint = Chance(0.08) ? 1 : 2 + Extra(_random.Next(2));
                for (int i = 0; i < joint; i++)
                {
                    Emit(ActivityKind.JointMeeting, unit, null, DayOfYear(), county, null);
                }
            }
            // DUTY-ANNUAL-PLAN: one per county assisted, early in the year; 3 % missing.
            if (!Chance(0.03))
            {
                Emit(ActivityKind.AnnualPlan, unit, null, _yearStart.PlusDays(_random.Next(10, 120)), county, null);
            }
        }

        // DUTY-STUDY-TOUR: 1 a year; 5 % of units organise none.
        int tours = Chance(0.05) ? 0 : 1 + Extra(Chance(0.25) ? 1 : 0);
        for (int i = 0; i < tours; i++)
        {
            Emit(ActivityKind.StudyTour, unit, null, DayOfYear(), PickCounty(unit), null);
        }

        // DUTY-NIGHT-SCHOOL: 4 a year; 8 % of units give 1 to 3.
        int lectures = Chance(0.08) ? 1 + _random.Next(3) : 4 + Extra(_random.Next(4));
        for (int i = 0; i < lectures; i++)
        {
            int county = PickCounty(unit);
            Emit(ActivityKind.NightSchool, unit, null, DayOfYear(), county, PickVillage(unit, county));
        }
    }

    private bool IsLead(UnitPlan unit, int county) => ReferenceEquals(_units[_counties[county].Lead], unit);

    private void Emit(ActivityKind kind, UnitPlan unit, LeaderId? by, LocalDate date, int county, VillageCode? village)
    {
        bool asInstant = by is not null && _random.Next(200) == 0;
        if (date > _asOf)
        {
            return;
        }
        ActivityTime time = asInstant
            ? ActivityTime.At(date.At(new LocalTime(_random.Next(24), _random.Next(60))).InZoneStrictly(ChinaStandardTime.Zone).ToInstant())
            : ActivityTime.On(date);
        var id = new ActivityId("A-" + (++_activities).ToString(_activityFormat, CultureInfo.InvariantCulture));
        DivisionCode? code = county < 0 ? null : _counties[county].Code;
        // A generated activity has no source document to point into: one shared locator spares the builder a path
        // string per activity (ten million of them at national scale).
        _ledger!.Add(new Activity(id, kind, unit.Unit.Id, by, time, code, village), GeneratedPath);
    }

    private bool Chance(double p) => _random.NextDouble() < p;

    /// <summary>Activities beyond the minimum, multiplied by the options' intensity.</summary>
    private int Extra(int n) => _options.ActivityIntensity == 1.0 ? n : (int)Math.Round(n * _options.ActivityIntensity, MidpointRounding.AwayFromZero);

    private LocalDate DayOfYear() => _yearStart.PlusDays(_random.Next(_daysInYear));

    private int PickCounty(UnitPlan unit) =>
        unit.Counties.Count == 1 || Chance(0.75) ? unit.Counties[0] : unit.Counties[_random.Next(unit.Counties.Count)];

    private int OutsideCounty(UnitPlan unit)
    {
        if (unit.Counties.Count >= _counties.Count)
        {
            return PickCounty(unit);
        }
        while (true)
        {
            int c = _random.Next(_counties.Count);
            if (!unit.Counties.Contains(c))
            {
                return c;
            }
        }
    }

    /// <summary>One of the unit's posted villages in the county, most of the time, or none.</summary>
    private VillageCode? PickVillage(UnitPlan unit, int county)
    {
        if (Chance(0.35))
        {
            return null;
        }
        int seen = 0;
        VillageCode? chosen = null;
        foreach ((int c, VillageCode code) in unit.Villages)
        {
            if (c == county && _random.Next(++seen) == 0)
            {
                chosen = code;
            }
        }
        return chosen;
    }
}
