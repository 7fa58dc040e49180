using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// BUNDLE-COUNTY, §III.8: "贫困县未能实现如期摘帽的，帮扶部门（单位）及主要领导本年度均不能评先评优" — binding the lead and
/// every participating unit (Interpretation BUNDLE-COUNTY-BINDS-PARTICIPANTS).
/// </summary>
public partial class BundleCountyTests
{
    private static TestRoster WithCounty(int planned, int? delisted, string from = "2018-01-01", string? to = null) =>
        new TestRoster().Unit(U1).Unit(U2).County(C2, planned, delisted).Pairing(C2, U1, from, to, U2);

    [Fact]
    public void Assess_DueCountyNotDelisted_BlocksLeadAndParticipant()
    {
        var a = WithCounty(2019, null).Assess();
        a.Unit(U1).Excellence.Blocks().Should().Equal((RuleIds.BundleCounty.Value, C2));
        a.Unit(U2).Excellence.Blocks().Should().Equal((RuleIds.BundleCounty.Value, C2));
        a.Unit(U2).MainLeaderExcellence.Blocks().Should().Equal((RuleIds.BundleCounty.Value, C2));
    }

    [Fact]
    public void Assess_CountyDelistedInTheFollowingBatch_Blocks()
    {
        WithCounty(2019, 2020).Assess().Unit(U1).Excellence.Eligible.Should().BeFalse();
    }

    [Fact]
    public void Assess_CountyDelistedOnTime_DoesNotBlock()
    {
        var a = WithCounty(2019, 2019).Assess();
        a.Unit(U1).Excellence.Eligible.Should().BeTrue();
        a.Unit(U2).Excellence.Eligible.Should().BeTrue();
    }

    [Fact]
    public void Assess_PairingEndedBeforeTheYear_DoesNotBlock()
    {
        WithCounty(2019, null, "2016-01-01", "2018-12-31").Assess().Unit(U1).Excellence.Eligible.Should().BeTrue();
    }

    [Fact]
    public void Assess_MidYear_IsAtRiskFindingNotABlock()
    {
        var a = WithCounty(2019, null).Assess("2019-10-31");
        a.Unit(U1).Excellence.Eligible.Should().BeTrue();
        a.FindingKeys().Should().Contain((RuleIds.BundleCountyAtRisk.Value, C2));
    }

    [Fact]
    public void Assess_ThreeTriggers_AreListedByRuleThenSubjectOrdinally()
    {
        var a = WithCounty(2019, null).County(C1).Village(V1, 2019, null).Village("513428100002", 2019, null).Pairing(C1, U1)
            .Cadre("K-2", U1, "513428100002").Cadre("K-1", U1, V1).Grade("K-2", CadreGrade.Incompetent).Grade("K-1", CadreGrade.Incompetent)
            .Assess();
        a.Unit(U1).Excellence.Blocks().Should().Equal(
            (RuleIds.BundleCadre.Value, "K-1"), (RuleIds.BundleCadre.Value, "K-2"),
            (RuleIds.BundleCounty.Value, C2),
            (RuleIds.BundleVillage.Value, V1), (RuleIds.BundleVillage.Value, "513428100002"));
        a.Unit(U1).MainLeaderExcellence.BlockedBy.Should().Equal(a.Unit(U1).Excellence.BlockedBy);
    }
}
