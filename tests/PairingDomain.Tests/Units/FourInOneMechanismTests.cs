using System.Linq;
using PairingDomain.Units;

namespace PairingDomain.Tests.Units;

public class FourInOneMechanismTests
{
    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("  \t", false)]
    [InlineData("规划处", true)]
    public void HasUndertakingOffice_AbsentOrBlank_IsFalse(string? office, bool has)
    {
        new FourInOneMechanism(true, office, true).HasUndertakingOffice.Should().Be(has);
    }

    [Fact]
    public void None_HasNoDeclaredPart()
    {
        FourInOneMechanism.None.LeadershipTeam.Should().BeFalse();
        FourInOneMechanism.None.AllStaff.Should().BeFalse();
        FourInOneMechanism.None.HasUndertakingOffice.Should().BeFalse();
    }

    [Fact]
    public void MechanismPart_Values_FollowTheContractOrder()
    {
        MechanismPart.List.OrderBy(p => p.Value).Should().Equal(
            MechanismPart.LeadershipTeam, MechanismPart.UndertakingOffice, MechanismPart.AllStaff, MechanismPart.StationedCadres);
    }
}
