using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// <see cref="AnnualAssessment.ExplainCadre"/> (issue 13: "Explain covers the cadre duties: which months were short and
/// why, which work-record part is missing"), for DUTY-CADRE-FULL-TIME (§III.4) and DUTY-CADRE-DAYS (domain.md §8), in
/// both languages, and its refusals.
/// </summary>
public class ExplainCadreTests
{
    private static readonly CadreId s_k1 = new("K-1");

    private static PolicyEdition Baihe(int? leaveMaximum = 30) =>
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).SetEnabled(RuleIds.DutyCadreDays, true)
            .SetYearlyLeaveMaximum(RuleIds.DutyCadreDays, leaveMaximum).Build().GetValueOrThrow();

    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void FullTime_LedgerNotKeptAndHomeDuties_NamesTheMissingPartsInBothLanguages()
    {
        AnnualAssessment a = Standard().AssessWith(w => w.AddWorkRecord(new CadreWorkRecord(s_k1, 2019, true, false, true)));
        CadreDutyExplanation e = a.ExplainCadre(s_k1, RuleIds.DutyCadreFullTime);

        (e.Cadre, e.Rule, e.Status).Should().Be((s_k1, RuleIds.DutyCadreFullTime, DutyStatus.Short));
        e.Result.Should().BeSameAs(a.Cadres.Single().Duties.Single());
        e.Kept.Should().Equal(CadreWorkPart.WorkPlan);
        e.Missing.Should().Equal(CadreWorkPart.WorkLedger, CadreWorkPart.FullTime);
        e.WorkRecord!.WorkLedger.Should().BeFalse();
        Lines(e.EnglishText).Should().Equal(
            "Cadre K-1 DUTY-CADRE-FULL-TIME (SC-2019-4 §III.4): short.",
            "Work record 2019: work plan kept, work ledger not kept, still carried duties at the home unit (not full-time).",
            "Missing: work ledger, full-time presence.",
            "");
        Lines(e.ChineseText).Should().Equal(
            "驻村干部 K-1 DUTY-CADRE-FULL-TIME（SC-2019-4 §III.4）：未达标。",
            "2019 年工作记录：帮扶工作计划已建立，帮扶工作台账未建立，仍承担派出单位工作，未全脱产。",
            "缺少：帮扶工作台账，全脱产。",
            "");
        e.TextIn(CultureInfo.GetCultureInfo("zh-CN")).Should().Be(e.ChineseText);
        e.TextIn(CultureInfo.InvariantCulture).Should().Be(e.EnglishText);
    }

    [Fact]
    public void FullTime_NoRecord_SaysThereIsNone()
    {
        CadreDutyExplanation e = Standard().AssessWith(_ => { }).ExplainCadre(s_k1, RuleIds.DutyCadreFullTime);

        (e.WorkRecord, e.Kept.Length).Should().Be((null, 0));
        e.Missing.Should().Equal(CadreWorkPart.Record);
        Lines(e.EnglishText)[1].Should().Be("No work record for 2019.");
        Lines(e.ChineseText)[1].Should().Be("2019 年无工作记录。");
    }

    [Fact]
    public void FullTime_CompleteRecordMidYear_IsPendingWithEveryPartKept()
    {
        CadreDutyExplanation e = Standard().AssessWith(w => w.AddWorkRecord(new CadreWorkRecord(s_k1, 2019, true, true, false)), asOf: "2019-06-30")
            .ExplainCadre(s_k1, RuleIds.DutyCadreFullTime);

        e.Status.Should().Be(DutyStatus.Pending);
        e.Kept.Should().Equal(CadreWorkPart.WorkPlan, CadreWorkPart.WorkLedger, CadreWorkPart.FullTime);
        e.Missing.Should().BeEmpty();
        e.EnglishText.Should().NotContain("Missing").And.Contain("The year has not ended (as of 2019-06-30)");
    }

    [Fact]
    public void Days_ShortMonths_SayWhyEachIsShort()
    {
        AnnualAssessment a = Standard().AssessWith(w =>
        {
            for (int m = 1; m <= 12; m++)
            {
                if (m != 5)
                {
                    w.AddAttendance(new AttendanceRecord(s_k1, new YearMonth(2019, m), m == 3 ? 19 : 20, m == 3 ? 4 : 1));
                }
            }
        }, edition: Baihe());
        CadreDutyExplanation e = a.ExplainCadre(s_k1, RuleIds.DutyCadreDays);

        e.Status.Should().Be(DutyStatus.Short);
        e.Months.Should().HaveCount(12);
        e.Months.Where(m => m.IsShort).Select(m => m.Month).Should().Equal(e.Result!.ShortMonths);
        CadreMonthJudgement may = e.Months[4];
        (may.HasRecord, may.DaysInVillage, may.MinimumDays).Should().Be((false, 0, 20));
        (e.LeaveDays, e.LeaveMaximum, e.LeaveExceeded).Should().Be((14L, 30, false));
        string[] english = Lines(e.EnglishText);
        english.Should().Contain("  2019-03: 19 days in the village, 4 days on leave: short (fewer than 20)")
            .And.Contain("  2019-05: no attendance record, counted as 0 days: short")
            .And.Contain("  2019-04: 20 days in the village, 1 day on leave: met")
            .And.Contain("Leave: 14 days this year, maximum 30: within.");
        string[] chinese = Lines(e.ChineseText);
        chinese.Should().Contain("  2019-03：在村 19 天，请假 4 天：未达标（少于 20 天）")
            .And.Contain("  2019-05：无考勤记录，按 0 天计：未达标")
            .And.Contain("请假：本年 14 天，上限 30 天，未超过上限。");
    }

    [Fact]
    public void Days_LeaveAboveTheMaximum_SaysItIsExceeded()
    {
        AnnualAssessment a = Standard().AssessWith(w =>
        {
            for (int m = 1; m <= 12; m++)
            {
                w.AddAttendance(new AttendanceRecord(s_k1, new YearMonth(2019, m), 22, 3));
            }
        }, edition: Baihe());
        CadreDutyExplanation e = a.ExplainCadre(s_k1, RuleIds.DutyCadreDays);

        (e.Status, e.LeaveDays, e.LeaveExceeded, e.Months.Count(m => m.IsShort)).Should().Be((DutyStatus.Short, 36L, true, 0));
        Lines(e.EnglishText).Should().Contain("Leave: 36 days this year, maximum 30: exceeded, short.");
        Lines(e.ChineseText).Should().Contain("请假：本年 36 天，上限 30 天，超过上限，未达标。");
        Lines(a.ExplainCadre(s_k1, RuleIds.DutyCadreDays).EnglishText).Should().NotContain(l => l.StartsWith("Months in post", StringComparison.Ordinal));
    }

    [Fact]
    public void Days_MidYearAndPostedFromMarch_JudgesEndedWholeMonthsAndListsTheOpenOnes()
    {
        // Posted 10 March: April and May are judged as of 15 June; June to December are in post and not yet ended.
        AnnualAssessment a = Standard().Cadre("K-2", U1, V1, from: "2019-03-10")
            .AssessWith(w => w.AddAttendance(new AttendanceRecord(new CadreId("K-2"), new YearMonth(2019, 4), 21, 0)), asOf: "2019-06-15", edition: Baihe(null));
        CadreDutyExplanation e = a.ExplainCadre(new CadreId("K-2"), RuleIds.DutyCadreDays);

        e.Months.Select(m => m.ToString()).Should().Equal("2019-04 21/20", "2019-05 no-record/20 short");
        e.OpenMonths.Select(m => m.Month).Should().Equal(6, 7, 8, 9, 10, 11, 12);
        e.LeaveMaximum.Should().BeNull();
        Lines(e.EnglishText).Should().Contain("Months in post not yet ended: 2019-06, 2019-07, 2019-08, 2019-09, 2019-10, 2019-11, 2019-12.")
            .And.Contain("Leave: 0 days this year; the edition sets no maximum.");
        Lines(e.ChineseText).Should().Contain("尚未结束的在岗月份：2019-06，2019-07，2019-08，2019-09，2019-10，2019-11，2019-12。");
    }

    [Fact]
    public void CadreNotInPost_SaysTheDutyIsNotOwed()
    {
        AnnualAssessment a = Standard().Cadre("K-2", U1, V1, from: "2018-01-01", to: "2018-12-31").AssessWith(_ => { });
        CadreDutyExplanation e = a.ExplainCadre(new CadreId("K-2"), RuleIds.DutyCadreFullTime);

        (e.Result, e.Status).Should().Be((null, null));
        e.EnglishText.Should().Be("Cadre K-2 was in post on no day of 2019 up to 2019-12-31: DUTY-CADRE-FULL-TIME is not owed.\n");
        e.ChineseText.Should().Be("驻村干部 K-2 在 2019 年（截至 2019-12-31）无在岗日，不承担 DUTY-CADRE-FULL-TIME。\n");
    }

    [Fact]
    public void ExplainCadre_UnknownCadreOrNotACadreDutyOrDisabledOrNoCadreWork_Throws()
    {
        AnnualAssessment a = Standard().AssessWith(_ => { });

        a.Invoking(x => x.ExplainCadre(new CadreId("K-9"), RuleIds.DutyCadreFullTime))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("cadre");
        a.Invoking(x => x.ExplainCadre(s_k1, RuleIds.DutyAnnualPlan))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be("rule");
        a.Invoking(x => x.ExplainCadre(s_k1, RuleIds.DutyCadreDays))
            .Should().Throw<ArgumentException>("DUTY-CADRE-DAYS is off in sichuan-2019").Which.ParamName.Should().Be("rule");
        Standard().Assess().Invoking(x => x.ExplainCadre(s_k1, RuleIds.DutyCadreFullTime))
            .Should().Throw<ArgumentException>().WithMessage("*no cadres' work*");
    }
}
