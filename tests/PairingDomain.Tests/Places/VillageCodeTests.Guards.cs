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

namespace PairingDomain.Tests.Places;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class VillageCodeTests
{
    [Fact]
    public void VillageCodeParse_Null_ThrowsArgumentNull() => ShouldRefuseNull(() => _ = VillageCode.Parse(null!), "text");

    [Fact]
    public void VillageCodeParse_SixDigits_NamesTheText() =>
        ShouldRefuse(() => _ = VillageCode.Parse(C1), "text", "'513428'");
}
