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

namespace PairingDomain.Tests.Pairings;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class CountyPairingTests
{
    private static readonly DateRange s_since2019 = R("2019-01-01");

    [Fact]
    public void CountyPairing_DefaultCounty_IsRefused() =>
        ShouldRefuse(() => _ = new CountyPairing(default, new UnitId(U1), [], s_since2019), "county", "default");

    [Fact]
    public void CountyPairing_DefaultLead_IsRefused() =>
        ShouldRefuse(() => _ = new CountyPairing(DivisionCode.Parse(C1), default, [], s_since2019), "lead", "default");

    [Fact]
    public void CountyPairing_NullParticipants_IsRefused() =>
        ShouldRefuseNull(() => _ = new CountyPairing(DivisionCode.Parse(C1), new UnitId(U1), null!, s_since2019), "participants");

    [Fact]
    public void CountyPairing_ParticipantTwice_NamesTheCounty() =>
        ShouldRefuse(() => _ = new CountyPairing(DivisionCode.Parse(C1), new UnitId(U1), [new UnitId(U2), new UnitId(U2)], s_since2019),
            "participants", C1);
}
