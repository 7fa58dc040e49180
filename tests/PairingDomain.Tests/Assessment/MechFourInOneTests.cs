using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// MECH-FOUR-IN-ONE, §III.2: "要健全“领导班子主责、承办机构主推、单位全员主帮、驻村干部主干”的“四位一体”帮扶工作机制".
/// </summary>
public class MechFourInOneTests
{
    [Fact]
    public void Assess_AllFourParts_IsComplete()
    {
        var a = Standard().Assess();
        a.Unit(U1).Mechanism.Complete.Should().BeTrue();
        a.Unit(U1).Mechanism.Missing.Should().BeEmpty();
        a.Unit(U1).Mechanism.Rule.Should().Be(RuleIds.MechFourInOne);
    }

    [Fact]
    public void Assess_NothingDeclaredAndNoCadre_NamesAllFourInContractOrder()
    {
        var a = new TestRoster().Unit(U1, FourInOneMechanism.None).County(C1).Pairing(C1, U1).Assess();
        a.Unit(U1).Mechanism.Missing.Should().Equal(
            MechanismPart.LeadershipTeam, MechanismPart.UndertakingOffice, MechanismPart.AllStaff, MechanismPart.StationedCadres);
    }

    [Fact]
    public void Assess_BlankUndertakingOffice_IsMissing()
    {
        var a = new TestRoster().Unit(U1, new FourInOneMechanism(true, " ", true)).County(C1).Village(V1).Pairing(C1, U1)
            .Cadre("K-1", U1, V1).Assess();
        a.Unit(U1).Mechanism.Missing.Should().Equal(MechanismPart.UndertakingOffice);
    }

    [Fact]
    public void Assess_CadrePostedOnlyAfterAsOf_StationedCadresMissing()
    {
        var roster = new TestRoster().Unit(U1).County(C1).Village(V1).Pairing(C1, U1).Cadre("K-1", U1, V1, "2019-08-01");
        roster.Assess("2019-07-31").Unit(U1).Mechanism.Missing.Should().Equal(MechanismPart.StationedCadres);
        roster.Assess("2019-08-01").Unit(U1).Mechanism.Complete.Should().BeTrue();
    }

    [Fact]
    public void Assess_CadrePostingEndedLastYear_StationedCadresMissing()
    {
        var a = new TestRoster().Unit(U1).County(C1).Village(V1).Pairing(C1, U1).Cadre("K-1", U1, V1, "2017-01-01", "2018-12-31").Assess();
        a.Unit(U1).Mechanism.Missing.Should().Equal(MechanismPart.StationedCadres);
    }

    [Fact]
    public void Assess_UnpairedUnit_HasNoDutiesButItsMechanismIsReported()
    {
        // MECHANISM-FOR-EVERY-UNIT.
        var a = Standard().Unit(U2, FourInOneMechanism.None).Assess();
        a.Unit(U2).Duties.Should().BeEmpty();
        a.Unit(U2).Mechanism.Missing.Should().HaveCount(4);
        a.Unit(U2).Excellence.Eligible.Should().BeTrue();
    }
}
