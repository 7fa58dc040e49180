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

namespace PairingDomain.Tests.Editions;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class PolicyEditionSetTests
{
    [Fact]
    public void PolicyEditionSet_Null_IsRefused() => ShouldRefuseNull(() => _ = new PolicyEditionSet(null!), "editions");

    [Fact]
    public void PolicyEditionSet_SameEditionTwice_NamesIt() =>
        ShouldRefuse(() => _ = new PolicyEditionSet([PolicyEditions.Sichuan2019, PolicyEditions.Sichuan2019]),
            "editions", PolicyEditions.Sichuan2019.Id);
}
