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

namespace PairingDomain.Tests.Rosters;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class RosterTests
{
    [Fact]
    public void RosterPairingsOf_UnknownUnit_NamesIt() =>
        ShouldRefuse(() => Standard().BuildRoster().PairingsOf(new UnitId("U-404")), "unit", "U-404");
}
