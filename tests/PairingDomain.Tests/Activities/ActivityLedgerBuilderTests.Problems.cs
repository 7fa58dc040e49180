using System;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Activities;

/// <summary>
/// Every problem names the record it is about (issue 7: emptying those messages survived), and records are located at the path the
/// caller gave or at their index among all records added.
/// </summary>
public sealed partial class ActivityLedgerBuilderTests
{
    private static readonly Roster s_rosterOfTwo = Standard().Unit(U2).Main(U2, M2).County(C2).Village(V2).BuildRoster();

    private static Activity NewActivity(string id, ActivityKind kind, string unit = U1, string? by = null, string? county = C1,
        string? village = null, string on = "2019-04-12") =>
        new(new ActivityId(id), kind, new UnitId(unit), by is null ? null : new LeaderId(by), ActivityTime.On(D(on)),
            county is null ? null : DivisionCode.Parse(county), village is null ? null : VillageCode.Parse(village));

    private static Problem Single(Activity activity, string? path = null) =>
        new ActivityLedgerBuilder(s_rosterOfTwo).Add(activity, path).Build().Problems.Should().ContainSingle().Subject;

    [Fact]
    public void LedgerAdd_UnknownUnit_NamesTheUnit() =>
        Single(NewActivity("A-1", ActivityKind.AnnualPlan, unit: "U-404")).Message.Should().Contain("U-404");

    [Fact]
    public void LedgerAdd_UnknownLeader_NamesTheLeader() =>
        Single(NewActivity("A-1", ActivityKind.SupervisionVisit, by: "L-404")).Message.Should().Contain("L-404");

    [Fact]
    public void LedgerAdd_LeaderOfAnotherUnit_NamesLeaderAndBothUnits() =>
        Single(NewActivity("A-1", ActivityKind.SupervisionVisit, by: M2)).Message.Should().Contain(M2).And.Contain(U2).And.Contain(U1);

    [Fact]
    public void LedgerAdd_VisitWithoutLeader_SaysTheKindNeedsALeader() =>
        Single(NewActivity("A-1", ActivityKind.SupervisionVisit)).Message.Should()
            .Contain(ActivityKind.SupervisionVisit.EnglishName.ToLowerInvariant()).And.Contain("leader");

    [Fact]
    public void LedgerAdd_UnknownCounty_NamesTheCounty() =>
        Single(NewActivity("A-1", ActivityKind.AnnualPlan, county: "513499")).Message.Should().Contain("513499");

    [Fact]
    public void LedgerAdd_JointMeetingWithoutCounty_SaysTheKindNeedsACounty() =>
        Single(NewActivity("A-1", ActivityKind.JointMeeting, county: null)).Message.Should()
            .Contain(ActivityKind.JointMeeting.EnglishName.ToLowerInvariant()).And.Contain("county");

    [Fact]
    public void LedgerAdd_UnknownVillage_NamesTheVillage() =>
        Single(NewActivity("A-1", ActivityKind.NightSchool, village: "513428100999")).Message.Should().Contain("513428100999");

    [Fact]
    public void LedgerAdd_VillageOfAnotherCounty_NamesVillageAndCounty()
    {
        Problem problem = Single(NewActivity("A-1", ActivityKind.NightSchool, county: C1, village: V2));

        problem.Code.Should().Be(ProblemCodes.InvalidValue);
        problem.Message.Should().Contain(V2).And.Contain(C1);
    }

    [Fact]
    public void LedgerAdd_VillageWithoutCounty_SaysThereIsNone()
    {
        Problem problem = Single(NewActivity("A-1", ActivityKind.LeadershipMeeting, by: M1, county: null, village: V1));

        (problem.Path, problem.Code).Should().Be(("$.activities[0].village", ProblemCodes.InvalidValue));
        problem.Message.Should().Contain(V1).And.Contain("none");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(11)]
    [InlineData(12)]
    [InlineData(13)]
    [InlineData(21)]
    [InlineData(22)]
    [InlineData(23)]
    [InlineData(101)]
    [InlineData(111)]
    [InlineData(112)]
    [InlineData(113)]
    public void LedgerAdd_DuplicateId_NamesItAndThePathOfTheActivityThatHadItFirst(int first)
    {
        var builder = new ActivityLedgerBuilder(s_rosterOfTwo);
        for (int i = 1; i <= first; i++)
        {
            builder.Add(NewActivity($"A-{i}", ActivityKind.AnnualPlan));
        }
        builder.Add(NewActivity($"A-{first}", ActivityKind.AnnualPlan));

        Problem problem = builder.Build().Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be($"$.activities[{first}].id");
        problem.Message.Should().Contain($"A-{first}").And.Contain($"$.activities[{first - 1}]");
    }

    [Fact]
    public void LedgerAdd_ExplicitPath_IsKeptAndDefaultsCountEveryRecordAdded()
    {
        Problem[] problems = [.. new ActivityLedgerBuilder(s_rosterOfTwo)
            .Add(NewActivity("A-1", ActivityKind.AnnualPlan))
            .Add(NewActivity("A-2", ActivityKind.AnnualPlan, unit: "U-404"), "$.activities[7]")
            .Add(NewActivity("A-3", ActivityKind.AnnualPlan, unit: "U-404"))
            .Build().Problems];

        problems.Select(p => p.Path).Should().Equal("$.activities[7].unit", "$.activities[2].unit");
    }

    [Fact]
    public void LedgerAdd_PathOfOneNulCharacter_IsKeptAsGiven()
    {
        // The builder once marked "no path given" with an interned "\0" literal, so a caller passing "\0" lost its path.
        Problem problem = new ActivityLedgerBuilder(s_rosterOfTwo)
            .Add(NewActivity("A-1", ActivityKind.AnnualPlan, unit: "U-404"), "\0")
            .Build().Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("\0.unit");
    }
}
