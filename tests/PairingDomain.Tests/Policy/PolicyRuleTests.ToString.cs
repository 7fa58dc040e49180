using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Policy;

/// <summary>
/// The identifying parts of the diagnostic strings (issue 7: their mutants survived); the wording around them is free.
/// </summary>
public sealed partial class PolicyRuleTests
{
    [Fact]
    public void PolicyRuleAndEdition_ToString_NameIdAndSource()
    {
        PolicyRule rule = PolicyEditions.Sichuan2019.GetRule(RuleIds.BundleCadre);

        rule.ToString().Should().Contain("BUNDLE-CADRE").And.Contain(rule.Source);
        PolicyEditions.Sichuan2019.ToString().Should().Contain("sichuan-2019").And.Contain(PolicyEditions.Sichuan2019.Rules.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
