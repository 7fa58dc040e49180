using System;
using System.Linq;
using PairingDomain.Rosters;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Rosters;

/// <summary>
/// A leader's problems are located at the caller's locator for that leader, as every other record's are; without one,
/// at its unit's locator followed by <c>.leaders[j]</c>.
/// </summary>
public sealed class RosterBuilderLeaderPathTests
{
    private static AssistanceUnit Unit(string id, params string[] leaders) => new(new UnitId(id), "单位", UnitKind.University,
        FourInOneMechanism.None, leaders.Select(l => new Leader(new LeaderId(l), "甲", LeaderPost.MainLeader, R("2016-01-01"))));

    [Fact]
    public void Build_DuplicateLeaderWithCallersLocators_IsAtTheCallersLocatorAndNamesTheFirstByItsLocator()
    {
        // A reader that skipped a bad leader at the source's leaders[0]: the unit's leaders[0] is the source's leaders[1].
        Problem problem = new RosterBuilder()
            .AddUnit(Unit(U1, "L-1"), "$.units[0]", ["$.units[0].leaders[3]"])
            .AddUnit(Unit(U2, "L-2", "L-1"), "$.units[1]", ["$.units[1].leaders[1]", "$.units[1].leaders[2]"])
            .Build().Problems.Should().ContainSingle().Subject;

        (problem.Path, problem.Code).Should().Be(("$.units[1].leaders[2].id", ProblemCodes.DuplicateId));
        problem.Message.Should().Contain("L-1").And.Contain("$.units[0].leaders[3]");
    }

    [Fact]
    public void Build_DuplicateLeaderWithoutLocators_IsAtItsUnitsLocatorAndItsPositionInTheUnit()
    {
        Problem problem = new RosterBuilder()
            .AddUnit(Unit(U1, "L-1"), "$.r[4]")
            .AddUnit(Unit(U2, "L-2", "L-1"))
            .Build().Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.units[1].leaders[1].id");
        problem.Message.Should().Contain("$.r[4].leaders[0]");
    }

    [Fact]
    public void Build_NullEntryAmongLeaderLocators_DefaultsForThatLeaderOnly()
    {
        Problem[] problems = [.. new RosterBuilder()
            .AddUnit(Unit(U1, "L-1", "L-2"), "$.u[0]", ["$.x", null])
            .AddUnit(Unit(U2, "L-1", "L-2"), "$.u[1]", [null, "$.y"])
            .Build().Problems];

        problems.Select(p => p.Path).Should().Equal("$.u[1].leaders[0].id", "$.y.id");
        problems[0].Message.Should().Contain("$.x");
        problems[1].Message.Should().Contain("$.u[0].leaders[1]");
    }

    [Fact]
    public void AddUnit_LeaderLocatorsNotOnePerLeader_Throws() =>
        FluentActions.Invoking(() => new RosterBuilder().AddUnit(Unit(U1, "L-1", "L-2"), "$.u[0]", ["$.x"]))
            .Should().Throw<ArgumentException>().WithParameterName("leaderPaths");
}
