using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// BUNDLE-VILLAGE, §III.8: "贫困村未能按期退出的……帮扶部门（单位）及主要领导本年度均不能评先评优" — a village where one of
/// the unit's cadres was posted during the year, due that year, not exited in that year's batch.
/// </summary>
public class BundleVillageTests
{
    private static TestRoster WithVillage(int planned, int? exited, string from = "2018-01-01", string? to = null) =>
        new TestRoster().Unit(U1).Main(U1, M1).County(C1).Village(V1, planned, exited).Pairing(C1, U1).Cadre("K-1", U1, V1, from, to);

    [Fact]
    public void Assess_DueVillageNotExited_Blocks()
    {
        var a = WithVillage(2019, null).Assess();
        a.Unit(U1).Excellence.Blocks().Should().Equal((RuleIds.BundleVillage.Value, V1));
        a.Unit(U1).MainLeaderExcellence.Blocks().Should().Equal((RuleIds.BundleVillage.Value, V1));
    }

    [Fact]
    public void Assess_VillageExitingTheYearAfterItWasDue_Blocks()
    {
        var a = WithVillage(2019, 2020).Assess();
        a.Unit(U1).Excellence.Blocks().Should().Equal((RuleIds.BundleVillage.Value, V1));
    }

    [Fact]
    public void Assess_VillageExitedOnTime_DoesNotBlock()
    {
        WithVillage(2019, 2019).Assess().Unit(U1).Excellence.Eligible.Should().BeTrue();
    }

    [Fact]
    public void Assess_VillageDueNextYear_DoesNotBlock()
    {
        WithVillage(2020, null).Assess().Unit(U1).Excellence.Eligible.Should().BeTrue();
    }

    [Fact]
    public void Assess_CadreLeftBeforeTheYear_DoesNotBlock()
    {
        WithVillage(2019, null, "2017-01-01", "2018-12-31").Assess().Unit(U1).Excellence.Eligible.Should().BeTrue();
    }

    [Fact]
    public void Assess_CadrePostedForOneDayOfTheYear_Blocks()
    {
        WithVillage(2019, null, "2017-01-01", "2019-01-01").Assess().Unit(U1).Excellence.Eligible.Should().BeFalse();
    }

    [Fact]
    public void Assess_TwoCadresInOneVillage_ListTheVillageOnce()
    {
        var a = WithVillage(2019, null).Cadre("K-2", U1, V1).Assess();
        a.Unit(U1).Excellence.Blocks().Should().Equal((RuleIds.BundleVillage.Value, V1));
    }

    [Fact]
    public void Assess_MidYear_IsAtRiskFindingNotABlock()
    {
        var a = WithVillage(2019, null).Assess("2019-09-30");
        a.Unit(U1).Excellence.Eligible.Should().BeTrue();
        a.FindingKeys().Should().Equal((RuleIds.BundleVillageAtRisk.Value, V1));
    }

    [Fact]
    public void Assess_MidYearVillageAlreadyExited_IsNotAtRisk()
    {
        WithVillage(2019, 2019).Assess("2019-09-30").Findings.Should().BeEmpty();
    }

    [Fact]
    public void Assess_MidYearVillageOfTwoUnitsCadres_OneAtRiskFinding()
    {
        var a = WithVillage(2019, null).Unit(U2).Pairing(C1, U1, participants: U2).Cadre("K-2", U2, V1).Assess("2019-09-30");
        a.FindingKeys().Should().Equal((RuleIds.BundleVillageAtRisk.Value, V1));
    }

    [Fact]
    public void Assess_VillageOfTwoUnitsCadres_BlocksBothUnits()
    {
        var a = WithVillage(2019, null).Unit(U2).Pairing(C1, U1, participants: U2).Cadre("K-2", U2, V1).Assess();
        a.Unit(U1).Excellence.Blocks().Should().Equal((RuleIds.BundleVillage.Value, V1));
        a.Unit(U2).Excellence.Blocks().Should().Equal((RuleIds.BundleVillage.Value, V1));
    }
}
