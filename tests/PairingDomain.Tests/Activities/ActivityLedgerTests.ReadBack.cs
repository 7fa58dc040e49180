using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Activities;

/// <summary>
/// The compact ledger gives back what was added (issue 7: reading county index 0 as "no county" survived): the first
/// county of the roster, no county, and dates on the edges of months, quarters and the calendar, which the packed
/// date stores and the quarterly duties read.
/// </summary>
public sealed partial class ActivityLedgerTests
{
    private static Activity Meeting(string id, string? county, LocalDate on) =>
        new(new ActivityId(id), ActivityKind.LeadershipMeeting, new UnitId(U1), new LeaderId(M1), ActivityTime.On(on),
            county is null ? null : DivisionCode.Parse(county), null);

    [Fact]
    public void Indexer_CountyOfEachRosterPosition_IsKeptAndNoCountyStaysNone()
    {
        var roster = Standard().County(C2).BuildRoster();
        roster.Counties[0].Code.Value.Should().Be(C1);
        Activity first = Meeting("A-1", C1, D("2019-04-12")), second = Meeting("A-2", C2, D("2019-04-12")), none = Meeting("A-3", null, D("2019-04-12"));

        ActivityLedger ledger = new ActivityLedgerBuilder(roster).Add(first).Add(second).Add(none).Build().GetValueOrThrow();

        ledger.Select(a => a.County).Should().Equal(DivisionCode.Parse(C1), DivisionCode.Parse(C2), null);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2019, 1, 31)]
    [InlineData(2019, 3, 31)]
    [InlineData(2019, 4, 1)]
    [InlineData(2019, 12, 31)]
    [InlineData(2020, 2, 29)]
    [InlineData(4095, 12, 31)]
    [InlineData(4096, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Indexer_DateOnTheEdgeOfAMonthOrTheCalendar_IsKept(int year, int month, int day)
    {
        var on = new LocalDate(year, month, day);

        ActivityLedger ledger = new ActivityLedgerBuilder(Standard().BuildRoster()).Add(Meeting("A-1", null, on)).Build().GetValueOrThrow();

        ledger[0].Time.Should().Be(ActivityTime.On(on));
    }

    [Theory]
    [InlineData("2019-03-31", "2019-06-30", "2019-09-30", "2019-12-31")]
    [InlineData("2019-01-01", "2019-04-01", "2019-07-01", "2019-10-01")]
    public void Assess_DeputyVisitOnEachQuartersFirstOrLastDay_MeetsEveryQuarter(string q1, string q2, string q3, string q4)
    {
        DutyResult duty = Standard().Visit("A-1", U1, D1, q1).Visit("A-2", U1, D1, q2).Visit("A-3", U1, D1, q3).Visit("A-4", U1, D1, q4)
            .Assess().Duty(U1, RuleIds.DutyDeputyVisits);

        duty.ShortPeriods.Should().BeEmpty();
        duty.Status.Should().Be(DutyStatus.Met);
    }

    [Theory]
    [InlineData("2019-03-31", "2019-Q2")]
    [InlineData("2019-04-01", "2019-Q1")]
    [InlineData("2019-12-31", "2019-Q1")]
    public void Assess_VisitsOnlyAroundAQuarterEdge_LeaveTheOtherQuartersShort(string edge, string firstShort)
    {
        DutyResult duty = Standard().Visit("A-1", U1, D1, edge).Assess().Duty(U1, RuleIds.DutyDeputyVisits);

        duty.ShortPeriodTexts().Should().HaveCount(3).And.StartWith(firstShort);
    }
}
