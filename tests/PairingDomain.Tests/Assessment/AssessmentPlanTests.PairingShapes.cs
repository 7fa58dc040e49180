using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// How a county's pairings are split or listed does not change what a unit owes (issue 7: removing the sort of pairing
/// spans and toggling instead of setting the lead flag both survived), and shortfalls at two counties do not cancel.
/// </summary>
public sealed partial class AssessmentPlanTests
{
    private static TestRoster Base() => new TestRoster().Unit(U1).Main(U1, M1).Deputy(U1, D1).County(C1).County(C2);

    private static (string, int, int, string)[] Duties(AnnualAssessment a) =>
        [.. a.Unit(U1).Duties.Select(d => (d.Rule.Value, d.Required, d.Recorded, d.Status.Name))];

    [Fact]
    public void Assess_OnePairingSplitInTwoAbuttingPairings_OwesTheSame()
    {
        AnnualAssessment whole = Base().Pairing(C1, U1, "2019-01-01", "2019-12-31").JointMeeting("A-1", U1, "2019-03-01").Assess();
        AnnualAssessment split = Base().Pairing(C1, U1, "2019-01-01", "2019-06-30").Pairing(C1, U1, "2019-07-01", "2019-12-31")
            .JointMeeting("A-1", U1, "2019-03-01").Assess();

        Duties(split).Should().Equal(Duties(whole));
        split.Unit(U1).Duty(RuleIds.DutyLeadJointMeetings).Should().NotBeNull();
    }

    [Fact]
    public void Assess_PairingsListedOutOfDateOrder_OweTheSame()
    {
        AnnualAssessment ordered = Base().Pairing(C1, U1, "2019-01-01", "2019-05-15").Pairing(C1, U1, "2019-05-16", "2019-12-31").Assess();
        AnnualAssessment reversed = Base().Pairing(C1, U1, "2019-05-16", "2019-12-31").Pairing(C1, U1, "2019-01-01", "2019-05-15").Assess();

        Duties(reversed).Should().Equal(Duties(ordered));
        ordered.Unit(U1).Duty(RuleIds.DutyAnnualPlan)!.Required.Should().Be(1);
    }

    [Fact]
    public void Assess_PairingsWithAOneDayGap_LoseTheQuarterOfTheGap()
    {
        AnnualAssessment gap = Base().Pairing(C1, U1, "2019-01-01", "2019-05-15").Pairing(C1, U1, "2019-05-17", "2019-12-31").Assess();

        // Q2 is not covered on every day: a quarterly duty owes three quarters.
        DutyResult deputy = gap.Unit(U1).Duty(RuleIds.DutyDeputyVisits)!;
        deputy.Required.Should().Be(PolicyEditions.Sichuan2019.Duties.Single(d => d.Id == RuleIds.DutyDeputyVisits).Minimum * 3);
    }

    [Fact]
    public void Assess_PairingStartingOnAQuartersLastDay_DoesNotCoverThatQuarter()
    {
        AnnualAssessment late = Base().Pairing(C1, U1, "2019-06-30").Assess();

        late.Unit(U1).Duty(RuleIds.DutyDeputyVisits)!.Required
            .Should().Be(PolicyEditions.Sichuan2019.Duties.Single(d => d.Id == RuleIds.DutyDeputyVisits).Minimum * 2);
    }

    [Fact]
    public void Assess_ShortAtTwoCounties_IsShortNotCancelledOut()
    {
        AnnualAssessment a = Base().Pairing(C1, U1, "2019-01-01").Pairing(C2, U1, "2019-01-01").Assess();

        DutyResult plan = a.Unit(U1).Duty(RuleIds.DutyAnnualPlan)!;
        plan.Required.Should().Be(2);
        plan.Status.Should().Be(DutyStatus.Short);
        plan.ShortPeriods.Select(p => p.ToString()).Should().Equal("2019");
        DutyResult joint = a.Unit(U1).Duty(RuleIds.DutyLeadJointMeetings)!;
        joint.Status.Should().Be(DutyStatus.Short);
        joint.ShortPeriods.Select(p => p.ToString()).Should().Equal("2019");
    }

    [Fact]
    public void Assess_ShortAtOneOfTwoCounties_IsShort()
    {
        AnnualAssessment a = Base().Pairing(C1, U1, "2019-01-01").Pairing(C2, U1, "2019-01-01")
            .Plan("A-1", U1, "2019-03-01", C1).Assess();

        a.Unit(U1).Duty(RuleIds.DutyAnnualPlan)!.Status.Should().Be(DutyStatus.Short);
    }
}
