using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Policy;

public sealed partial class PolicyEditionBuilderTests
{
    private static PolicyEditionBuilder FromSichuan() =>
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("test-2020", 2020);

    private static DutyRule QuarterlyVisits(string id) =>
        new(new RuleId(id), "测试", "test", "TEST §1", DutyHolder.Unit, ActivityKind.SupervisionVisit, 1,
            DutyPeriodKind.Quarter, CountingScope.PerUnit);

    [Fact]
    public void Build_FromSichuanUnchanged_StatesTheSameRules()
    {
        PolicyEdition edition = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).Build().GetValueOrThrow();

        edition.Rules.Select(r => r.Id).Should().Equal(PolicyEditions.Sichuan2019.Rules.Select(r => r.Id));
        edition.Duties.Select(d => d.Id).Should().Equal(PolicyEditions.Sichuan2019.Duties.Select(d => d.Id));
        edition.GradeScale.Should().Be(GradeScale.ThreeGrade);
        EditionDiff.Compare(PolicyEditions.Sichuan2019, edition).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void SetMinimum_ExistingDuty_ChangesOnlyThatMinimum()
    {
        PolicyEdition edition = FromSichuan().SetMinimum(RuleIds.DutyMainLeaderVisits, 4).Build().GetValueOrThrow();

        var duty = (DutyRule)edition.GetRule(RuleIds.DutyMainLeaderVisits);
        duty.Minimum.Should().Be(4);
        duty.Period.Should().Be(DutyPeriodKind.Year);
        duty.Scope.Should().Be(CountingScope.PerUnit);
        ((DutyRule)PolicyEditions.Sichuan2019.GetRule(RuleIds.DutyMainLeaderVisits)).Minimum.Should().Be(2);
    }

    [Fact]
    public void SetPeriod_QuarterlyOnAVisitDuty_IsAccepted()
    {
        PolicyEdition edition = FromSichuan().SetPeriod(RuleIds.DutyMainLeaderVisits, DutyPeriodKind.Quarter)
            .Build().GetValueOrThrow();

        ((DutyRule)edition.GetRule(RuleIds.DutyMainLeaderVisits)).Period.Should().Be(DutyPeriodKind.Quarter);
    }

    [Fact]
    public void SetEnabled_False_KeepsTheRuleListedButNotApplied()
    {
        PolicyEdition edition = FromSichuan().SetEnabled(RuleIds.DutyStudyTour, false).Build().GetValueOrThrow();

        edition.FindRule(RuleIds.DutyStudyTour).Should().NotBeNull();
        edition.Applies(RuleIds.DutyStudyTour).Should().BeFalse();
        edition.Duties.Select(d => d.Id).Should().NotContain(RuleIds.DutyStudyTour);
    }

    [Fact]
    public void SetEnabled_CadreDaysOn_IsAcceptedNowThatItIsEvaluated()
    {
        PolicyEdition edition = FromSichuan().SetEnabled(RuleIds.DutyCadreDays, true).Build().GetValueOrThrow();

        edition.Applies(RuleIds.DutyCadreDays).Should().BeTrue();
        edition.Duties.Should().NotContain(d => d.Id == RuleIds.DutyCadreDays);
    }

    [Fact]
    public void SetEnabled_EvaluatedRuleOffThenOn_AppliesAgain()
    {
        PolicyEdition edition = FromSichuan().SetEnabled(RuleIds.BundleCadre, false).SetEnabled(RuleIds.BundleCadre, true)
            .Build().GetValueOrThrow();

        edition.Applies(RuleIds.BundleCadre).Should().BeTrue();
    }

    [Fact]
    public void AddRule_NewDuty_IsEvaluatedAfterTheCatalogue()
    {
        PolicyEdition edition = FromSichuan().AddRule(QuarterlyVisits("DUTY-TEST-VISITS")).Build().GetValueOrThrow();

        edition.Rules[^1].Id.Should().Be(new RuleId("DUTY-TEST-VISITS"));
        edition.Duties[^1].Id.Should().Be(new RuleId("DUTY-TEST-VISITS"));
        edition.Duties.Should().HaveCount(PolicyEditions.Sichuan2019.Duties.Length + 1);
    }

    [Fact]
    public void WithGradeScale_FourGrade_IsTheEditionsScale()
    {
        PolicyEdition edition = FromSichuan().WithGradeScale(GradeScale.FourGrade).Build().GetValueOrThrow();

        edition.GradeScale.Should().Be(GradeScale.FourGrade);
        edition.GradeScale.Contains(CadreGrade.BasicallyCompetent).Should().BeTrue();
    }

    [Fact]
    public void SetInterpretation_SetAside_IsNotAdopted()
    {
        PolicyEdition edition = FromSichuan().SetInterpretation(InterpretationIds.ProrateByQuarter, false)
            .Build().GetValueOrThrow();

        edition.Adopts(InterpretationIds.ProrateByQuarter).Should().BeFalse();
        edition.Interpretations.Should().HaveCount(PolicyEditions.Sichuan2019.Interpretations.Length);
        PolicyEditions.Sichuan2019.Adopts(InterpretationIds.ProrateByQuarter).Should().BeTrue();
    }

    [Fact]
    public void SetInterpretation_NewReading_IsAddedOnce()
    {
        var reading = new Interpretation(new InterpretationId("TEST-READING"), "测试", "test");
        PolicyEdition edition = FromSichuan().SetInterpretation(reading).SetInterpretation(reading with { IsAdopted = false })
            .Build().GetValueOrThrow();

        edition.Interpretations.Count(i => i.Id == new InterpretationId("TEST-READING")).Should().Be(1);
        edition.Adopts(new InterpretationId("TEST-READING")).Should().BeFalse();
    }

    [Fact]
    public void Build_CalledTwice_EditionIsNotChangedByLaterCalls()
    {
        PolicyEditionBuilder builder = FromSichuan();
        PolicyEdition first = builder.Build().GetValueOrThrow();

        builder.SetMinimum(RuleIds.DutyNightSchool, 8).WithGradeScale(GradeScale.FourGrade);
        PolicyEdition second = builder.Build().GetValueOrThrow();

        ((DutyRule)first.GetRule(RuleIds.DutyNightSchool)).Minimum.Should().Be(4);
        first.GradeScale.Should().Be(GradeScale.ThreeGrade);
        ((DutyRule)second.GetRule(RuleIds.DutyNightSchool)).Minimum.Should().Be(8);
    }

    [Fact]
    public void Empty_WithOneDuty_BuildsAnEditionOfThatDuty()
    {
        PolicyEdition edition = PolicyEditionBuilder.Empty("guangxi-2020", 2020)
            .AddRule(QuarterlyVisits("DUTY-TEST-VISITS")).Build().GetValueOrThrow();

        edition.Id.Should().Be("guangxi-2020");
        edition.Year.Should().Be(2020);
        edition.Rules.Should().ContainSingle();
        edition.Interpretations.Should().BeEmpty();
        edition.GradeScale.Should().Be(GradeScale.ThreeGrade);
    }

    // Refusals: each says which rule and why, by code and path.

    [Fact]
    public void Build_QuarterlyAnnualPlan_IsRefusedAsYearlyOnly()
    {
        BuildResult<PolicyEdition> result = FromSichuan().SetPeriod(RuleIds.DutyAnnualPlan, DutyPeriodKind.Quarter).Build();

        result.Success.Should().BeFalse();
        result.Problems.Should().ContainSingle()
            .Which.Should().Match<Problem>(p => p.Code == ProblemCodes.InvalidValue && p.Path == "rules[DUTY-ANNUAL-PLAN].period");
    }

    [Fact]
    public void Build_QuarterlyWorkCommitteeDuty_IsRefusedAsYearlyOnly()
    {
        BuildResult<PolicyEdition> result = FromSichuan().SetPeriod(RuleIds.DutyCommitteeTraining, DutyPeriodKind.Quarter).Build();

        result.Problems.Should().ContainSingle()
            .Which.Should().Match<Problem>(p => p.Code == ProblemCodes.InvalidValue && p.Path == "rules[DUTY-COMMITTEE-TRAINING].period");
    }

    [Fact]
    public void Build_AddedQuarterlyAnnualPlanDuty_IsRefused()
    {
        var plan = new DutyRule(new RuleId("DUTY-TEST-PLAN"), "测试", "test", "TEST §1", DutyHolder.Unit, ActivityKind.AnnualPlan, 1,
            DutyPeriodKind.Quarter, CountingScope.PerCountyAssisted);

        BuildResult<PolicyEdition> result = PolicyEditionBuilder.Empty("x-2020", 2020).AddRule(plan).Build();

        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.InvalidValue, "rules[DUTY-TEST-PLAN].period"));
    }

    [Fact]
    public void Build_DuplicateRuleId_IsRefused()
    {
        BuildResult<PolicyEdition> result = FromSichuan().AddRule(QuarterlyVisits("DUTY-MAIN-LEADER-VISITS")).Build();

        result.Problems.Should().ContainSingle()
            .Which.Should().Match<Problem>(p => p.Code == ProblemCodes.DuplicateId && p.Path == "rules[DUTY-MAIN-LEADER-VISITS]");
    }

    [Fact]
    public void SetMinimum_Negative_IsRefused()
    {
        BuildResult<PolicyEdition> result = FromSichuan().SetMinimum(RuleIds.DutyNightSchool, -1).Build();

        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.InvalidValue, "rules[DUTY-NIGHT-SCHOOL].minimum"));
    }

    [Fact]
    public void SetMinimum_RuleNotInEdition_IsRefusedAsUnknown()
    {
        BuildResult<PolicyEdition> result = PolicyEditionBuilder.Empty("x-2020", 2020).SetMinimum(RuleIds.DutyNightSchool, 2).Build();

        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.UnknownReference, "rules[DUTY-NIGHT-SCHOOL]"));
    }

    [Fact]
    public void SetMinimum_RuleThatIsNotADuty_IsRefused()
    {
        BuildResult<PolicyEdition> result = FromSichuan().SetMinimum(RuleIds.MechFourInOne, 2).Build();

        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.InvalidValue, "rules[MECH-FOUR-IN-ONE]"));
    }

    [Fact]
    public void SetScope_PerCountyLedOnAMainLeaderDuty_IsRefused()
    {
        BuildResult<PolicyEdition> result = FromSichuan().SetScope(RuleIds.DutyMainLeaderVisits, CountingScope.PerCountyLed).Build();

        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.InvalidValue, "rules[DUTY-MAIN-LEADER-VISITS].scope"));
    }

    [Fact]
    public void Build_JointMeetingsCountedPerUnit_IsRefused()
    {
        BuildResult<PolicyEdition> result = FromSichuan().SetScope(RuleIds.DutyLeadJointMeetings, CountingScope.PerUnit).Build();

        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.InvalidValue, "rules[DUTY-LEAD-JOINT-MEETINGS].scope"));
    }

    [Fact]
    public void RemoveRule_RuleNotInEdition_IsRefusedAsUnknown()
    {
        BuildResult<PolicyEdition> result = FromSichuan().RemoveRule(RuleIds.DutyNightSchool).RemoveRule(RuleIds.DutyNightSchool).Build();

        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.UnknownReference, "rules[DUTY-NIGHT-SCHOOL]"));
    }

    [Fact]
    public void SetEnabled_RuleNotInEdition_IsRefusedAsUnknown()
    {
        BuildResult<PolicyEdition> result = PolicyEditionBuilder.Empty("x-2020", 2020).SetEnabled(RuleIds.BundleCadre, false).Build();

        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.UnknownReference, "rules[BUNDLE-CADRE]"));
    }

    [Fact]
    public void SetInterpretation_UnknownId_IsRefused()
    {
        BuildResult<PolicyEdition> result = FromSichuan().SetInterpretation(new InterpretationId("NO-SUCH-READING"), false).Build();

        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.UnknownReference, "interpretations[NO-SUCH-READING]"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Build_BlankIdentifier_IsRefused(string id)
    {
        BuildResult<PolicyEdition> result = FromSichuan().WithIdentity(id, 2020).Build();

        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.MissingField, "id"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void Build_YearOutOfRange_IsRefused(int year)
    {
        BuildResult<PolicyEdition> result = FromSichuan().WithIdentity("x", year).Build();

        result.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.InvalidValue, "year"));
    }

    [Theory]
    [InlineData("", "English")]
    [InlineData("中文", " ")]
    public void Build_BlankTitle_IsRefused(string chinese, string english)
    {
        BuildResult<PolicyEdition> result = FromSichuan().WithTitles(chinese, english).Build();

        result.Problems.Select(p => p.Code).Should().Equal(ProblemCodes.MissingField);
    }

    [Fact]
    public void Build_SeveralImpossibilities_ReportsEveryOne()
    {
        BuildResult<PolicyEdition> result = FromSichuan()
            .SetPeriod(RuleIds.DutyAnnualPlan, DutyPeriodKind.Quarter)
            .AddRule(QuarterlyVisits("DUTY-NIGHT-SCHOOL"))
            .SetMinimum(new RuleId("DUTY-NOT-THERE"), 1)
            .Build();

        result.Success.Should().BeFalse();
        result.Problems.Select(p => p.Code).Should().BeEquivalentTo(
            [ProblemCodes.InvalidValue, ProblemCodes.DuplicateId, ProblemCodes.UnknownReference]);
    }
}
