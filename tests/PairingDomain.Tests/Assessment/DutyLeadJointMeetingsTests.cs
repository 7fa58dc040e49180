using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// DUTY-LEAD-JOINT-MEETINGS, §III.1: "牵头单位要……落实定点帮扶工作联席会议制度，组织参与单位和联系县召开专题扶贫会议每年至少 2 次"
/// — counted per county led.
/// </summary>
public class DutyLeadJointMeetingsTests
{
    private static readonly RuleId s_rule = RuleIds.DutyLeadJointMeetings;

    [Fact]
    public void Assess_TwoJointMeetingsInTheYear_IsMet()
    {
        var a = Standard().JointMeeting("A-1", U1, "2019-03-01").JointMeeting("A-2", U1, "2019-09-01").Assess();
        DutyResult d = a.Duty(U1, s_rule);
        (d.Required, d.Recorded, d.Status, d.Shortfall).Should().Be((2, 2, DutyStatus.Met, 0));
        d.Source.Should().Be("SC-2019-4 §III.1");
        d.ShortPeriods.Should().BeEmpty();
        d.Evidence.Should().Equal(new ActivityId("A-1"), new ActivityId("A-2"));
    }

    [Fact]
    public void Assess_OneJointMeeting_IsShortForTheYear()
    {
        var a = Standard().JointMeeting("A-1", U1, "2019-03-01").Assess();
        DutyResult d = a.Duty(U1, s_rule);
        (d.Required, d.Recorded, d.Status, d.Shortfall).Should().Be((2, 1, DutyStatus.Short, 1));
        d.ShortPeriodTexts().Should().Equal("2019");
    }

    [Fact]
    public void Assess_ParticipantsJointMeeting_CountsForNoOneAndParticipantOwesNone()
    {
        var a = Standard().Unit(U2).Main(U2, M2).Pairing(C1, U1, participants: U2)
            .JointMeeting("A-1", U2, "2019-03-01").JointMeeting("A-2", U2, "2019-04-01")
            .Assess();
        a.Unit(U2).Duty(s_rule).Should().BeNull();
        a.Duty(U1, s_rule).Recorded.Should().Be(0);
        a.Findings.Should().NotContain(f => f.Rule == RuleIds.ActivityOutsidePairing);
    }

    [Fact]
    public void Assess_UnitLeadingTwoCounties_NeedsTwoAtEach()
    {
        // case-format.md: "a unit leading two counties needs 4 joint meetings, 2 at each".
        var a = Standard().County(C2).Pairing(C2, U1)
            .JointMeeting("A-1", U1, "2019-02-01").JointMeeting("A-2", U1, "2019-05-01").JointMeeting("A-3", U1, "2019-08-01")
            .JointMeeting("A-4", U1, "2019-08-02", C2)
            .Assess();
        DutyResult d = a.Duty(U1, s_rule);
        (d.Required, d.Recorded, d.Status).Should().Be((4, 4, DutyStatus.Short));
        d.ShortPeriodTexts().Should().Equal("2019");
    }

    [Fact]
    public void Assess_UnitLeadingTwoCountiesTwoAtEach_IsMet()
    {
        var a = Standard().County(C2).Pairing(C2, U1)
            .JointMeeting("A-1", U1, "2019-02-01").JointMeeting("A-2", U1, "2019-05-01")
            .JointMeeting("A-3", U1, "2019-08-01", C2).JointMeeting("A-4", U1, "2019-08-02", C2)
            .Assess();
        a.Duty(U1, s_rule).Status.Should().Be(DutyStatus.Met);
    }

    [Theory]
    [InlineData("2019-04-01", 2)]
    [InlineData("2019-05-15", 1)]
    [InlineData("2019-07-01", 1)]
    [InlineData("2019-10-02", 0)]
    public void Assess_LeadFromMidYear_ProratesByWholeQuartersRoundedUp(string from, int required)
    {
        // PRORATE-BY-QUARTER: "A unit leading one county for Q3–Q4 needs ceil(2 × 2/4) = 1 joint meeting there."
        var a = new TestRoster().Unit(U1).Main(U1, M1).County(C1).Pairing(C1, U1, from).Assess();
        a.Duty(U1, s_rule).Required.Should().Be(required);
    }

    [Fact]
    public void Assess_ParticipantBecomesLeadOnFirstOfJuly_NeedsOneAndEarlierMeetingIsNotLead()
    {
        var a = new TestRoster().Unit(U1).Unit(U2).County(C1)
            .Pairing(C1, U2, "2018-01-01", "2019-06-30", U1).Pairing(C1, U1, "2019-07-01")
            .JointMeeting("A-1", U1, "2019-03-01").JointMeeting("A-2", U1, "2019-08-01")
            .Assess();
        DutyResult d = a.Duty(U1, s_rule);
        (d.Required, d.Recorded, d.Status).Should().Be((1, 1, DutyStatus.Met));
        a.Explain(new UnitId(U1), s_rule).Judgements[0].Verdict.Should().Be(ActivityVerdict.NotLeadUnit);
    }

    [Fact]
    public void Assess_MinimumRaisedToThree_TwoMeetingsAreShort()
    {
        var a = Standard().JointMeeting("A-1", U1, "2019-03-01").JointMeeting("A-2", U1, "2019-09-01")
            .Assess(edition: PolicyEditions.Sichuan2019.WithDutyMinimum(s_rule, 3));
        (a.Duty(U1, s_rule).Required, a.Duty(U1, s_rule).Status).Should().Be((3, DutyStatus.Short));
    }
}
