using System;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Units;

/// <summary>
/// Value equality compares every member (issue 7: turning one <c>&amp;&amp;</c> into <c>||</c> survived):
/// two leaders differing in exactly one member are unequal, one test case per member.
/// </summary>
public sealed partial class LeaderTests
{
    private static Leader Leader(string id = "L-1", string name = "甲", LeaderPost? post = null, string from = "2016-01-01", string? to = null) =>
        new(new LeaderId(id), name, post ?? LeaderPost.MainLeader, R(from, to));

    [Fact]
    public void LeaderEquals_SameMembers_IsEqualWithEqualHashCodes()
    {
        Leader a = Leader(), b = Leader();

        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(LeaderMembers))]
    public void LeaderEquals_OneMemberDiffers_IsUnequal(string member)
    {
        Leader other = member switch
        {
            "id" => Leader(id: "L-2"),
            "name" => Leader(name: "乙"),
            "post" => Leader(post: LeaderPost.DeputyLeader),
            "tenure start" => Leader(from: "2016-01-02"),
            "tenure end" => Leader(to: "2030-12-31"),
            _ => throw new ArgumentOutOfRangeException(nameof(member)),
        };

        Leader().Equals(other).Should().BeFalse();
        other.Equals(Leader()).Should().BeFalse();
    }

    [Fact]
    public void LeaderEquals_Null_IsFalse()
    {
        Leader? none = null;
        object? nothing = null;

        Leader().Equals(none).Should().BeFalse();
        Leader().Equals(nothing).Should().BeFalse();
    }

    public static TheoryData<string> LeaderMembers => new() { "id", "name", "post", "tenure start", "tenure end" };
}
