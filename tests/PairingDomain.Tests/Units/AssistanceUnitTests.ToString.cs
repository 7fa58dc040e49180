using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Units;

/// <summary>
/// The identifying parts of the diagnostic strings (issue 7: their mutants survived); the wording around them is free.
/// </summary>
public sealed partial class AssistanceUnitTests
{
    [Fact]
    public void AssistanceUnit_ToString_NamesIdNameAndKind()
    {
        var unit = new AssistanceUnit(new UnitId("U-9"), "示例厅", UnitKind.Hospital, FourInOneMechanism.None, []);

        unit.ToString().Should().Contain("U-9").And.Contain("示例厅").And.Contain(nameof(UnitKind.Hospital));
        unit.Name.Should().Be("示例厅");
        unit.Kind.Should().Be(UnitKind.Hospital);
    }
}
