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
public sealed partial class LeaderTests
{
    [Fact]
    public void Leader_ToString_NamesIdNameAndPost()
    {
        var leader = new Leader(new LeaderId("L-9"), "张三", LeaderPost.DeputyLeader, R("2019-01-01"));

        leader.ToString().Should().Contain("L-9").And.Contain("张三").And.Contain(nameof(LeaderPost.DeputyLeader)).And.Contain("2019-01-01");
    }
}
