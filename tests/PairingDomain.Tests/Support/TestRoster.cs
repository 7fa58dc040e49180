using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Tests.Support;

/// <summary>
/// A fluent builder of rosters, ledgers and grade books through the public domain API, so that each scenario reads
/// like the records of a case file. Dates are ISO local dates in China Standard Time; instants are ISO with an offset.
/// </summary>
internal sealed class TestRoster
{
    public const string U1 = "U-1", U2 = "U-2", U3 = "U-3";
    public const string M1 = "M-1", D1 = "D-1", M2 = "M-2", D2 = "D-2";
    public const string C1 = "513428", C2 = "513429", C3 = "513430";
    public const string V1 = "513428100001", V2 = "513429100001", V3 = "513430100001";

    private readonly List<(string Id, UnitKind Kind, FourInOneMechanism Mechanism, List<Leader> Leaders)> _units = [];
    private readonly List<County> _counties = [];
    private readonly List<Village> _villages = [];
    private readonly List<CountyPairing> _pairings = [];
    private readonly List<StationedCadre> _cadres = [];
    private readonly List<Activity> _activities = [];
    private readonly List<AnnualGrade> _grades = [];

    public static FourInOneMechanism CompleteMechanism { get; } = new(true, "帮扶办", true);

    /// <summary>
    /// One unit U-1 (main leader M-1, deputy D-1, both since 2016) leading county C1 (due 2020) since 2018, with
    /// village V1 (due 2020) and cadre K-1 posted there since 2018: a sound roster with no activity.
    /// </summary>
    public static TestRoster Standard() =>
        new TestRoster()
            .Unit(U1).Main(U1, M1).Deputy(U1, D1)
            .County(C1).Village(V1)
            .Pairing(C1, U1)
            .Cadre("K-1", U1, V1);

    /// <summary>
    /// A 2019 case of <see cref="Standard"/> under sichuan-2019: its ledger, three-grade grades and an empty cadre work
    /// book (so a pairing-case/2), for the tests of the case's <c>With…</c> methods.
    /// </summary>
    public static PairingCase StandardCase(out Roster roster)
    {
        TestRoster t = Standard();
        roster = t.BuildRoster();
        ActivityLedger ledger = t.BuildLedger(roster);
        return new PairingCase(PolicyEditions.Sichuan2019, 2019, null, ledger, t.BuildGrades(roster, GradeScale.ThreeGrade), CadreWorkBook.Empty(roster));
    }

    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    public static Instant I(string isoWithOffset) =>
        OffsetDateTimePattern.ExtendedIso.Parse(isoWithOffset).GetValueOrThrow().ToInstant();

    public static DateRange R(string from, string? to = null) => new(D(from), to is null ? null : D(to));

    public TestRoster Unit(string id, FourInOneMechanism? mechanism = null, UnitKind? kind = null)
    {
        _units.Add((id, kind ?? UnitKind.ProvincialDepartment, mechanism ?? CompleteMechanism, []));
        return this;
    }

    public TestRoster Leader(string unit, string id, LeaderPost post, string from = "2016-01-01", string? to = null)
    {
        _units.FindLast(u => u.Id == unit).Leaders.Add(new Leader(new LeaderId(id), "领导" + id, post, R(from, to)));
        return this;
    }

    public TestRoster Main(string unit, string id, string from = "2016-01-01", string? to = null) =>
        Leader(unit, id, LeaderPost.MainLeader, from, to);

    public TestRoster Deputy(string unit, string id, string from = "2016-01-01", string? to = null) =>
        Leader(unit, id, LeaderPost.DeputyLeader, from, to);

    public TestRoster Other(string unit, string id, string from = "2016-01-01", string? to = null) =>
        Leader(unit, id, LeaderPost.OtherLeader, from, to);

    public TestRoster County(string code, int plannedDelistingYear = 2020, int? delistedYear = null, Region? region = null)
    {
        _counties.Add(new County(DivisionCode.Parse(code), "县" + code, region ?? Region.Yi, plannedDelistingYear, delistedYear));
        return this;
    }

    public TestRoster Village(string code, int plannedExitYear = 2020, int? exitedYear = null)
    {
        VillageCode village = VillageCode.Parse(code);
        _villages.Add(new Village(village, village.County, "村" + code, plannedExitYear, exitedYear));
        return this;
    }

    public TestRoster Pairing(string county, string lead, string from = "2018-01-01", string? to = null, params string[] participants)
    {
        _pairings.Add(new CountyPairing(DivisionCode.Parse(county), new UnitId(lead), participants.Select(p => new UnitId(p)), R(from, to)));
        return this;
    }

    public TestRoster Cadre(string id, string unit, string village, string from = "2018-01-01", string? to = null, CadrePost? post = null)
    {
        _cadres.Add(new StationedCadre(new CadreId(id), "干部" + id, new UnitId(unit), VillageCode.Parse(village),
            post ?? CadrePost.FirstSecretary, R(from, to)));
        return this;
    }

    public TestRoster Grade(string cadre, CadreGrade grade, int year = 2019)
    {
        _grades.Add(new AnnualGrade(new CadreId(cadre), year, grade));
        return this;
    }

    public TestRoster Activity(string id, ActivityKind kind, string unit, ActivityTime time, string? county = null,
        string? by = null, string? village = null)
    {
        _activities.Add(new Activity(new ActivityId(id), kind, new UnitId(unit), by is null ? null : new LeaderId(by), time,
            county is null ? null : DivisionCode.Parse(county), village is null ? null : VillageCode.Parse(village)));
        return this;
    }

    public TestRoster Activity(string id, ActivityKind kind, string unit, string on, string? county = null,
        string? by = null, string? village = null) =>
        Activity(id, kind, unit, ActivityTime.On(D(on)), county, by, village);

    public TestRoster Visit(string id, string unit, string by, string on, string county = C1, string? village = null) =>
        Activity(id, ActivityKind.SupervisionVisit, unit, on, county, by, village);

    public TestRoster VisitAt(string id, string unit, string by, string at, string county = C1) =>
        Activity(id, ActivityKind.SupervisionVisit, unit, ActivityTime.At(I(at)), county, by);

    public TestRoster LeadershipMeeting(string id, string unit, string by, string on, string? county = null) =>
        Activity(id, ActivityKind.LeadershipMeeting, unit, on, county, by);

    public TestRoster OfficeMeeting(string id, string unit, string by, string on, string? county = null) =>
        Activity(id, ActivityKind.OfficeMeeting, unit, on, county, by);

    public TestRoster JointMeeting(string id, string unit, string on, string county = C1) =>
        Activity(id, ActivityKind.JointMeeting, unit, on, county);

    public TestRoster Plan(string id, string unit, string on, string county = C1) =>
        Activity(id, ActivityKind.AnnualPlan, unit, on, county);

    public TestRoster StudyTour(string id, string unit, string on, string county = C1) =>
        Activity(id, ActivityKind.StudyTour, unit, on, county);

    public TestRoster NightSchool(string id, string unit, string on, string county = C1, string? village = null) =>
        Activity(id, ActivityKind.NightSchool, unit, on, county, village: village);

    public BuildResult<Roster> TryBuildRoster()
    {
        var builder = new RosterBuilder();
        foreach ((string id, UnitKind kind, FourInOneMechanism mechanism, List<Leader> leaders) in _units)
        {
            builder.AddUnit(new AssistanceUnit(new UnitId(id), "单位" + id, kind, mechanism, leaders));
        }
        _counties.ForEach(c => builder.AddCounty(c));
        _villages.ForEach(v => builder.AddVillage(v));
        _pairings.ForEach(p => builder.AddPairing(p));
        _cadres.ForEach(c => builder.AddCadre(c));
        return builder.Build();
    }

    public Roster BuildRoster() => TryBuildRoster().GetValueOrThrow();

    public ActivityLedger BuildLedger(Roster roster)
    {
        var builder = new ActivityLedgerBuilder(roster, _activities.Count);
        _activities.ForEach(a => builder.Add(a));
        return builder.Build().GetValueOrThrow();
    }

    public GradeBook BuildGrades(Roster roster, GradeScale scale)
    {
        var builder = new GradeBookBuilder(roster, scale);
        _grades.ForEach(g => builder.Add(g));
        return builder.Build().GetValueOrThrow();
    }

    public AnnualAssessment Assess(string? asOf = null, PolicyEdition? edition = null, AssessmentOptions? options = null, int year = 2019)
    {
        edition ??= PolicyEditions.Sichuan2019;
        Roster roster = BuildRoster();
        ActivityLedger ledger = BuildLedger(roster);
        GradeBook grades = BuildGrades(roster, edition.GradeScale);
        return AnnualAssessor.Assess(edition, ledger, grades, year, asOf is null ? null : D(asOf), options);
    }

    /// <summary>Assesses with the cadres' work that <paramref name="work"/> adds to a builder for the roster (pairing-case/2).</summary>
    public AnnualAssessment AssessWith(Action<CadreWorkBookBuilder> work, string? asOf = null, PolicyEdition? edition = null, int year = 2019)
    {
        edition ??= PolicyEditions.Sichuan2019;
        Roster roster = BuildRoster();
        ActivityLedger ledger = BuildLedger(roster);
        var builder = new CadreWorkBookBuilder(roster, ledger);
        work(builder);
        var pairingCase = new PairingCase(edition, year, asOf is null ? null : D(asOf), ledger, BuildGrades(roster, edition.GradeScale),
            builder.Build().GetValueOrThrow());
        return pairingCase.Assess();
    }
}
