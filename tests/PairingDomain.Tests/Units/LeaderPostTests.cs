using PairingDomain.Policy;
using PairingDomain.Units;

namespace PairingDomain.Tests.Units;

public class LeaderPostTests
{
    [Fact]
    public void DutyHolders_MapToTheirPosts()
    {
        DutyHolder.MainLeader.Post.Should().Be(LeaderPost.MainLeader);
        DutyHolder.DeputyLeader.Post.Should().Be(LeaderPost.DeputyLeader);
        DutyHolder.Unit.Post.Should().BeNull();
        DutyHolder.LeadUnit.Post.Should().BeNull();
        LeaderPost.List.Should().HaveCount(3);
    }
}
