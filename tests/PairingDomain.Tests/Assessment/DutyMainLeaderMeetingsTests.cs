using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// DUTY-MAIN-LEADER-MEETINGS, §III.2: "要定期组织召开帮扶工作专题会议" — "regularly" read as at least once a year
/// (Interpretation MAIN-LEADER-MEETINGS-YEARLY), convened by the main leader.
/// </summary>
public class DutyMainLeaderMeetingsTests
{
    private static readonly RuleId s_rule = RuleIds.DutyMainLeaderMeetings;

    [Fact]
    public void Assess_OneMeetingAtTheUnit_IsMet()
    {
        var a = Standard().LeadershipMeeting("A-1", U1, M1, "2019-02-14").Assess();
        (a.Duty(U1, s_rule).Required, a.Duty(U1, s_rule).Recorded, a.Duty(U1, s_rule).Status).Should().Be((1, 1, DutyStatus.Met));
    }

    [Fact]
    public void Assess_NoMeeting_IsShort()
    {
        var a = Standard().Assess();
        a.Duty(U1, s_rule).Status.Should().Be(DutyStatus.Short);
        a.Duty(U1, s_rule).ShortPeriodTexts().Should().Equal("2019");
    }

    [Fact]
    public void Assess_MeetingConvenedByDeputy_DoesNotCount()
    {
        var a = Standard().LeadershipMeeting("A-1", U1, D1, "2019-02-14").Assess();
        a.Duty(U1, s_rule).Recorded.Should().Be(0);
    }

    [Fact]
    public void Assess_MeetingOnADayWithNoPairing_IsNotCountedAndIsAFinding()
    {
        // UNIT-MEETING-NEEDS-PAIRING: a meeting with no county counts when the unit assists some county that day.
        var a = new TestRoster().Unit(U1).Main(U1, M1).County(C1).Pairing(C1, U1, "2019-07-01")
            .LeadershipMeeting("A-1", U1, M1, "2019-03-01").Assess();
        a.Duty(U1, s_rule).Recorded.Should().Be(0);
        a.FindingKeys().Should().Contain((RuleIds.ActivityOutsidePairing.Value, "A-1"));
    }

    [Fact]
    public void Assess_MeetingNamingAPairedCounty_Counts()
    {
        var a = Standard().LeadershipMeeting("A-1", U1, M1, "2019-02-14", C1).Assess();
        a.Duty(U1, s_rule).Recorded.Should().Be(1);
    }

    [Fact]
    public void Assess_MinimumReadAsTwice_OneMeetingIsShort()
    {
        var a = Standard().LeadershipMeeting("A-1", U1, M1, "2019-02-14")
            .Assess(edition: PolicyEditions.Sichuan2019.WithDutyMinimum(s_rule, 2));
        (a.Duty(U1, s_rule).Required, a.Duty(U1, s_rule).Status).Should().Be((2, DutyStatus.Short));
    }
}
