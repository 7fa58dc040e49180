using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// DUTY-DEPUTY-VISITS, §III.3: "分管负责同志要每季度到县到村调研指导" — the deputy leader in charge, 1 a quarter.
/// </summary>
public class DutyDeputyVisitsTests
{
    private static readonly RuleId s_rule = RuleIds.DutyDeputyVisits;

    [Fact]
    public void Assess_OneVisitEachQuarter_IsMet()
    {
        var a = Standard().Visit("A-1", U1, D1, "2019-01-10").Visit("A-2", U1, D1, "2019-04-10")
            .Visit("A-3", U1, D1, "2019-07-10").Visit("A-4", U1, D1, "2019-12-31").Assess();
        DutyResult d = a.Duty(U1, s_rule);
        (d.Required, d.Recorded, d.Status).Should().Be((4, 4, DutyStatus.Met));
        d.Source.Should().Be("SC-2019-4 §III.3");
    }

    [Fact]
    public void Assess_FourVisitsButNoneInQ2_IsShortInQ2Only()
    {
        var a = Standard().Visit("A-1", U1, D1, "2019-02-01").Visit("A-2", U1, D1, "2019-03-01")
            .Visit("A-3", U1, D1, "2019-07-01").Visit("A-4", U1, D1, "2019-10-01").Assess();
        DutyResult d = a.Duty(U1, s_rule);
        (d.Required, d.Recorded, d.Status, d.Shortfall).Should().Be((4, 4, DutyStatus.Short, 0));
        d.ShortPeriodTexts().Should().Equal("2019-Q2");
    }

    [Fact]
    public void Assess_NoVisits_ListsEveryQuarterInTimeOrder()
    {
        var a = Standard().Assess();
        a.Duty(U1, s_rule).ShortPeriodTexts().Should().Equal("2019-Q1", "2019-Q2", "2019-Q3", "2019-Q4");
    }

    [Fact]
    public void Assess_VisitAtQuarterEdgeInCst_BelongsToTheSichuanQuarter()
    {
        // 2019-03-31T16:30Z is 1 April 00:30 in Sichuan: Q2, not Q1.
        var a = Standard().VisitAt("A-1", U1, D1, "2019-03-31T16:30:00Z")
            .Visit("A-2", U1, D1, "2019-07-15").Visit("A-3", U1, D1, "2019-10-15").Assess();
        a.Duty(U1, s_rule).ShortPeriodTexts().Should().Equal("2019-Q1");
    }

    [Fact]
    public void Assess_PairingStartingMidQuarter_OnlyWholeQuartersAreRequired()
    {
        // WHOLE-QUARTER-COVERAGE: from 15 May, Q2 is not wholly in force.
        var a = new TestRoster().Unit(U1).Deputy(U1, D1).County(C1).Pairing(C1, U1, "2019-05-15")
            .Visit("A-1", U1, D1, "2019-05-20").Visit("A-2", U1, D1, "2019-08-20").Visit("A-3", U1, D1, "2019-11-20")
            .Assess();
        DutyResult d = a.Duty(U1, s_rule);
        (d.Required, d.Recorded, d.Status).Should().Be((2, 3, DutyStatus.Met));
    }

    [Fact]
    public void Assess_PairingStartingMidQuarterWithNoLaterVisits_ShortQuartersAreThoseInForce()
    {
        var a = new TestRoster().Unit(U1).Deputy(U1, D1).County(C1).Pairing(C1, U1, "2019-05-15").Assess();
        a.Duty(U1, s_rule).ShortPeriodTexts().Should().Equal("2019-Q3", "2019-Q4");
    }

    [Fact]
    public void Assess_TwoPairingsBackToBack_CoverTheQuarterTogether()
    {
        var a = new TestRoster().Unit(U1).Unit(U2).Deputy(U1, D1).County(C1).County(C2)
            .Pairing(C1, U1, "2019-01-01", "2019-05-10").Pairing(C2, U2, "2019-05-11", participants: U1)
            .Assess();
        a.Duty(U1, s_rule).Required.Should().Be(4);
    }

    [Fact]
    public void Assess_PeriodChangedToYearly_NeedsOneForTheYear()
    {
        var a = Standard().Visit("A-1", U1, D1, "2019-02-01")
            .Assess(edition: PolicyEditions.Sichuan2019.WithDutyPeriod(s_rule, DutyPeriodKind.Year));
        (a.Duty(U1, s_rule).Required, a.Duty(U1, s_rule).Status).Should().Be((1, DutyStatus.Met));
    }

    [Fact]
    public void Assess_DeputyReplacedMidQuarter_EachVisitCountsForWhoeverHeldThePost()
    {
        var a = new TestRoster().Unit(U1).Deputy(U1, "D-old", "2016-01-01", "2019-04-30").Deputy(U1, "D-new", "2019-05-01")
            .County(C1).Pairing(C1, U1)
            .Visit("A-1", U1, "D-old", "2019-02-20").Visit("A-2", U1, "D-old", "2019-05-20").Visit("A-3", U1, "D-new", "2019-06-18")
            .Assess();
        a.Duty(U1, s_rule).Evidence.Select(e => e.Value).Should().Equal("A-1", "A-3");
    }
}
