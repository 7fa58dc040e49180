using System.Linq;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// CADRE-RECALL and CADRE-COMMEND, §III.6: "对成绩突出、群众认可的驻村干部……予以表彰表扬；符合条件的，列为后备干部……
/// 对不胜任驻村帮扶工作的干部，派出单位要及时召回调整" (Interpretation RECALL-ON-INCOMPETENT).
/// </summary>
public class CadreActionsTests
{
    private static TestRoster ThreeCadres() =>
        Standard().Cadre("K-3", U1, V1).Cadre("K-2", U1, V1)
            .Grade("K-1", CadreGrade.Excellent).Grade("K-3", CadreGrade.Incompetent).Grade("K-2", CadreGrade.Competent);

    [Fact]
    public void Assess_Grades_GiveCommendRecallOrNothingInRosterOrder()
    {
        var a = ThreeCadres().Assess();
        a.Cadres.Select(c => (c.Cadre.Value, string.Join(",", c.Actions))).Should().Equal(
            ("K-1", "CADRE-COMMEND"), ("K-3", "CADRE-RECALL"), ("K-2", ""));
    }

    [Fact]
    public void Assess_UngradedOrGradedOtherYear_HasNoAction()
    {
        var a = Standard().Cadre("K-2", U1, V1).Grade("K-2", CadreGrade.Incompetent, 2018).Assess();
        a.Cadres.Should().OnlyContain(c => c.Actions.IsEmpty);
        a.Cadres.Should().HaveCount(2);
    }

    [Fact]
    public void Assess_RecallSwitchedOff_NoRecallButBundleStill()
    {
        var a = ThreeCadres().Assess(edition: PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.CadreRecall, false));
        a.Cadres.Single(c => c.Cadre.Value == "K-3").Actions.Should().BeEmpty();
        a.Unit(U1).Excellence.Blocks().Should().Contain((RuleIds.BundleCadre.Value, "K-3"));
    }

    [Fact]
    public void Assess_CommendSwitchedOff_NoCommend()
    {
        var a = ThreeCadres().Assess(edition: PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.CadreCommend, false));
        a.Cadres.Single(c => c.Cadre.Value == "K-1").Actions.Should().BeEmpty();
    }
}
