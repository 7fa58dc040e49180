using PairingDomain.Policy;

namespace PairingDomain.Tests.Policy;

public sealed partial class PolicyRuleTests
{
    [Fact]
    public void WithEnabled_CopiesEverythingElse()
    {
        PolicyRule rule = PolicyEditions.Sichuan2019.GetRule(RuleIds.TeamMinSize);
        PolicyRule off = rule.WithEnabled(false);
        (off.Id, off.Source, off.ChineseText, off.IsEvaluated).Should().Be((rule.Id, rule.Source, rule.ChineseText, rule.IsEvaluated));
        off.Parameters.Should().Equal(rule.Parameters);
        off.IsEnabled.Should().BeFalse();
        off.SameAs(rule).Should().BeFalse();
        off.WithEnabled(true).SameAs(rule).Should().BeTrue();
    }

    [Fact]
    public void Parameters_OutsideStandards_CarryTheirSource()
    {
        // domain.md §8: "Every one is a named parameter with its source, never a bare constant."
        PolicyRule team = PolicyEditions.Sichuan2019.GetRule(RuleIds.TeamMinSize);
        team.Parameters.Should().ContainSingle(p => p.Name == "minimum" && p.Value == "3" && p.Source != null);
    }
}
