using System;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Mutation;

/// <summary>
/// Value equality of <see cref="Leader"/> and <see cref="GradeScale"/> compares every
/// member (issue 7: turning one <c>&amp;&amp;</c> into <c>||</c> survived): two values differing in exactly one member
/// are unequal, one test case per member. (<see cref="PolicyRule.SameAs"/> is pinned in Policy/RuleIdentityTests.)
/// </summary>
public sealed class ValueEqualityTests
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

    public static TheoryData<string> LeaderMembers => new() { "id", "name", "post", "tenure start", "tenure end" };

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

    [Fact]
    public void GradeScaleEquals_SameNameAndGrades_IsEqualWithEqualHashCodes()
    {
        var copy = new GradeScale("four-grade", GradeScale.FourGrade.Grades);

        copy.Equals(GradeScale.FourGrade).Should().BeTrue();
        copy.GetHashCode().Should().Be(GradeScale.FourGrade.GetHashCode());
    }

    [Fact]
    public void GradeScaleEquals_OnlyTheNameDiffers_IsUnequal() =>
        new GradeScale("another-name", GradeScale.ThreeGrade.Grades).Equals(GradeScale.ThreeGrade).Should().BeFalse();

    [Fact]
    public void GradeScaleEquals_OnlyTheGradesDiffer_IsUnequal() =>
        new GradeScale("three-grade", GradeScale.FourGrade.Grades).Equals(GradeScale.ThreeGrade).Should().BeFalse();

    [Fact]
    public void GradeScaleEquals_Null_IsFalse()
    {
        GradeScale scale = GradeScale.ThreeGrade;
        GradeScale? none = null;
        object? nothing = null;

        scale.Equals(none).Should().BeFalse();
        GradeScale.ThreeGrade.Equals(nothing).Should().BeFalse();
    }
}
