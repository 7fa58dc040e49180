using System.Linq;
using NodaTime;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// DUTY-CADRE-DAYS (domain.md §8; case-format-2.md §2: "off in sichuan-2019; an edition that enables it sets the minimum
/// days per month, 20 in Guangxi and Baihe, and may set a yearly leave maximum, 30 in Baihe"): every whole month in post
/// ended by asOf, a month without a record counting 0 days.
/// </summary>
public class CadreDaysTests
{
    private static readonly CadreId s_k1 = new("K-1");

    private static PolicyEdition Baihe(int? leaveMaximum = 30) =>
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).SetEnabled(RuleIds.DutyCadreDays, true)
            .SetYearlyLeaveMaximum(RuleIds.DutyCadreDays, leaveMaximum).Build().GetValueOrThrow();

    private static void FullYear(CadreWorkBookBuilder w, int days = 22, int leave = 2)
    {
        w.AddWorkRecord(new CadreWorkRecord(s_k1, 2019, true, true, false));
        for (int m = 1; m <= 12; m++)
        {
            w.AddAttendance(new AttendanceRecord(s_k1, new YearMonth(2019, m), days, leave));
        }
    }

    private static CadreDutyResult DaysOf(AnnualAssessment a) =>
        a.Cadres.Single(c => c.Cadre == s_k1).Duties.Single(d => d.Rule == RuleIds.DutyCadreDays);

    [Fact]
    public void Sichuan2019_DaysAreOffAndFullTimeAlone()
    {
        var sichuan = (DutyRule)PolicyEditions.Sichuan2019.GetRule(RuleIds.DutyCadreDays);
        (sichuan.IsEnabled, sichuan.IsEvaluated, sichuan.Minimum, sichuan.Period, sichuan.YearlyLeaveMaximum)
            .Should().Be((false, true, 20, DutyPeriodKind.Month, (int?)null));
        Standard().AssessWith(w => FullYear(w)).Cadres.Single().Duties.Select(d => d.Rule).Should().Equal(RuleIds.DutyCadreFullTime);
    }

    [Fact]
    public void Enabled_TwentyDaysEveryMonth_IsMetAfterFullTime()
    {
        AnnualAssessment a = Standard().AssessWith(w => FullYear(w, days: 20), edition: Baihe());
        a.Cadres.Single().Duties.Select(d => (d.Rule, d.Status)).Should().Equal(
            (RuleIds.DutyCadreFullTime, DutyStatus.Met), (RuleIds.DutyCadreDays, DutyStatus.Met));
        DaysOf(a).RequiredDaysPerMonth.Should().Be(20);
        ((DutyRule)Baihe().GetRule(RuleIds.DutyCadreDays)).Parameters.Should().Contain(new RuleParameter("yearly-leave-maximum", "30"));
    }

    [Fact]
    public void Enabled_NineteenDaysOrNoRecord_ListsTheShortMonthsAndCriticises()
    {
        AnnualAssessment a = Standard().AssessWith(w =>
        {
            w.AddWorkRecord(new CadreWorkRecord(s_k1, 2019, true, true, false));
            for (int m = 1; m <= 12; m++)
            {
                if (m != 5)
                {
                    w.AddAttendance(new AttendanceRecord(s_k1, new YearMonth(2019, m), m == 3 ? 19 : 20, 0));
                }
            }
        }, edition: Baihe());
        CadreDutyResult days = DaysOf(a);
        days.Status.Should().Be(DutyStatus.Short);
        days.ShortMonths.Should().Equal(new YearMonth(2019, 3), new YearMonth(2019, 5));
        days.LeaveExceeded.Should().BeFalse();
        a.Cadres.Single().Actions.Should().Equal(RuleIds.CadreCriticise);
    }

    [Fact]
    public void Enabled_LeaveAboveThirty_IsShortWithNoShortMonth()
    {
        // 12 × 3 = 36 days of leave > 30; 12 × 2 = 24 is within it.
        CadreDutyResult over = DaysOf(Standard().AssessWith(w => FullYear(w, leave: 3), edition: Baihe()));
        (over.Status, over.LeaveExceeded, over.ShortMonths.Length).Should().Be((DutyStatus.Short, true, 0));
        DaysOf(Standard().AssessWith(w => FullYear(w, leave: 2), edition: Baihe())).Status.Should().Be(DutyStatus.Met);
        DaysOf(Standard().AssessWith(w => FullYear(w, leave: 3), edition: Baihe(null))).Status.Should().Be(DutyStatus.Met);
    }

    [Fact]
    public void Enabled_MidYear_JudgesEndedMonthsOnlyAndIsPending()
    {
        // As of 15 June: January to May are judged; June is not over; no record for June does not shorten.
        CadreDutyResult days = DaysOf(Standard().AssessWith(w =>
        {
            for (int m = 1; m <= 5; m++)
            {
                w.AddAttendance(new AttendanceRecord(s_k1, new YearMonth(2019, m), 20, 0));
            }
        }, asOf: "2019-06-15", edition: Baihe()));
        (days.Status, days.ShortMonths.Length).Should().Be((DutyStatus.Pending, 0));
        DaysOf(Standard().AssessWith(_ => { }, asOf: "2019-05-31", edition: Baihe())).ShortMonths.Should().HaveCount(5);
    }

    [Fact]
    public void Enabled_MonthsNotWhollyInPost_AreNotJudged()
    {
        // Posted 10 March to 20 October: April to September are whole months in post.
        AnnualAssessment a = Standard().Cadre("K-2", U1, V1, from: "2019-03-10", to: "2019-10-20").AssessWith(_ => { }, edition: Baihe());
        CadreDutyResult days = a.Cadres.Single(c => c.Cadre.Value == "K-2").Duties.Single(d => d.Rule == RuleIds.DutyCadreDays);
        days.ShortMonths.Select(m => m.Month).Should().Equal(4, 5, 6, 7, 8, 9);
    }

    [Fact]
    public void Builder_MonthPeriodForAnotherDutyOrLeaveMaximumElsewhere_IsRefused()
    {
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).SetPeriod(RuleIds.DutyNightSchool, DutyPeriodKind.Month).Build()
            .Problems.Select(p => p.Path).Should().Equal("rules[DUTY-NIGHT-SCHOOL].period");
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).SetPeriod(RuleIds.DutyCadreDays, DutyPeriodKind.Quarter).Build()
            .Problems.Select(p => p.Path).Should().Equal("rules[DUTY-CADRE-DAYS].period");
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).SetYearlyLeaveMaximum(RuleIds.DutyNightSchool, 5).Build()
            .Problems.Select(p => p.Path).Should().Equal("rules[DUTY-NIGHT-SCHOOL].yearlyLeaveMaximum");
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).SetYearlyLeaveMaximum(RuleIds.DutyCadreDays, -1).Build()
            .Problems.Select(p => p.Path).Should().Equal("rules[DUTY-CADRE-DAYS].yearlyLeaveMaximum");
    }
}
