using System.Linq;
using PairingDomain.Assessment.Rules;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Assessment.Rules;

/// <summary>
/// <see cref="EvaluatedRules"/>, the one list of what the library evaluates, against the built-in catalogue: a rule
/// marked evaluated is evaluated, and nothing is evaluated that the catalogue lists as not.
/// </summary>
public sealed class EvaluatedRulesTests
{
    [Fact]
    public void Contains_EachRuleOfSichuan2019_AgreesWithItsIsEvaluated()
    {
        PolicyEditions.Sichuan2019.Rules.Where(r => r.IsEvaluated != EvaluatedRules.Contains(r)).Select(r => r.Id)
            .Should().BeEmpty();
    }

    [Fact]
    public void NonDutyIds_EachIsANonDutyRuleOfSichuan2019MarkedEvaluated()
    {
        EvaluatedRules.NonDutyIds.Select(id => PolicyEditions.Sichuan2019.FindRule(id))
            .Select(r => (Found: r != null, IsDuty: r is DutyRule, r?.IsEvaluated))
            .Should().OnlyContain(r => r.Found && !r.IsDuty && r.IsEvaluated == true);
    }

    [Fact]
    public void NonDutyIds_AreTheThirteenRulesOfTheEvaluators()
    {
        EvaluatedRules.NonDutyIds.Select(id => id.Value).Order(System.StringComparer.Ordinal).Should().Equal(
            "ACTIVITY-OUTSIDE-PAIRING", "BUNDLE-CADRE", "BUNDLE-COUNTY", "BUNDLE-COUNTY-AT-RISK", "BUNDLE-VILLAGE",
            "BUNDLE-VILLAGE-AT-RISK", "CADRE-COMMEND", "CADRE-RECALL", "MECH-FOUR-IN-ONE", "PAIR-FULL-COVERAGE",
            "PAIR-LEAD-AND-PARTICIPANT", "PAIR-ONE-LEAD", "POSTING-OUTSIDE-PAIRING");
    }

    [Fact]
    public void Contains_DutyWithoutActivityKind_IsFalse()
    {
        EvaluatedRules.Contains(PolicyEditions.Sichuan2019.GetRule(RuleIds.DutyCadreFullTime)).Should().BeFalse();
    }
}
