using System.Linq;
using System.Runtime.InteropServices;
using PairingDomain.Assessment;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// <see cref="DutyResult.Periods"/>, case-format-2.md §3 "each duty gains periods" (issue 13: "nothing saying which county
/// lacks its plan, and mid-year nearly every duty is just Pending"): one entry per period in force and, for a per-county
/// duty, per county, each with its own pro-rated minimum, count and status.
/// </summary>
public class DutyPeriodsTests
{
    private static readonly PolicyEdition s_visitsPerCounty =
        PolicyEditions.Sichuan2019.WithDutyScope(RuleIds.DutyDeputyVisits, CountingScope.PerCountyAssisted);

    /// <summary>U-1 leads C1 and joins C2, which U-2 leads.</summary>
    private static TestRoster LeadsC1JoinsC2() => Standard().Unit(U2).County(C2).Pairing(C2, U2, participants: U1);

    private static string[] Texts(DutyResult duty) => [.. duty.Periods.Select(p => p.ToString())];

    [Fact]
    public void Periods_PerUnitYearlyDuty_IsTheYearAloneWithNoCounty()
    {
        DutyResult visits = Standard().Visit("A-1", U1, M1, "2019-03-01").Assess().Duty(U1, RuleIds.DutyMainLeaderVisits);

        DutyPeriodResult year = visits.Periods.Should().ContainSingle().Subject;
        (year.Period.ToString(), year.County, year.Required, year.Recorded, year.Status, year.Shortfall)
            .Should().Be(("2019", (DivisionCode?)null, 2, 1, DutyStatus.Short, 1));
    }

    [Fact]
    public void Periods_PerUnitQuarterlyDutyMidYear_SaysWhichQuarterIsShortAndWhichStillOpen()
    {
        DutyResult visits = Standard().Visit("A-1", U1, D1, "2019-02-01").Visit("A-2", U1, D1, "2019-07-10")
            .Assess(asOf: "2019-08-15").Duty(U1, RuleIds.DutyDeputyVisits);

        Texts(visits).Should().Equal("2019-Q1 1/1 Met", "2019-Q2 0/1 Short", "2019-Q3 1/1 Pending", "2019-Q4 0/1 Pending");
        visits.ShortPeriodTexts().Should().Equal("2019-Q2");
    }

    [Fact]
    public void Periods_AnnualPlanForTwoCountiesOneLacking_SaysWhichCountyLacksItsPlan()
    {
        DutyResult plan = LeadsC1JoinsC2().Plan("A-1", U1, "2019-01-25").Plan("A-2", U1, "2019-06-25")
            .Assess().Duty(U1, RuleIds.DutyAnnualPlan);

        (plan.Required, plan.Recorded, plan.Status).Should().Be((2, 2, DutyStatus.Short));
        Texts(plan).Should().Equal($"2019 {C1} 2/1 Met", $"2019 {C2} 0/1 Short");
        plan.Periods[1].County.Should().Be(DivisionCode.Parse(C2));
    }

    [Fact]
    public void Periods_YearNotOver_EveryCountyIsPendingEvenOneAlreadyAtItsMinimum()
    {
        DutyResult plan = LeadsC1JoinsC2().Plan("A-1", U1, "2019-01-25").Assess(asOf: "2019-06-30").Duty(U1, RuleIds.DutyAnnualPlan);

        Texts(plan).Should().Equal($"2019 {C1} 1/1 Pending", $"2019 {C2} 0/1 Pending");
    }

    [Fact]
    public void Periods_CountiesInCodeOrder_WhateverTheOrderOfThePairings()
    {
        // C2 (513429) is paired first, C1 (513428) second: the entries follow the county codes.
        DutyResult plan = new TestRoster().Unit(U1).Main(U1, M1).County(C2).County(C1).Pairing(C2, U1).Pairing(C1, U1)
            .Plan("A-1", U1, "2019-02-01", C2).Assess().Duty(U1, RuleIds.DutyAnnualPlan);

        Texts(plan).Should().Equal($"2019 {C1} 0/1 Short", $"2019 {C2} 1/1 Met");
    }

    [Fact]
    public void Periods_QuarterlyPerCountyDutyMidYear_ByQuarterThenCounty()
    {
        TestRoster records = LeadsC1JoinsC2()
            .Visit("A-1", U1, D1, "2019-02-01", C1).Visit("A-2", U1, D1, "2019-03-01", C2)
            .Visit("A-3", U1, D1, "2019-05-01", C1)
            .Visit("A-4", U1, D1, "2019-07-02", C2);

        DutyResult visits = records.Assess(asOf: "2019-08-15", edition: s_visitsPerCounty).Duty(U1, RuleIds.DutyDeputyVisits);

        Texts(visits).Should().Equal(
            $"2019-Q1 {C1} 1/1 Met", $"2019-Q1 {C2} 1/1 Met",
            $"2019-Q2 {C1} 1/1 Met", $"2019-Q2 {C2} 0/1 Short",
            $"2019-Q3 {C1} 0/1 Pending", $"2019-Q3 {C2} 1/1 Pending",
            $"2019-Q4 {C1} 0/1 Pending", $"2019-Q4 {C2} 0/1 Pending");
        (visits.Required, visits.Recorded, visits.Status).Should().Be((8, 4, DutyStatus.Short));
        visits.ShortPeriodTexts().Should().Equal("2019-Q2");
    }

    [Fact]
    public void Periods_QuarterlyPerCountyDutyCountyWithNoWholeQuarter_HasNoQuarterEntry()
    {
        // PERIODS-QUARTERS-IN-FORCE: C2 is joined from 15 December only; its visit counts in the total, in no entry.
        TestRoster records = Standard().Unit(U2).County(C2).Pairing(C2, U2, "2019-12-15", participants: U1)
            .Visit("A-1", U1, D1, "2019-12-20", C2);

        DutyResult visits = records.Assess(edition: s_visitsPerCounty).Duty(U1, RuleIds.DutyDeputyVisits);

        visits.Periods.Select(p => p.County!.Value.Value).Should().Equal(C1, C1, C1, C1);
        (visits.Required, visits.Recorded, visits.Periods.Sum(p => p.Recorded)).Should().Be((4, 1, 0));
        PolicyEditions.Sichuan2019.Adopts(InterpretationIds.PeriodsQuartersInForce).Should().BeTrue();
    }

    [Fact]
    public void Periods_PairingWithNoWholeQuarter_YearlyEntryRequiresNothingAndQuarterlyDutyHasNone()
    {
        TestRoster records = new TestRoster().Unit(U1).Main(U1, M1).Deputy(U1, D1).County(C1).Pairing(C1, U1, "2019-12-15")
            .Plan("A-1", U1, "2019-12-20");
        AnnualAssessment a = records.Assess();

        Texts(a.Duty(U1, RuleIds.DutyAnnualPlan)).Should().Equal($"2019 {C1} 1/0 Met");
        Texts(a.Duty(U1, RuleIds.DutyMainLeaderVisits)).Should().Equal("2019 0/0 Met");
        a.Duty(U1, RuleIds.DutyDeputyVisits).Periods.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2019-07-01", "2019 513429 0/1 Short")] // two whole quarters: (2 × 2 + 3) / 4 = 1
    [InlineData("2019-10-01", "2019 513429 0/1 Short")] // one: (2 + 3) / 4 = 1
    [InlineData("2019-12-15", "2019 513429 0/0 Met")]   // none: required 0, the entry is still there
    public void Periods_LedCountyFromMidYear_ItsEntryIsProratedByItsOwnQuarters(string from, string second)
    {
        DutyResult meetings = Standard().County(C2).Pairing(C2, U1, from).JointMeeting("A-1", U1, "2019-03-01")
            .JointMeeting("A-2", U1, "2019-06-01").Assess().Duty(U1, RuleIds.DutyLeadJointMeetings);

        Texts(meetings).Should().Equal($"2019 {C1} 2/2 Met", second);
        meetings.Periods.Sum(p => p.Required).Should().Be(meetings.Required);
    }

    [Fact]
    public void Periods_LedOnlyDuty_HasEntriesOnlyForTheLedCounties()
    {
        DutyResult meetings = LeadsC1JoinsC2().JointMeeting("A-1", U1, "2019-03-01").JointMeeting("A-2", U1, "2019-04-01", C2)
            .Assess().Duty(U1, RuleIds.DutyLeadJointMeetings);

        Texts(meetings).Should().Equal($"2019 {C1} 1/2 Short");
        Texts(LeadsC1JoinsC2().Assess().Duty(U2, RuleIds.DutyLeadJointMeetings)).Should().Equal($"2019 {C2} 0/2 Short");
    }

    [Fact]
    public void Periods_ReadTwice_IsComputedOnceAndKept()
    {
        DutyResult plan = LeadsC1JoinsC2().Assess().Duty(U1, RuleIds.DutyAnnualPlan);

        ImmutableCollectionsMarshal.AsArray(plan.Periods).Should().BeSameAs(ImmutableCollectionsMarshal.AsArray(plan.Periods));
    }

    [Fact]
    public void Constructor_DefaultCountyNegativeCountOrNoStatus_Throws()
    {
        PairingDomain.Time.DutyPeriod year = PairingDomain.Time.DutyPeriod.ForYear(2019);
        FluentActions.Invoking(() => new DutyPeriodResult(year, default(DivisionCode), 1, 0, DutyStatus.Met)).Should().Throw<System.ArgumentException>();
        FluentActions.Invoking(() => new DutyPeriodResult(year, null, -1, 0, DutyStatus.Met)).Should().Throw<System.ArgumentException>();
        FluentActions.Invoking(() => new DutyPeriodResult(year, null, 1, -1, DutyStatus.Met)).Should().Throw<System.ArgumentException>();
        FluentActions.Invoking(() => new DutyPeriodResult(year, null, 1, 0, null!)).Should().Throw<System.ArgumentNullException>();
        new DutyPeriodResult(year, DivisionCode.Parse(C1), 2, 3, DutyStatus.Met).Shortfall.Should().Be(0);
    }
}
