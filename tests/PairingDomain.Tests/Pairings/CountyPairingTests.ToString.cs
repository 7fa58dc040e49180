using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Pairings;

/// <summary>
/// The identifying parts of the diagnostic strings (issue 7: their mutants survived); the wording around them is free.
/// </summary>
public sealed partial class CountyPairingTests
{
    [Fact]
    public void CountyPairing_ToString_NamesCountyLeadAndParticipantCount()
    {
        var pairing = new CountyPairing(DivisionCode.Parse(C1), new UnitId(U1), [new UnitId(U2), new UnitId(U3)], R("2019-01-01"));

        pairing.ToString().Should().Contain(C1).And.Contain(U1).And.Contain("2").And.Contain("2019-01-01");
    }
}
