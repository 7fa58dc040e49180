using System.Linq;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// mainLeaderExcellence.leaders (case-format-2.md §3: "the id of every leader who held main-leader on some day of the
/// window, in case order (a handover bars both)"), on <c>UnitAssessment.MainLeaders</c>.
/// </summary>
public class MainLeadersTests
{
    private static TestRoster Handover() =>
        new TestRoster().Unit(U1).Main(U1, "M-OLD", "2015-01-01", "2019-04-30").Main(U1, "M-NEW", "2019-05-01").Deputy(U1, D1)
            .Main(U1, "M-GONE", "2010-01-01", "2014-12-31").County(C1).Village(V1).Pairing(C1, U1).Cadre("K-1", U1, V1);

    [Fact]
    public void Handover_BothMainLeadersOfTheWindow_InCaseOrder() =>
        Handover().Assess().Unit(U1).MainLeaders.Select(l => l.Value).Should().Equal("M-OLD", "M-NEW");

    [Fact]
    public void AsOfBeforeTheHandover_OnlyTheOutgoingLeader() =>
        Handover().Assess(asOf: "2019-04-30").Unit(U1).MainLeaders.Select(l => l.Value).Should().Equal("M-OLD");

    [Fact]
    public void DeputiesAndFormerLeaders_AreNotListed() =>
        Standard().Assess().Unit(U1).MainLeaders.Select(l => l.Value).Should().Equal(M1);
}
