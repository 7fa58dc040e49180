using PairingDomain.Places;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Rosters;

/// <summary>
/// Whether a unit assists a county on a day: a unit with pairings in two counties assists each while its pairing is in
/// force, and no other (issue 7: turning a &lt;= into &lt; survived).
/// </summary>
public sealed partial class RosterTests
{
    [Fact]
    public void Assists_UnitWithPairingsInTwoCounties_AssistsEach()
    {
        var roster = new TestRoster().Unit(U1).County(C1).County(C2).Pairing(C1, U1).Pairing(C2, U1, "2019-01-01").BuildRoster();

        roster.Assists(new UnitId(U1), DivisionCode.Parse(C1), D("2019-06-01")).Should().BeTrue();
        roster.Assists(new UnitId(U1), DivisionCode.Parse(C2), D("2019-06-01")).Should().BeTrue();
        roster.Assists(new UnitId(U1), DivisionCode.Parse(C2), D("2018-06-01")).Should().BeFalse();
        roster.Assists(new UnitId(U1), DivisionCode.Parse(C3), D("2019-06-01")).Should().BeFalse();
    }
}
