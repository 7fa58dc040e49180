using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// DUTY-DEPUTY-MEETINGS, §III.3: "全年召集工作机构和相关处室专题研究定点帮扶会议至少 4 次" — convened by the deputy leader.
/// </summary>
public class DutyDeputyMeetingsTests
{
    private static readonly RuleId s_rule = RuleIds.DutyDeputyMeetings;

    [Fact]
    public void Assess_FourOfficeMeetings_IsMet()
    {
        var a = Standard().OfficeMeeting("A-1", U1, D1, "2019-01-10").OfficeMeeting("A-2", U1, D1, "2019-01-11")
            .OfficeMeeting("A-3", U1, D1, "2019-01-12").OfficeMeeting("A-4", U1, D1, "2019-01-13").Assess();
        (a.Duty(U1, s_rule).Required, a.Duty(U1, s_rule).Recorded, a.Duty(U1, s_rule).Status).Should().Be((4, 4, DutyStatus.Met));
    }

    [Fact]
    public void Assess_ThreeOfficeMeetings_IsShortByOne()
    {
        var a = Standard().OfficeMeeting("A-1", U1, D1, "2019-01-10").OfficeMeeting("A-2", U1, D1, "2019-05-11")
            .OfficeMeeting("A-3", U1, D1, "2019-09-12").Assess();
        (a.Duty(U1, s_rule).Status, a.Duty(U1, s_rule).Shortfall).Should().Be((DutyStatus.Short, 1));
        a.Duty(U1, s_rule).ShortPeriodTexts().Should().Equal("2019");
    }

    [Fact]
    public void Assess_OfficeMeetingConvenedByMainLeader_DoesNotCount()
    {
        var a = Standard().OfficeMeeting("A-1", U1, M1, "2019-01-10").Assess();
        a.Duty(U1, s_rule).Recorded.Should().Be(0);
        a.Duty(U1, RuleIds.DutyMainLeaderMeetings).Recorded.Should().Be(0);
    }
}
