using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// Issue 15, "reports list a county once however its pairing was recorded": a county whose pairing is split into
/// several intervals (as CountyPairingAssembler gives when a participant joins in April) is one county, not one per
/// interval, in the excellence blocks, the at-risk findings and the per-county duties.
/// </summary>
public partial class BundleCountyTests
{
    private static TestRoster WithSplitPairing() =>
        new TestRoster().Unit(U1).Unit(U2).County(C2, 2019, null)
            .Pairing(C2, U1, "2018-01-01", "2019-03-31")
            .Pairing(C2, U1, "2019-04-01", null, U2);

    [Fact]
    public void Assess_SplitPairingOfAMissedCounty_BlocksEachUnitOnceForTheCounty()
    {
        var a = WithSplitPairing().Assess();
        a.Unit(U1).Excellence.Blocks().Should().Equal((RuleIds.BundleCounty.Value, C2));
        a.Unit(U1).MainLeaderExcellence.Blocks().Should().Equal((RuleIds.BundleCounty.Value, C2));
        a.Unit(U2).Excellence.Blocks().Should().Equal((RuleIds.BundleCounty.Value, C2));
    }

    [Fact]
    public void Assess_SplitPairingMidYear_OneAtRiskFindingForTheCounty()
    {
        var a = WithSplitPairing().Assess("2019-10-31");
        a.FindingKeys().Count(k => k == (RuleIds.BundleCountyAtRisk.Value, C2)).Should().Be(1);
    }

    [Fact]
    public void Assess_SplitPairing_ThePerCountyDutyListsTheCountyOnce()
    {
        var a = WithSplitPairing().JointMeeting("A-1", U1, "2019-02-01", C2).JointMeeting("A-2", U1, "2019-05-01", C2).Assess();
        DutyResult? joint = a.Unit(U1).Duty(RuleIds.DutyLeadJointMeetings);
        joint.Should().NotBeNull();
        joint!.Periods.Where(p => p.County is not null).Select(p => p.County!.Value.Value).Should().Equal(C2);
        joint.Periods.Single(p => p.County is not null).Recorded.Should().Be(2);
    }
}
