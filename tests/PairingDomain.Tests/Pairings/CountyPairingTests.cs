using System;
using System.Linq;
using PairingDomain.Pairings;
using PairingDomain.Places;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Pairings;

public sealed partial class CountyPairingTests
{
    [Fact]
    public void Constructor_ParticipantListedTwice_Throws()
    {
        Action act = () => _ = new CountyPairing(DivisionCode.Parse(C1), new UnitId(U1), [new UnitId(U2), new UnitId(U2)], R("2019-01-01"));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Units_LeadFirstThenParticipants()
    {
        var pairing = new CountyPairing(DivisionCode.Parse(C1), new UnitId(U1), [new UnitId(U3), new UnitId(U2)], R("2019-01-01"));
        pairing.Units.Select(u => u.Value).Should().Equal(U1, U3, U2);
        pairing.Involves(new UnitId(U2)).Should().BeTrue();
        pairing.Involves(new UnitId("U-9")).Should().BeFalse();
    }

    [Fact]
    public void Constructor_LeadAlsoParticipant_IsAcceptedForTheRosterToReport()
    {
        var pairing = new CountyPairing(DivisionCode.Parse(C1), new UnitId(U1), [new UnitId(U1)], R("2019-01-01"));
        pairing.Involves(new UnitId(U1)).Should().BeTrue();
    }
}
