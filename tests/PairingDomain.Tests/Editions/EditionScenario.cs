using System.Collections.Generic;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Tests.Editions;

/// <summary>
/// One unit leading one county with one posted cadre, and a ledger of the activities a test adds: the smallest roster
/// on which an edition's changes show in the assessment.
/// </summary>
internal sealed class EditionScenario
{
    public static readonly UnitId Unit = new("U-1");
    public static readonly LeaderId MainLeader = new("L-MAIN");
    public static readonly LeaderId Deputy = new("L-DEPUTY");
    public static readonly CadreId Cadre = new("C-1");
    public static readonly DivisionCode County = DivisionCode.Parse("513224");
    public static readonly VillageCode Village = VillageCode.Parse("513224100201");

    private readonly List<Activity> _activities = [];
    private int _next;

    /// <summary>Creates the scenario with the pairing in force from <paramref name="pairedFrom"/> to the year's end.</summary>
    public EditionScenario(LocalDate pairedFrom)
    {
        var open = DateRange.From(new LocalDate(2018, 1, 1));
        var unit = new AssistanceUnit(Unit, "省测试厅", UnitKind.ProvincialDepartment,
            new FourInOneMechanism(true, "扶贫办", true),
            [new Leader(MainLeader, "甲", LeaderPost.MainLeader, open), new Leader(Deputy, "乙", LeaderPost.DeputyLeader, open)]);
        Roster = new RosterBuilder()
            .AddUnit(unit)
            .AddCounty(new County(County, "测试县", Region.Yi, 2020, null))
            .AddVillage(new Village(Village, County, "测试村", 2020, null))
            .AddPairing(new CountyPairing(County, Unit, [], DateRange.From(pairedFrom)))
            .AddCadre(new StationedCadre(Cadre, "丙", Unit, Village, CadrePost.FirstSecretary, DateRange.From(pairedFrom)))
            .Build()
            .GetValueOrThrow();
    }

    public Roster Roster { get; }

    /// <summary>Records an activity of the unit in the county on <paramref name="date"/>.</summary>
    public EditionScenario Add(ActivityKind kind, LeaderId? by, LocalDate date)
    {
        _next++;
        _activities.Add(new Activity(new ActivityId($"A-{_next}"), kind, Unit, by, ActivityTime.On(date), County, null));
        return this;
    }

    public ActivityLedger Ledger()
    {
        var builder = new ActivityLedgerBuilder(Roster);
        foreach (Activity activity in _activities)
        {
            builder.Add(activity);
        }
        return builder.Build().GetValueOrThrow();
    }

    public GradeBook Grades(GradeScale scale, CadreGrade? grade = null)
    {
        var builder = new GradeBookBuilder(Roster, scale);
        if (grade is not null)
        {
            builder.Add(new AnnualGrade(Cadre, 2019, grade));
        }
        return builder.Build().GetValueOrThrow();
    }
}
