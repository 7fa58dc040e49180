using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// BUNDLE-CADRE, §III.8: "驻村干部年度考核“不称职”的……帮扶部门（单位）及主要领导本年度均不能评先评优".
/// </summary>
public class BundleCadreTests
{
    [Fact]
    public void Assess_CadreGradedIncompetent_BarsUnitAndMainLeader()
    {
        var a = Standard().Grade("K-1", CadreGrade.Incompetent).Assess();
        a.Unit(U1).Excellence.Eligible.Should().BeFalse();
        a.Unit(U1).Excellence.Blocks().Should().Equal((RuleIds.BundleCadre.Value, "K-1"));
        a.Unit(U1).MainLeaderExcellence.Blocks().Should().Equal((RuleIds.BundleCadre.Value, "K-1"));
    }

    [Fact]
    public void Assess_MidYearIncompetentGrade_StillBlocks()
    {
        // case-format.md: "grades are annual, so this blocks whenever such a grade is present, whatever asOf".
        var a = Standard().Grade("K-1", CadreGrade.Incompetent).Assess("2019-06-30");
        a.Unit(U1).Excellence.Blocks().Should().Equal((RuleIds.BundleCadre.Value, "K-1"));
    }

    [Fact]
    public void Assess_IncompetentInThePreviousYear_DoesNotBlock()
    {
        var a = Standard().Grade("K-1", CadreGrade.Incompetent, 2018).Grade("K-1", CadreGrade.Competent).Assess();
        a.Unit(U1).Excellence.Eligible.Should().BeTrue();
    }

    [Fact]
    public void Assess_OtherUnitsIncompetentCadre_DoesNotBlockThisUnit()
    {
        var a = Standard().Unit(U2).Pairing(C1, U1, participants: U2).Cadre("K-2", U2, V1).Grade("K-2", CadreGrade.Incompetent).Assess();
        a.Unit(U1).Excellence.Eligible.Should().BeTrue();
        a.Unit(U2).Excellence.Blocks().Should().Equal((RuleIds.BundleCadre.Value, "K-2"));
    }

    [Fact]
    public void Assess_RuleSwitchedOff_DoesNotBlock()
    {
        var a = Standard().Grade("K-1", CadreGrade.Incompetent)
            .Assess(edition: PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.BundleCadre, false));
        a.Unit(U1).Excellence.Eligible.Should().BeTrue();
    }
}
