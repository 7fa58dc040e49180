using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// Each interpretation the assessment consults is an overridable parameter of the edition: not adopting it changes the
/// result the way its alternative reading says.
/// </summary>
public class InterpretationOverrideTests
{
    private static PolicyEdition Without(InterpretationId interpretation) =>
        PolicyEditions.Sichuan2019.WithInterpretation(interpretation, adopted: false);

    [Fact]
    public void Assess_ProrateByQuarterNotAdopted_MidYearLeadOwesTheFullYear()
    {
        TestRoster records = new TestRoster().Unit(U1).Deputy(U1, D1).County(C1).Pairing(C1, U1, "2019-07-01")
            .Visit("A-1", U1, D1, "2019-08-01").Visit("A-2", U1, D1, "2019-11-01");
        AnnualAssessment adopted = records.Assess();
        AnnualAssessment notAdopted = records.Assess(edition: Without(InterpretationIds.ProrateByQuarter));

        adopted.Duty(U1, RuleIds.DutyLeadJointMeetings).Required.Should().Be(1);
        notAdopted.Duty(U1, RuleIds.DutyLeadJointMeetings).Required.Should().Be(2);
        adopted.Duty(U1, RuleIds.DutyDeputyVisits).Status.Should().Be(DutyStatus.Met);
        notAdopted.Duty(U1, RuleIds.DutyDeputyVisits).ShortPeriodTexts().Should().Equal("2019-Q1", "2019-Q2");
        notAdopted.Duty(U1, RuleIds.DutyNightSchool).Required.Should().Be(4);
    }

    [Fact]
    public void Assess_BundleCountyBindsParticipantsNotAdopted_OnlyTheLeadIsBarred()
    {
        TestRoster records = new TestRoster().Unit(U1).Unit(U2).County(C2, 2019, null).Pairing(C2, U1, participants: U2);
        records.Assess().Unit(U2).Excellence.Eligible.Should().BeFalse();
        AnnualAssessment notAdopted = records.Assess(edition: Without(InterpretationIds.BundleCountyBindsParticipants));
        notAdopted.Unit(U1).Excellence.Blocks().Should().Equal((RuleIds.BundleCounty.Value, C2));
        notAdopted.Unit(U2).Excellence.Eligible.Should().BeTrue();
    }

    [Fact]
    public void Assess_PerCountyMinimumEachNotAdopted_TotalAcrossCountiesSuffices()
    {
        TestRoster records = Standard().County(C2).Pairing(C2, U1).Plan("A-1", U1, "2019-01-10").Plan("A-2", U1, "2019-02-10");
        records.Assess().Duty(U1, RuleIds.DutyAnnualPlan).Status.Should().Be(DutyStatus.Short);
        records.Assess(edition: Without(InterpretationIds.PerCountyMinimumEach)).Duty(U1, RuleIds.DutyAnnualPlan).Status
            .Should().Be(DutyStatus.Met);
    }

    [Fact]
    public void Assess_UnitMeetingNeedsPairingNotAdopted_MeetingOnUnpairedDayCountsWithoutFinding()
    {
        TestRoster records = new TestRoster().Unit(U1).Main(U1, M1).County(C1).Pairing(C1, U1, "2019-07-01")
            .LeadershipMeeting("A-1", U1, M1, "2019-03-01");
        AnnualAssessment notAdopted = records.Assess(edition: Without(InterpretationIds.UnitMeetingNeedsPairing));
        notAdopted.Duty(U1, RuleIds.DutyMainLeaderMeetings).Recorded.Should().Be(1);
        notAdopted.Findings.Should().BeEmpty();
        records.Assess().Duty(U1, RuleIds.DutyMainLeaderMeetings).Recorded.Should().Be(0);
    }

    [Fact]
    public void Assess_WholeQuarterCoverageNotAdopted_QuarterWithAnyPairedDayIsInForce()
    {
        // The pairing starts on 15 August: Q3 is partly in force, Q4 wholly.
        TestRoster records = new TestRoster().Unit(U1).Deputy(U1, D1).County(C1).Pairing(C1, U1, "2019-08-15")
            .Visit("A-1", U1, D1, "2019-11-01");
        records.Assess().Duty(U1, RuleIds.DutyDeputyVisits).Required.Should().Be(1);
        AnnualAssessment notAdopted = records.Assess(edition: Without(InterpretationIds.WholeQuarterCoverage));
        notAdopted.Duty(U1, RuleIds.DutyDeputyVisits).Required.Should().Be(2);
        notAdopted.Duty(U1, RuleIds.DutyDeputyVisits).ShortPeriodTexts().Should().Equal("2019-Q3");
    }

    [Theory]
    [InlineData("VISITS-PER-UNIT")]
    [InlineData("MAIN-LEADER-MEETINGS-YEARLY")]
    [InlineData("PAIRING-FINDING-SUBJECT")]
    [InlineData("MECHANISM-FOR-EVERY-UNIT")]
    public void SetInterpretation_ReadingTheLibraryAloneImplements_IsRefused(string interpretation)
    {
        BuildResult<PolicyEdition> result = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019)
            .SetInterpretation(new InterpretationId(interpretation), adopted: false).Build();
        result.Success.Should().BeFalse();
        result.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.InvalidValue);
    }

    [Fact]
    public void Assess_RecallOnIncompetentNotAdopted_IncompetentGradeAsksNoRecall()
    {
        TestRoster records = Standard().Grade("K-1", PairingDomain.Cadres.CadreGrade.Incompetent);
        records.Assess().Cadres[0].Actions.Should().Equal(RuleIds.CadreRecall);
        AnnualAssessment notAdopted = records.Assess(edition: Without(InterpretationIds.RecallOnIncompetent));
        notAdopted.Cadres[0].Actions.Should().BeEmpty();
        notAdopted.Unit(U1).Excellence.Blocks().Should().Equal((RuleIds.BundleCadre.Value, "K-1"));
    }
}
