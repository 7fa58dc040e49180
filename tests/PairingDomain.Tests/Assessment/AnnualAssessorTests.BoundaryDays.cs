using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// Every interval of the rules is inclusive at both ends (issue 7: turning a &lt;= into &lt; survived): the year's first
/// and last day, the as-of date, a leader's first and last day in post, a pairing's first and last day, read through the
/// duties' counts. (Whether a unit assists a county on a day is pinned by <c>RosterTests.Assists</c>.)
/// </summary>
public sealed partial class AnnualAssessorTests
{
    [Theory]
    [InlineData("2019-01-01", 1)]
    [InlineData("2019-12-31", 1)]
    [InlineData("2018-12-31", 0)]
    public void Recorded_ActivityOnTheYearsEdge_CountsInsideOnly(string on, int recorded) =>
        Standard().Plan("A-1", U1, on).Assess().Duty(U1, RuleIds.DutyAnnualPlan).Recorded.Should().Be(recorded);

    [Theory]
    [InlineData("2019-06-30", 1)]
    [InlineData("2019-07-01", 0)]
    public void Recorded_ActivityOnOrAfterTheAsOfDate_CountsUpToItOnly(string on, int recorded) =>
        Standard().Plan("A-1", U1, on).Assess("2019-06-30").Duty(U1, RuleIds.DutyAnnualPlan).Recorded.Should().Be(recorded);

    [Theory]
    [InlineData("2019-03-01", 1)]
    [InlineData("2019-05-31", 1)]
    [InlineData("2019-02-28", 0)]
    [InlineData("2019-06-01", 0)]
    public void Recorded_VisitOnALeadersFirstOrLastDayInPost_Counts(string on, int recorded) =>
        new TestRoster().Unit(U1).Leader(U1, "M-9", LeaderPost.MainLeader, "2019-03-01", "2019-05-31")
            .County(C1).Pairing(C1, U1)
            .Visit("A-1", U1, "M-9", on)
            .Assess().Duty(U1, RuleIds.DutyMainLeaderVisits).Recorded.Should().Be(recorded);

    [Theory]
    [InlineData("2019-04-01", 1)]
    [InlineData("2019-09-30", 1)]
    [InlineData("2019-03-31", 0)]
    [InlineData("2019-10-01", 0)]
    public void Recorded_PlanOnAPairingsFirstOrLastDay_Counts(string on, int recorded) =>
        new TestRoster().Unit(U1).Main(U1, M1).County(C1).Pairing(C1, U1, "2019-04-01", "2019-09-30")
            .Plan("A-1", U1, on)
            .Assess().Duty(U1, RuleIds.DutyAnnualPlan).Recorded.Should().Be(recorded);

    [Theory]
    [InlineData("2019-04-01", 1)]
    [InlineData("2019-09-30", 1)]
    [InlineData("2019-03-31", 0)]
    public void Recorded_MeetingAtTheUnitOnAPairingsEdge_CountsWhileAPairingIsInForce(string on, int recorded) =>
        new TestRoster().Unit(U1).Main(U1, M1).County(C1).Pairing(C1, U1, "2019-04-01", "2019-09-30")
            .LeadershipMeeting("A-1", U1, M1, on)
            .Assess().Duty(U1, RuleIds.DutyMainLeaderMeetings).Recorded.Should().Be(recorded);
}
