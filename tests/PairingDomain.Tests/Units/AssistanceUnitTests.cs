using System;
using System.Linq;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Units;

public sealed partial class AssistanceUnitTests
{
    [Fact]
    public void Constructor_TwoLeadersWithOneId_Throws()
    {
        Leader a = new(new LeaderId("L-1"), "甲", LeaderPost.MainLeader, R("2016-01-01"));
        Leader b = new(new LeaderId("L-1"), "乙", LeaderPost.DeputyLeader, R("2016-01-01"));
        Action act = () => _ = new AssistanceUnit(new UnitId("U-1"), "厅", UnitKind.Hospital, CompleteMechanism, [a, b]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void HoldersOf_DeputyChangesPostOnFirstOfMay_NamesWhoHeldItEachDay()
    {
        var unit = new AssistanceUnit(new UnitId("U-1"), "厅", UnitKind.Hospital, CompleteMechanism,
        [
            new Leader(new LeaderId("L-2"), "乙", LeaderPost.DeputyLeader, R("2016-01-01", "2019-04-30")),
            new Leader(new LeaderId("L-3"), "丙", LeaderPost.DeputyLeader, R("2019-05-01")),
        ]);
        unit.HoldersOf(LeaderPost.DeputyLeader, D("2019-04-30")).Select(l => l.Id.Value).Should().Equal("L-2");
        unit.HoldersOf(LeaderPost.DeputyLeader, D("2019-05-01")).Select(l => l.Id.Value).Should().Equal("L-3");
        unit.HoldersOf(LeaderPost.MainLeader, D("2019-05-01")).Should().BeEmpty();
    }
}
