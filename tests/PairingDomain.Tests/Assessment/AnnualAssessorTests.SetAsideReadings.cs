using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// What a duty owes when an interpretation is set aside (issue 7: the total-across-counties check of
/// <c>PER-COUNTY-MINIMUM-EACH</c> set aside, and the whole-year masks of <c>PRORATE-BY-QUARTER</c> set aside, were
/// reached by no test), and a quarterly duty counted per county.
/// </summary>
public sealed partial class AnnualAssessorTests
{
    private static readonly PolicyEdition s_totalAcrossCounties =
        PolicyEditions.Sichuan2019.WithInterpretation(InterpretationIds.PerCountyMinimumEach, adopted: false);

    private static readonly PolicyEdition s_noProrating =
        PolicyEditions.Sichuan2019.WithInterpretation(InterpretationIds.ProrateByQuarter, adopted: false);

    /// <summary>U-1 leads C1 and C2 all year: the annual plan is owed once per county, two in all.</summary>
    private static TestRoster TwoCounties() => Standard().County(C2).Pairing(C2, U1);

    [Fact]
    public void Assess_TotalAcrossCountiesBelowTheSum_IsShortForTheYear()
    {
        DutyResult plan = TwoCounties().Plan("A-1", U1, "2019-03-01").Assess(edition: s_totalAcrossCounties)
            .Duty(U1, RuleIds.DutyAnnualPlan);

        (plan.Required, plan.Recorded, plan.Status).Should().Be((2, 1, DutyStatus.Short));
        plan.ShortPeriodTexts().Should().Equal("2019");
    }

    [Fact]
    public void Assess_TotalAcrossCountiesBelowTheSumMidYear_IsPendingNotShort()
    {
        DutyResult plan = TwoCounties().Plan("A-1", U1, "2019-03-01").Assess(asOf: "2019-06-30", edition: s_totalAcrossCounties)
            .Duty(U1, RuleIds.DutyAnnualPlan);

        plan.Status.Should().Be(DutyStatus.Pending);
        plan.ShortPeriods.Should().BeEmpty();
    }

    [Fact]
    public void Assess_TotalAcrossCountiesAboveTheSum_IsMet()
    {
        DutyResult plan = TwoCounties().Plan("A-1", U1, "2019-03-01").Plan("A-2", U1, "2019-04-01").Plan("A-3", U1, "2019-05-01")
            .Assess(edition: s_totalAcrossCounties).Duty(U1, RuleIds.DutyAnnualPlan);

        (plan.Required, plan.Recorded, plan.Status).Should().Be((2, 3, DutyStatus.Met));
    }

    [Fact]
    public void Assess_TotalAcrossCountiesQuarterlyDutyShortInOneQuarter_NamesThatQuarterAlone()
    {
        // Three visits for four quarters: the total is below the minimum, but a quarterly duty is short by quarter only.
        DutyResult visits = Standard().Visit("A-1", U1, D1, "2019-02-01").Visit("A-2", U1, D1, "2019-05-01")
            .Visit("A-3", U1, D1, "2019-11-01").Assess(edition: s_totalAcrossCounties).Duty(U1, RuleIds.DutyDeputyVisits);

        (visits.Required, visits.Recorded).Should().Be((4, 3));
        visits.ShortPeriodTexts().Should().Equal("2019-Q3");
    }

    [Fact]
    public void Assess_QuarterlyDutyPerCountyShortAtBothCounties_StaysShortInThatQuarter()
    {
        PolicyEdition perCounty = PolicyEditions.Sichuan2019.WithDutyScope(RuleIds.DutyDeputyVisits, CountingScope.PerCountyAssisted);
        TestRoster records = TwoCounties();
        foreach (string county in new[] { C1, C2 })
        {
            records.Visit($"A-{county}-1", U1, D1, "2019-02-01", county).Visit($"A-{county}-2", U1, D1, "2019-05-01", county)
                .Visit($"A-{county}-4", U1, D1, "2019-11-01", county);
        }

        DutyResult visits = records.Assess(edition: perCounty).Duty(U1, RuleIds.DutyDeputyVisits);

        (visits.Required, visits.Recorded).Should().Be((8, 6));
        visits.ShortPeriodTexts().Should().Equal("2019-Q3");
    }

    [Fact]
    public void Assess_PairedOnlyFromMidDecember_OwesTheYearsPlanOnlyWithoutProrating()
    {
        TestRoster records = new TestRoster().Unit(U1).Deputy(U1, D1).County(C1).Pairing(C1, U1, "2019-12-15");

        records.Assess().Duty(U1, RuleIds.DutyAnnualPlan).Required.Should().Be(0);
        records.Assess(edition: s_noProrating).Duty(U1, RuleIds.DutyAnnualPlan).Required.Should().Be(1);
    }

    [Fact]
    public void Assess_PlanInAPairingWithNoWholeQuarter_IsRecordedThoughNothingIsOwed()
    {
        DutyResult plan = new TestRoster().Unit(U1).Deputy(U1, D1).County(C1).Pairing(C1, U1, "2019-12-15")
            .Plan("A-1", U1, "2019-12-20").Assess().Duty(U1, RuleIds.DutyAnnualPlan);

        (plan.Required, plan.Recorded, plan.Status).Should().Be((0, 1, DutyStatus.Met));
    }

    [Fact]
    public void Assess_LeadOfOneCountyAndParticipantInAnother_OwesJointMeetingsForTheLedCountyOnlyWithoutProrating()
    {
        TestRoster records = Standard().Unit(U2).County(C2).Pairing(C2, U2, participants: U1);

        records.Assess(edition: s_noProrating).Duty(U1, RuleIds.DutyLeadJointMeetings).Required.Should().Be(2);
        records.Assess().Duty(U1, RuleIds.DutyLeadJointMeetings).Required.Should().Be(2);
    }
}
