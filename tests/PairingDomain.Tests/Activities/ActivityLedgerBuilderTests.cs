using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Places;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Activities;

public sealed partial class ActivityLedgerBuilderTests
{
    private static Activity Make(string id, ActivityKind kind, string unit, string? by, string? county, string? village = null) =>
        new(new ActivityId(id), kind, new UnitId(unit), by is null ? null : new LeaderId(by), ActivityTime.On(D("2019-04-12")),
            county is null ? null : DivisionCode.Parse(county), village is null ? null : VillageCode.Parse(village));

    [Fact]
    public void Build_EveryKindOfBadReference_IsReportedAtOnceWithPaths()
    {
        var roster = Standard().Unit(U2).Main(U2, M2).County(C2).Village(V2).BuildRoster();
        var result = new ActivityLedgerBuilder(roster)
            .Add(Make("A-1", ActivityKind.SupervisionVisit, U1, M1, C1))
            .Add(Make("A-1", ActivityKind.SupervisionVisit, U1, M1, C1))
            .Add(Make("A-3", ActivityKind.SupervisionVisit, U1, null, C1))
            .Add(Make("A-4", ActivityKind.JointMeeting, U1, null, null))
            .Add(Make("A-5", ActivityKind.SupervisionVisit, U1, M2, C1))
            .Add(Make("A-6", ActivityKind.SupervisionVisit, U1, "L-9", "513499"))
            .Add(Make("A-7", ActivityKind.NightSchool, U1, null, C1, V2))
            .Add(Make("A-8", ActivityKind.StudyTour, "U-9", null, C1))
            .Add(Make("A-9", ActivityKind.NightSchool, U1, null, C1, "513428100999"))
            .Build();

        result.Success.Should().BeFalse();
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.activities[1].id", ProblemCodes.DuplicateId),
            ("$.activities[2].by", ProblemCodes.MissingField),
            ("$.activities[3].county", ProblemCodes.MissingField),
            ("$.activities[4].by", ProblemCodes.UnknownReference),
            ("$.activities[5].by", ProblemCodes.UnknownReference),
            ("$.activities[5].county", ProblemCodes.UnknownReference),
            ("$.activities[6].village", ProblemCodes.InvalidValue),
            ("$.activities[7].unit", ProblemCodes.UnknownReference),
            ("$.activities[8].village", ProblemCodes.UnknownReference));
    }

    [Fact]
    public void Build_MeetingsAtTheUnit_NeedNoCounty()
    {
        var roster = Standard().BuildRoster();
        var ledger = new ActivityLedgerBuilder(roster)
            .Add(Make("A-1", ActivityKind.LeadershipMeeting, U1, M1, null))
            .Add(Make("A-2", ActivityKind.OfficeMeeting, U1, D1, null))
            .Add(Make("A-3", ActivityKind.JointMeeting, U1, null, C1))
            .Build().GetValueOrThrow();
        ledger.Count.Should().Be(3);
    }

    [Fact]
    public void Indexer_RoundTripsEveryField()
    {
        var roster = Standard().BuildRoster();
        Activity visit = new(new ActivityId("A-1"), ActivityKind.SupervisionVisit, new UnitId(U1), new LeaderId(M1),
            ActivityTime.At(I("2019-09-30T18:00:00Z")), DivisionCode.Parse(C1), VillageCode.Parse(V1));
        Activity plan = Make("A-2", ActivityKind.AnnualPlan, U1, null, C1);
        var ledger = new ActivityLedgerBuilder(roster).Add(visit).Add(plan).Build().GetValueOrThrow();
        ledger[0].Should().Be(visit);
        ledger[1].Should().Be(plan);
        ledger.IdAt(1).Value.Should().Be("A-2");
        ledger.Select(a => a.Id.Value).Should().Equal("A-1", "A-2");
        ledger.Roster.Should().BeSameAs(roster);
    }
}
