using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Units;

public sealed partial class LeaderTests
{
    private static readonly Leader s_deputy = new(new LeaderId("L-2"), "李", LeaderPost.DeputyLeader, R("2016-01-01", "2019-04-30"));

    [Theory]
    [InlineData("2016-01-01", true)]
    [InlineData("2019-04-30", true)]
    [InlineData("2015-12-31", false)]
    [InlineData("2019-05-01", false)]
    public void Held_TenureEdges_AreInclusive(string date, bool held)
    {
        s_deputy.Held(LeaderPost.DeputyLeader, D(date)).Should().Be(held);
    }

    [Fact]
    public void Held_OtherPost_IsFalseEvenInTenure()
    {
        s_deputy.Held(LeaderPost.MainLeader, D("2018-01-01")).Should().BeFalse();
    }

    [Fact]
    public void Held_OpenTenure_LastsIndefinitely()
    {
        var main = new Leader(new LeaderId("L-1"), "张", LeaderPost.MainLeader, R("2019-05-01"));
        main.Held(LeaderPost.MainLeader, D("2030-01-01")).Should().BeTrue();
    }

    [Fact]
    public void Equals_SameRecord_IsEqual()
    {
        var copy = new Leader(new LeaderId("L-2"), "李", LeaderPost.DeputyLeader, R("2016-01-01", "2019-04-30"));
        copy.Should().Be(s_deputy);
        copy.GetHashCode().Should().Be(s_deputy.GetHashCode());
        new Leader(new LeaderId("L-2"), "李", LeaderPost.DeputyLeader, R("2016-01-01")).Should().NotBe(s_deputy);
    }
}
