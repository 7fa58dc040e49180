using System;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.Refusal;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Policy;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class PolicyRuleTests
{
    [Fact]
    public void PolicyRule_DefaultId_IsRefused() =>
        ShouldRefuse(() => _ = PolicyRule.Create(default, "中", "en", "src", true, true), "id", "default");

    [Fact]
    public void PolicyRule_NullTexts_AreRefused()
    {
        ShouldRefuseNull(() => _ = PolicyRule.Create(new RuleId("X-1"), null!, "en", "src", true, true), "chineseText");
        ShouldRefuseNull(() => _ = PolicyRule.Create(new RuleId("X-1"), "中", null!, "src", true, true), "englishText");
        ShouldRefuseNull(() => _ = PolicyRule.Create(new RuleId("X-1"), "中", "en", null!, true, true), "source");
    }
}
