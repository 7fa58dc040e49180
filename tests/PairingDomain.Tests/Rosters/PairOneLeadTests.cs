using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Rosters;

/// <summary>
/// PAIR-ONE-LEAD, §III.1: each paired county has exactly one lead unit (牵头单位) at any time
/// ("88 个牵头单位" for 88 counties; "牵头单位要牢固树立“一盘棋”思想").
/// </summary>
public class PairOneLeadTests
{
    private static TestRoster TwoUnits() => new TestRoster().Unit(U1).Unit(U2).County(C1).County(C2);

    [Fact]
    public void Findings_TwoLeadsOverlapping_NamesTheCounty()
    {
        var roster = TwoUnits().Pairing(C1, U1, "2018-01-01").Pairing(C1, U2, "2019-06-01").BuildRoster();
        roster.Findings.FindingKeys().Should().Equal((RuleIds.PairOneLead.Value, C1));
    }

    [Fact]
    public void Findings_LeadsSharingOneDay_IsStillTwoLeadsAtOnce()
    {
        var roster = TwoUnits().Pairing(C1, U1, "2018-01-01", "2019-04-01").Pairing(C1, U2, "2019-04-01").BuildRoster();
        roster.Findings.FindingKeys().Should().Equal((RuleIds.PairOneLead.Value, C1));
    }

    [Fact]
    public void Findings_LeadHandedOverNextDay_IsSound()
    {
        var roster = TwoUnits().Pairing(C1, U1, "2018-01-01", "2019-03-31").Pairing(C1, U2, "2019-04-01").BuildRoster();
        roster.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Findings_SameLeadInTwoPairings_IsSound()
    {
        var roster = TwoUnits().Pairing(C1, U1, "2018-01-01").Pairing(C1, U1, "2019-01-01", participants: U2).BuildRoster();
        roster.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Findings_ThreeLeadsAtOnce_OneFindingPerCounty()
    {
        var roster = TwoUnits().Unit(U3).Pairing(C1, U1).Pairing(C1, U2).Pairing(C1, U3).Pairing(C2, U1).BuildRoster();
        roster.Findings.FindingKeys().Should().Equal((RuleIds.PairOneLead.Value, C1));
    }

    [Fact]
    public void Assess_TwoLeadsForOneCounty_ReportsFindingAndEachLeadOwesJointMeetings()
    {
        var assessment = TwoUnits()
            .Pairing(C1, U1).Pairing(C1, U2)
            .JointMeeting("A-1", U1, "2019-03-01").JointMeeting("A-2", U2, "2019-03-02").JointMeeting("A-3", U2, "2019-09-02")
            .Assess();
        assessment.FindingKeys().Should().Contain((RuleIds.PairOneLead.Value, C1));
        assessment.Duty(U1, RuleIds.DutyLeadJointMeetings).Recorded.Should().Be(1);
        assessment.Duty(U2, RuleIds.DutyLeadJointMeetings).Recorded.Should().Be(2);
        assessment.Duty(U2, RuleIds.DutyLeadJointMeetings).Status.Should().Be(PairingDomain.Assessment.DutyStatus.Met);
    }
}
