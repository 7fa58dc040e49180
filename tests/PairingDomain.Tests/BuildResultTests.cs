using System;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;

namespace PairingDomain.Tests;

public sealed partial class BuildResultTests
{
    [Fact]
    public void Value_OnFailure_ThrowsAndGetValueOrThrowListsEveryProblem()
    {
        var result = new TestRoster().Pairing(TestRoster.C1, "U-9").TryBuildRoster();
        result.Success.Should().BeFalse();
        result.Problems.Should().HaveCount(2);
        Action value = () => _ = result.Value;
        value.Should().Throw<InvalidOperationException>();
        Action orThrow = () => result.GetValueOrThrow();
        orThrow.Should().Throw<InvalidOperationException>()
            .Where(e => e.Message.Contains("$.countyPairings[0].county", StringComparison.Ordinal)
                && e.Message.Contains("$.countyPairings[0].lead", StringComparison.Ordinal));
    }

    [Fact]
    public void Success_WithValue_HasNoProblems()
    {
        var result = TestRoster.Standard().TryBuildRoster();
        result.Success.Should().BeTrue();
        result.Problems.Should().BeEmpty();
        result.Value.Should().BeSameAs(result.GetValueOrThrow());
    }

    [Fact]
    public void Finding_DefaultRule_Throws()
    {
        Action act = () => _ = new Finding(default, "513428", "m");
        act.Should().Throw<ArgumentException>();
        new Finding(RuleIds.PairOneLead, "513428", "m").Should().Be(new Finding(RuleIds.PairOneLead, "513428", "m"));
    }

    [Fact]
    public void Problem_ToString_IsPathCodeMessage()
    {
        new Problem("$.activities[3].on", "invalid-date", "x").ToString().Should().StartWith("$.activities[3].on: invalid-date: ");
    }
}
