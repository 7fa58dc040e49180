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

namespace PairingDomain.Tests.Units;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class AssistanceUnitTests
{
    private static readonly DateRange s_since2019 = R("2019-01-01");

    [Fact]
    public void AssistanceUnit_DefaultId_IsRefused() =>
        ShouldRefuse(() => _ = new AssistanceUnit(default, "厅", UnitKind.Hospital, FourInOneMechanism.None, []), "id", "default");

    [Fact]
    public void AssistanceUnit_NullLeader_IsRefused() =>
        ShouldRefuse(() => _ = new AssistanceUnit(new UnitId(U1), "厅", UnitKind.Hospital, FourInOneMechanism.None, [null!]),
            "leaders", "null");

    [Fact]
    public void AssistanceUnit_LeaderTwice_NamesLeaderAndUnit()
    {
        Leader leader = new(new LeaderId("L-7"), "甲", LeaderPost.MainLeader, s_since2019);

        Action act = () => _ = new AssistanceUnit(new UnitId("U-7"), "厅", UnitKind.Hospital, FourInOneMechanism.None, [leader, leader]);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("leaders")
            .Which.Message.Should().Contain("L-7").And.Contain("U-7");
    }
}
