using System;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Mutation;

/// <summary>
/// Every problem a builder reports names the record it is about and says what kind of record is wrong (issue 7:
/// emptying those messages survived), and records are located at the path the caller gave or at their index among
/// all records added. Words are checked, not wording.
/// </summary>
public sealed class ProblemMessageTests
{
    private static readonly Roster s_roster = Standard().Unit(U2).Main(U2, M2).County(C2).Village(V2).BuildRoster();

    private static Activity Make(string id, ActivityKind kind, string unit = U1, string? by = null, string? county = C1,
        string? village = null, string on = "2019-04-12") =>
        new(new ActivityId(id), kind, new UnitId(unit), by is null ? null : new LeaderId(by), ActivityTime.On(D(on)),
            county is null ? null : DivisionCode.Parse(county), village is null ? null : VillageCode.Parse(village));

    private static Problem Single(Activity activity, string? path = null) =>
        new ActivityLedgerBuilder(s_roster).Add(activity, path).Build().Problems.Should().ContainSingle().Subject;

    // ---- ActivityLedgerBuilder ----

    [Fact]
    public void LedgerAdd_UnknownUnit_NamesTheUnit() =>
        Single(Make("A-1", ActivityKind.AnnualPlan, unit: "U-404")).Message.Should().Contain("U-404");

    [Fact]
    public void LedgerAdd_UnknownLeader_NamesTheLeader() =>
        Single(Make("A-1", ActivityKind.SupervisionVisit, by: "L-404")).Message.Should().Contain("L-404");

    [Fact]
    public void LedgerAdd_LeaderOfAnotherUnit_NamesLeaderAndBothUnits() =>
        Single(Make("A-1", ActivityKind.SupervisionVisit, by: M2)).Message.Should().Contain(M2).And.Contain(U2).And.Contain(U1);

    [Fact]
    public void LedgerAdd_VisitWithoutLeader_SaysTheKindNeedsALeader() =>
        Single(Make("A-1", ActivityKind.SupervisionVisit)).Message.Should()
            .Contain(ActivityKind.SupervisionVisit.EnglishName.ToLowerInvariant()).And.Contain("leader");

    [Fact]
    public void LedgerAdd_UnknownCounty_NamesTheCounty() =>
        Single(Make("A-1", ActivityKind.AnnualPlan, county: "513499")).Message.Should().Contain("513499");

    [Fact]
    public void LedgerAdd_JointMeetingWithoutCounty_SaysTheKindNeedsACounty() =>
        Single(Make("A-1", ActivityKind.JointMeeting, county: null)).Message.Should()
            .Contain(ActivityKind.JointMeeting.EnglishName.ToLowerInvariant()).And.Contain("county");

    [Fact]
    public void LedgerAdd_UnknownVillage_NamesTheVillage() =>
        Single(Make("A-1", ActivityKind.NightSchool, village: "513428100999")).Message.Should().Contain("513428100999");

    [Fact]
    public void LedgerAdd_VillageOfAnotherCounty_NamesVillageAndCounty()
    {
        Problem problem = Single(Make("A-1", ActivityKind.NightSchool, county: C1, village: V2));

        problem.Code.Should().Be(ProblemCodes.InvalidValue);
        problem.Message.Should().Contain(V2).And.Contain(C1);
    }

    [Fact]
    public void LedgerAdd_VillageWithoutCounty_SaysThereIsNone()
    {
        Problem problem = Single(Make("A-1", ActivityKind.LeadershipMeeting, by: M1, county: null, village: V1));

        (problem.Path, problem.Code).Should().Be(("$.activities[0].village", ProblemCodes.InvalidValue));
        problem.Message.Should().Contain(V1).And.Contain("none");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(101)]
    [InlineData(111)]
    [InlineData(112)]
    [InlineData(113)]
    public void LedgerAdd_DuplicateId_NamesItAndThePathOfTheActivityThatHadItFirst(int first)
    {
        var builder = new ActivityLedgerBuilder(s_roster);
        for (int i = 1; i <= first; i++)
        {
            builder.Add(Make($"A-{i}", ActivityKind.AnnualPlan));
        }
        builder.Add(Make($"A-{first}", ActivityKind.AnnualPlan));

        Problem problem = builder.Build().Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be($"$.activities[{first}].id");
        problem.Message.Should().Contain($"A-{first}").And.Contain($"$.activities[{first - 1}]");
    }

    [Fact]
    public void LedgerAdd_ExplicitPath_IsKeptAndDefaultsCountEveryRecordAdded()
    {
        Problem[] problems = [.. new ActivityLedgerBuilder(s_roster)
            .Add(Make("A-1", ActivityKind.AnnualPlan))
            .Add(Make("A-2", ActivityKind.AnnualPlan, unit: "U-404"), "$.activities[7]")
            .Add(Make("A-3", ActivityKind.AnnualPlan, unit: "U-404"))
            .Build().Problems];

        problems.Select(p => p.Path).Should().Equal("$.activities[7].unit", "$.activities[2].unit");
    }

    [Fact]
    public void LedgerAdd_PathOfOneNulCharacter_IsKeptAsGiven()
    {
        // The builder once marked "no path given" with an interned "\0" literal, so a caller passing "\0" lost its path.
        Problem problem = new ActivityLedgerBuilder(s_roster)
            .Add(Make("A-1", ActivityKind.AnnualPlan, unit: "U-404"), "\0")
            .Build().Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("\0.unit");
    }

    // ---- GradeBookBuilder ----

    [Fact]
    public void GradeBookBuild_EveryProblem_NamesItsCadreGradeOrFirstRecord()
    {
        Problem[] problems = [.. new GradeBookBuilder(s_roster, GradeScale.ThreeGrade)
            .Add(new AnnualGrade(new CadreId("K-1"), 2019, CadreGrade.Competent), "$.g[0]")
            .Add(new AnnualGrade(new CadreId("K-404"), 2019, CadreGrade.Competent))
            .Add(new AnnualGrade(new CadreId("K-1"), 2019, CadreGrade.BasicallyCompetent))
            .Build().Problems];

        problems.Select(p => p.Code).Should().Equal(ProblemCodes.UnknownReference, ProblemCodes.GradeNotInScale, ProblemCodes.DuplicateId);
        problems[0].Message.Should().Contain("K-404");
        problems[1].Message.Should().Contain(nameof(CadreGrade.BasicallyCompetent)).And.Contain(GradeScale.ThreeGrade.Name)
            .And.Contain(string.Join(", ", GradeScale.ThreeGrade.Grades.Select(g => g.ChineseName)), "the message lists the scale's grades");
        problems[2].Message.Should().Contain("K-1").And.Contain("2019").And.Contain("$.g[0]");
    }

    // ---- RosterBuilder ----

    [Fact]
    public void RosterBuild_EveryProblem_NamesWhatKindOfRecordAndItsId()
    {
        static AssistanceUnit Unit(string id, params string[] leaders) => new(new UnitId(id), "单位", UnitKind.University,
            FourInOneMechanism.None, leaders.Select(l => new Leader(new LeaderId(l), "甲", LeaderPost.MainLeader, R("2016-01-01"))));
        County county = new(DivisionCode.Parse(C1), "县", Region.Yi, 2020, null);
        Village village = new(VillageCode.Parse(V1), DivisionCode.Parse(C1), "村", 2020, null);
        Village elsewhere = new(VillageCode.Parse(V2), DivisionCode.Parse(C2), "村", 2020, null);
        StationedCadre cadre = new(new CadreId("K-1"), "李", new UnitId(U1), VillageCode.Parse(V1), CadrePost.TeamMember, R("2019-01-01"));
        StationedCadre astray = new(new CadreId("K-1"), "李", new UnitId("U-7"), VillageCode.Parse(V3), CadrePost.TeamMember, R("2019-01-01"));

        Problem[] problems = [.. new RosterBuilder()
            .AddUnit(Unit(U1, "L-1"), "$.r[0]").AddUnit(Unit(U1), "$.r[1]").AddUnit(Unit(U2, "L-1"), "$.r[2]")
            .AddCounty(county, "$.r[3]").AddCounty(county, "$.r[4]")
            .AddVillage(village, "$.r[5]").AddVillage(village, "$.r[6]").AddVillage(elsewhere, "$.r[7]")
            .AddPairing(new CountyPairing(DivisionCode.Parse(C3), new UnitId("U-9"), [new UnitId("U-8")], R("2019-01-01")), "$.r[8]")
            .AddCadre(cadre, "$.r[9]").AddCadre(astray, "$.r[10]")
            .Build().Problems];

        (string Path, string What, string Id, string? First)[] expected =
        [
            ("$.r[1].id", "unit", U1, "$.r[0]"),
            ("$.r[2].leaders[0].id", "leader", "L-1", "$.r[0].leaders[0]"),
            ("$.r[4].code", "county", C1, "$.r[3]"),
            ("$.r[6].code", "village", V1, "$.r[5]"),
            ("$.r[7].county", "county", C2, null),
            ("$.r[8].county", "county", C3, null),
            ("$.r[8].lead", "unit", "U-9", null),
            ("$.r[8].participants[0]", "unit", "U-8", null),
            ("$.r[10].id", "cadre", "K-1", "$.r[9]"),
            ("$.r[10].unit", "unit", "U-7", null),
            ("$.r[10].village", "village", V3, null),
        ];
        problems.Select(p => p.Path).Should().Equal(expected.Select(e => e.Path));
        foreach ((Problem problem, var e) in problems.Zip(expected))
        {
            string message = problem.Message;
            if (e.First is not null)
            {
                message.Should().Contain(e.First);
                message = message.Replace(e.First, "", StringComparison.Ordinal);
            }
            message.Should().Contain(e.What, problem.Path).And.Contain(e.Id, problem.Path);
        }
    }

    // ---- BuildResult ----

    [Fact]
    public void BuildResultValue_OnFailure_NamesTheTypeAndTheFirstProblem()
    {
        BuildResult<Roster> result = new RosterBuilder()
            .AddPairing(new CountyPairing(DivisionCode.Parse(C1), new UnitId("U-9"), [], R("2019-01-01")), "$.p[4]").Build();

        FluentActions.Invoking(() => result.Value).Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Contain(typeof(Roster).Name).And.Contain("$.p[4].county");
    }

    [Fact]
    public void BuildResultGetValueOrThrow_OnFailure_NamesTheType()
    {
        BuildResult<ActivityLedger> result = new ActivityLedgerBuilder(s_roster).Add(Make("A-1", ActivityKind.AnnualPlan, unit: "U-404")).Build();

        FluentActions.Invoking(() => result.GetValueOrThrow()).Should().Throw<InvalidOperationException>()
            .Which.Message.Should().Contain(nameof(ActivityLedger)).And.Contain("$.activities[0].unit");
    }

    // ---- PairingCase ----

    private static PairingCase Case(int year, string? asOf, GradeScale? scale = null, Roster? gradedRoster = null) =>
        new(PolicyEditions.Sichuan2019, year, asOf is null ? null : D(asOf), Standard().BuildLedger(s_roster),
            GradeBook.Empty(gradedRoster ?? s_roster, scale ?? GradeScale.ThreeGrade));

    [Fact]
    public void PairingCaseEffectiveAsOf_Given_IsTheGivenDate()
    {
        PairingCase pairingCase = Case(2019, "2019-06-30");

        pairingCase.AsOf.Should().Be(D("2019-06-30"));
        pairingCase.EffectiveAsOf.Should().Be(D("2019-06-30"));
    }

    [Fact]
    public void PairingCaseEffectiveAsOf_NotGiven_IsTheYearsLastDay()
    {
        PairingCase pairingCase = Case(2020, null);

        pairingCase.AsOf.Should().BeNull();
        pairingCase.EffectiveAsOf.Should().Be(D("2020-12-31"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void PairingCase_YearOutOfRange_IsRefused(int year) =>
        FluentActions.Invoking(() => Case(year, null)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(nameof(year));

    [Theory]
    [InlineData(1)]
    [InlineData(9998)]
    public void PairingCase_YearAtTheEdgesOfItsRange_IsKept(int year) => Case(year, null).Year.Should().Be(year);

    [Fact]
    public void PairingCase_AsOfInAnotherYear_NamesDateAndYear() =>
        FluentActions.Invoking(() => Case(2019, "2018-12-31")).Should().ThrowExactly<ArgumentException>().WithParameterName("asOf")
            .Which.Message.Should().Contain("2018-12-31").And.Contain("2019");

    [Fact]
    public void PairingCase_GradesOfAnotherRoster_SaysRoster() =>
        FluentActions.Invoking(() => Case(2019, null, gradedRoster: Standard().BuildRoster())).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("grades").Which.Message.Should().Contain("roster");

    [Fact]
    public void PairingCase_GradesOnAnotherScale_SaysScale() =>
        FluentActions.Invoking(() => Case(2019, null, scale: GradeScale.FourGrade)).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("grades").Which.Message.Should().Contain("scale");

    [Fact]
    public void PairingCase_NullParts_AreRefused()
    {
        ActivityLedger ledger = Standard().BuildLedger(s_roster);
        GradeBook grades = GradeBook.Empty(s_roster, GradeScale.ThreeGrade);

        FluentActions.Invoking(() => new PairingCase(null!, 2019, null, ledger, grades)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("edition");
        FluentActions.Invoking(() => new PairingCase(PolicyEditions.Sichuan2019, 2019, null, null!, grades)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("ledger");
        FluentActions.Invoking(() => new PairingCase(PolicyEditions.Sichuan2019, 2019, null, ledger, null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("grades");
    }

    // ---- AnnualAssessor ----

    [Fact]
    public void Assess_GradesOfAnotherRoster_SaysRoster() =>
        FluentActions.Invoking(() => AnnualAssessor.Assess(PolicyEditions.Sichuan2019, Standard().BuildLedger(s_roster),
                GradeBook.Empty(Standard().BuildRoster(), GradeScale.ThreeGrade), 2019))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("grades").Which.Message.Should().Contain("roster");
}
