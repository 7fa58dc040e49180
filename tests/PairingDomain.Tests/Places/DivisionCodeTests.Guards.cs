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
public sealed partial class DivisionCodeTests
{
    [Fact]
    public void DivisionCodeParse_Null_ThrowsArgumentNull() => ShouldRefuseNull(() => _ = DivisionCode.Parse(null!), "text");

    [Fact]
    public void DivisionCodeParse_FiveDigits_NamesTheText() =>
        ShouldRefuse(() => _ = DivisionCode.Parse("51342"), "text", "'51342'");
}
