using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Editions;

/// <summary>The assessment under editions stated with <see cref="PolicyEditionBuilder"/>.</summary>
public class EditionAssessmentTests
{
    private static readonly LocalDate s_januaryFirst = new(2019, 1, 1);

    private static PolicyEdition Variant(System.Func<PolicyEditionBuilder, PolicyEditionBuilder> change) =>
        change(PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("variant-2019", 2019)).Build().GetValueOrThrow();

    private static AnnualAssessment Assess(PolicyEdition edition, EditionScenario scenario, LocalDate? asOf = null,
        CadreGrade? grade = null, AssessmentOptions? options = null) =>
        AnnualAssessor.Assess(edition, scenario.Ledger(), scenario.Grades(edition.GradeScale, grade), 2019, asOf, options);

    private static EditionScenario ThreeMainLeaderVisits() => new EditionScenario(s_januaryFirst)
        .Add(ActivityKind.SupervisionVisit, EditionScenario.MainLeader, new LocalDate(2019, 3, 5))
        .Add(ActivityKind.SupervisionVisit, EditionScenario.MainLeader, new LocalDate(2019, 6, 5))
        .Add(ActivityKind.SupervisionVisit, EditionScenario.MainLeader, new LocalDate(2019, 9, 5));

    [Fact]
    public void Assess_MainLeaderVisitsMinimumRaisedToFour_RequiresFourAndIsShort()
    {
        EditionScenario scenario = ThreeMainLeaderVisits();

        DutyResult sichuan = Assess(PolicyEditions.Sichuan2019, scenario).Units.Single().Duty(RuleIds.DutyMainLeaderVisits)!;
        DutyResult raised = Assess(Variant(b => b.SetMinimum(RuleIds.DutyMainLeaderVisits, 4)), scenario)
            .Units.Single().Duty(RuleIds.DutyMainLeaderVisits)!;

        sichuan.Required.Should().Be(2);
        sichuan.Status.Should().Be(DutyStatus.Met);
        raised.Required.Should().Be(4);
        raised.Recorded.Should().Be(3);
        raised.Shortfall.Should().Be(1);
        raised.Status.Should().Be(DutyStatus.Short);
    }

    [Fact]
    public void Assess_MainLeaderVisitsMadeQuarterly_NamesTheShortQuarter()
    {
        DutyResult result = Assess(Variant(b => b.SetPeriod(RuleIds.DutyMainLeaderVisits, DutyPeriodKind.Quarter)
                .SetMinimum(RuleIds.DutyMainLeaderVisits, 1)), ThreeMainLeaderVisits())
            .Units.Single().Duty(RuleIds.DutyMainLeaderVisits)!;

        result.Required.Should().Be(4);
        result.Recorded.Should().Be(3);
        result.ShortPeriods.Select(p => p.ToString()).Should().Equal("2019-Q4");
    }

    [Fact]
    public void Assess_DutySwitchedOff_IsNotAmongTheUnitsDuties()
    {
        EditionScenario scenario = ThreeMainLeaderVisits();

        UnitAssessment sichuan = Assess(PolicyEditions.Sichuan2019, scenario).Units.Single();
        UnitAssessment off = Assess(Variant(b => b.SetEnabled(RuleIds.DutyStudyTour, false)), scenario).Units.Single();

        sichuan.Duty(RuleIds.DutyStudyTour).Should().NotBeNull();
        off.Duty(RuleIds.DutyStudyTour).Should().BeNull();
        off.Duties.Should().HaveCount(sichuan.Duties.Length - 1);
    }

    [Fact]
    public void Assess_DutyAdded_IsEvaluatedAfterTheCatalogue()
    {
        var quarterly = new DutyRule(new RuleId("DUTY-TEST-VISITS"), "测试", "test", "TEST §1", DutyHolder.Unit,
            ActivityKind.SupervisionVisit, 1, DutyPeriodKind.Quarter, CountingScope.PerUnit);

        UnitAssessment unit = Assess(Variant(b => b.AddRule(quarterly)), ThreeMainLeaderVisits()).Units.Single();

        unit.Duties[^1].Rule.Should().Be(new RuleId("DUTY-TEST-VISITS"));
        unit.Duties[^1].Recorded.Should().Be(3);
        unit.Duties[^1].ShortPeriods.Select(p => p.ToString()).Should().Equal("2019-Q4");
    }

    [Fact]
    public void Assess_ProrateSetAside_RequiresTheFullYearFromAMidYearPairing()
    {
        var scenario = new EditionScenario(new LocalDate(2019, 7, 1));

        UnitAssessment prorated = Assess(PolicyEditions.Sichuan2019, scenario).Units.Single();
        UnitAssessment full = Assess(Variant(b => b.SetInterpretation(InterpretationIds.ProrateByQuarter, false)), scenario).Units.Single();

        prorated.Duty(RuleIds.DutyMainLeaderVisits)!.Required.Should().Be(1);
        prorated.Duty(RuleIds.DutyDeputyVisits)!.Required.Should().Be(2);
        prorated.Duty(RuleIds.DutyNightSchool)!.Required.Should().Be(2);
        full.Duty(RuleIds.DutyMainLeaderVisits)!.Required.Should().Be(2);
        full.Duty(RuleIds.DutyDeputyVisits)!.Required.Should().Be(4);
        full.Duty(RuleIds.DutyNightSchool)!.Required.Should().Be(4);
    }

    [Fact]
    public void Assess_ProrateSetAside_QuartersBeforeThePairingAreShort()
    {
        var scenario = new EditionScenario(new LocalDate(2019, 7, 1));

        DutyResult deputy = Assess(Variant(b => b.SetInterpretation(InterpretationIds.ProrateByQuarter, false)), scenario)
            .Units.Single().Duty(RuleIds.DutyDeputyVisits)!;

        deputy.ShortPeriods.Select(p => p.ToString()).Should().Equal("2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4");
    }

    [Fact]
    public void GradeBookBuilder_FourGradeEdition_AcceptsBasicallyCompetent()
    {
        PolicyEdition fourGrade = Variant(b => b.WithGradeScale(GradeScale.FourGrade));
        var scenario = new EditionScenario(s_januaryFirst);
        var grade = new AnnualGrade(EditionScenario.Cadre, 2019, CadreGrade.BasicallyCompetent);

        BuildResult<GradeBook> four = new GradeBookBuilder(scenario.Roster, fourGrade.GradeScale).Add(grade).Build();
        BuildResult<GradeBook> three = new GradeBookBuilder(scenario.Roster, PolicyEditions.Sichuan2019.GradeScale).Add(grade).Build();

        four.Success.Should().BeTrue();
        four.Value.GradeOf(EditionScenario.Cadre, 2019).Should().Be(CadreGrade.BasicallyCompetent);
        three.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.GradeNotInScale, "$.cadreGrades[0].grade"));
    }

    [Fact]
    public void Assess_FourGradeBasicallyCompetent_NeitherBundlesNorRecalls()
    {
        PolicyEdition fourGrade = Variant(b => b.WithGradeScale(GradeScale.FourGrade));

        AnnualAssessment assessment = Assess(fourGrade, ThreeMainLeaderVisits(), grade: CadreGrade.BasicallyCompetent);

        assessment.Units.Single().Excellence.BlockedBy.Select(b => b.Rule).Should().NotContain(RuleIds.BundleCadre);
        assessment.Cadres.Single().Actions.Should().BeEmpty();
    }

    [Fact]
    public void Assess_FourGradeIncompetent_BundlesAndRecalls()
    {
        PolicyEdition fourGrade = Variant(b => b.WithGradeScale(GradeScale.FourGrade));

        AnnualAssessment assessment = Assess(fourGrade, ThreeMainLeaderVisits(), grade: CadreGrade.Incompetent);

        assessment.Units.Single().Excellence.BlockedBy.Should().Contain(new ExcellenceBlock(RuleIds.BundleCadre, EditionScenario.Cadre.Value));
        assessment.Cadres.Single().Actions.Should().Equal(RuleIds.CadreRecall);
    }

    [Fact]
    public void Assess_BundleCadreSwitchedOff_IncompetentGradeDoesNotBlock()
    {
        AnnualAssessment assessment = Assess(Variant(b => b.SetEnabled(RuleIds.BundleCadre, false)), ThreeMainLeaderVisits(),
            grade: CadreGrade.Incompetent);

        assessment.Units.Single().Excellence.BlockedBy.Select(b => b.Rule).Should().NotContain(RuleIds.BundleCadre);
    }

    [Fact]
    public void Assess_EditionOfAnotherYearIdentity_OptedIn_StillAssessesTheGivenYear()
    {
        PolicyEdition edition = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("sichuan-2020-example", 2020)
            .Build().GetValueOrThrow();

        AnnualAssessment assessment = Assess(edition, ThreeMainLeaderVisits(), options: new AssessmentOptions(AllowYearOutsideEdition: true));

        assessment.Year.Should().Be(2019);
        assessment.Edition.Should().BeSameAs(edition);
        assessment.Units.Single().Duty(RuleIds.DutyMainLeaderVisits)!.Recorded.Should().Be(3);
    }

    [Fact]
    public void Assess_EditionOfAnotherYearIdentity_NotOptedIn_IsRefusedNamingTheEdition()
    {
        PolicyEdition edition = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("sichuan-2020-example", 2020)
            .Build().GetValueOrThrow();

        FluentActions.Invoking(() => Assess(edition, ThreeMainLeaderVisits()))
            .Should().ThrowExactly<YearOutsideEditionException>().WithParameterName("year")
            .Which.EditionId.Should().Be("sichuan-2020-example");
    }
}
