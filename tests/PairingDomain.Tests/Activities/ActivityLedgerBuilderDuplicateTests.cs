using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Activities;

/// <summary>
/// A duplicate activity's message names the first activity with the identifier by its locator (the caller's path, or
/// the default <c>$.activities[i]</c>), as the roster's duplicates do, never by the order it was added in.
/// </summary>
public sealed class ActivityLedgerBuilderDuplicateTests
{
    private static readonly Roster s_roster = Standard().BuildRoster();

    private static Activity Plan(string id) =>
        new(new ActivityId(id), ActivityKind.AnnualPlan, new UnitId(U1), null, ActivityTime.On(D("2019-01-25")), DivisionCode.Parse(C1), null);

    [Fact]
    public void Build_DuplicateWithCallersPaths_NamesTheFirstByItsPath()
    {
        // A reader that skipped bad records: the second activity added is the source's 7th record.
        Problem problem = new ActivityLedgerBuilder(s_roster)
            .Add(Plan("A-1"), "$.activities[0]")
            .Add(Plan("A-2"), "$.activities[6]")
            .Add(Plan("A-2"), "$.activities[9]")
            .Build().Problems.Should().ContainSingle().Subject;

        (problem.Path, problem.Code).Should().Be(("$.activities[9].id", ProblemCodes.DuplicateId));
        problem.Message.Should().Contain("A-2").And.Contain("$.activities[6]").And.NotContain("2nd");
    }

    [Fact]
    public void Build_DuplicateWithoutPaths_NamesTheFirstByItsDefaultPath()
    {
        Problem problem = new ActivityLedgerBuilder(s_roster)
            .Add(Plan("A-1")).Add(Plan("A-2")).Add(Plan("A-2"))
            .Build().Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("$.activities[2].id");
        problem.Message.Should().Contain("$.activities[1]");
    }

    [Fact]
    public void Build_FirstWithoutPathLaterWithPaths_NamesTheFirstByItsDefaultPath()
    {
        Problem[] problems = [.. new ActivityLedgerBuilder(s_roster, capacity: 1)
            .Add(Plan("A-1")).Add(Plan("A-2"))
            .Add(Plan("A-1"), "$.x[5]").Add(Plan("A-3"), "$.x[6]").Add(Plan("A-3"))
            .Build().Problems];

        problems.Select(p => p.Path).Should().Equal("$.x[5].id", "$.activities[4].id");
        problems[0].Message.Should().Contain("$.activities[0]");
        problems[1].Message.Should().Contain("$.x[6]");
    }
}
