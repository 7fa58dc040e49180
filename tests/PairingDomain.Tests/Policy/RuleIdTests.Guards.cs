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
public sealed partial class RuleIdTests
{
    [Fact]
    public void RuleId_Null_ThrowsArgumentNull() => ShouldRefuseNull(() => _ = new RuleId(null!), "value");

    [Fact]
    public void RuleId_LowerCase_NamesTheText() => ShouldRefuse(() => _ = new RuleId("duty-x"), "value", "duty-x");
}
