using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NodaTime;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Time;

namespace PairingDomain.Assessment;

/// <summary>
/// The explanation of one stationed cadre's result on one of the cadre's own duties (issue 13: "which months were short
/// and why, which work-record part is missing"): <c>DUTY-CADRE-FULL-TIME</c> (§III.4: full-time in the village with a
/// work plan and a work ledger) with the year's work record part by part, or <c>DUTY-CADRE-DAYS</c> (domain.md §8, where
/// an edition enables it) with each judged month and the year's leave.
/// </summary>
/// <remarks>
/// The text gives a header line (the cadre, the duty, its clause, the status), then for <c>DUTY-CADRE-FULL-TIME</c> a
/// line on the work record (none, or each part kept or missing) and a line of what is missing; for
/// <c>DUTY-CADRE-DAYS</c> one line per judged month (days in the village, leave, met or short and why), a line on the
/// year's leave against the maximum, and a line of the months in post not yet ended. <see cref="ChineseText"/> and
/// <see cref="EnglishText"/> are the two languages; <see cref="TextIn"/> chooses by the caller's culture. Obtained from
/// <see cref="AnnualAssessment.ExplainCadre"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class CadreDutyExplanation
{
    internal CadreDutyExplanation(CadreId cadre, RuleId rule, int year, LocalDate asOf, CadreDutyResult? result,
        CadreWorkRecord? workRecord, ImmutableArray<CadreWorkPart> kept, ImmutableArray<CadreMonthJudgement> months,
        ImmutableArray<YearMonth> openMonths, long leaveDays, int? leaveMaximum)
    {
        Cadre = cadre;
        Rule = rule;
        Year = year;
        AsOf = asOf;
        Result = result;
        WorkRecord = workRecord;
        Kept = kept;
        Months = months;
        OpenMonths = openMonths;
        LeaveDays = leaveDays;
        LeaveMaximum = leaveMaximum;
    }

    /// <summary>The cadre.</summary>
    public CadreId Cadre { get; }

    /// <summary>The duty: <c>DUTY-CADRE-FULL-TIME</c> or <c>DUTY-CADRE-DAYS</c>.</summary>
    public RuleId Rule { get; }

    /// <summary>The assessed year.</summary>
    public int Year { get; }

    /// <summary>The as-of date of the assessment.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The cadre's result on the duty, or null when the cadre was in post on no day of the window and owes nothing.</summary>
    public CadreDutyResult? Result { get; }

    /// <summary>The duty's status, or null when the duty is not owed.</summary>
    public DutyStatus? Status => Result?.Status;

    /// <summary>For <c>DUTY-CADRE-FULL-TIME</c>, the cadre's work record for the year; null when there is none, and for <c>DUTY-CADRE-DAYS</c>.</summary>
    public CadreWorkRecord? WorkRecord { get; }

    /// <summary>
    /// For <c>DUTY-CADRE-FULL-TIME</c> with a work record, the parts the record shows kept, in <see cref="CadreWorkPart"/>
    /// order (<see cref="CadreWorkPart.WorkPlan"/>, <see cref="CadreWorkPart.WorkLedger"/>,
    /// <see cref="CadreWorkPart.FullTime"/>); empty otherwise.
    /// </summary>
    public ImmutableArray<CadreWorkPart> Kept { get; }

    /// <summary>
    /// For <c>DUTY-CADRE-FULL-TIME</c>, what the work record lacks, as <see cref="CadreDutyResult.Missing"/>: just
    /// <see cref="CadreWorkPart.Record"/> when there is none. Empty for <c>DUTY-CADRE-DAYS</c> and when not owed.
    /// </summary>
    public ImmutableArray<CadreWorkPart> Missing => Result?.Missing ?? [];

    /// <summary>
    /// For <c>DUTY-CADRE-DAYS</c>, every month judged: each whole month of the year ended by the as-of date on every day
    /// of which the cadre was in post, in time order. Its short ones are <see cref="CadreDutyResult.ShortMonths"/>.
    /// </summary>
    public ImmutableArray<CadreMonthJudgement> Months { get; }

    /// <summary>For <c>DUTY-CADRE-DAYS</c>, the whole months in post not yet ended by the as-of date, which keep the duty pending.</summary>
    public ImmutableArray<YearMonth> OpenMonths { get; }

    /// <summary>For <c>DUTY-CADRE-DAYS</c>, the leave days of every record of the year's months ended by the as-of date; 0 otherwise.</summary>
    public long LeaveDays { get; }

    /// <summary>For <c>DUTY-CADRE-DAYS</c>, the edition's yearly leave maximum; null when it sets none, and for <c>DUTY-CADRE-FULL-TIME</c>.</summary>
    public int? LeaveMaximum { get; }

    /// <summary>For <c>DUTY-CADRE-DAYS</c>, whether <see cref="LeaveDays"/> exceeds <see cref="LeaveMaximum"/>.</summary>
    public bool LeaveExceeded => LeaveMaximum is { } maximum && LeaveDays > maximum;

    /// <summary>The explanation in Chinese, one line per fact.</summary>
    public string ChineseText => Render(zh: true);

    /// <summary>The explanation in English, one line per fact.</summary>
    public string EnglishText => Render(zh: false);

    /// <summary>The explanation in the language <paramref name="culture"/> selects.</summary>
    /// <param name="culture">Any <c>zh</c> culture selects <see cref="ChineseText"/>; every other, <see cref="EnglishText"/>.</param>
    /// <returns>The explanation, one line per fact.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string TextIn(CultureInfo culture) => Render(Languages.IsChinese(culture));

    /// <inheritdoc />
    public override string ToString() => $"{Cadre} {Rule} {Status?.Name ?? "not-owed"}";

    private string Render(bool zh)
    {
        var text = new StringBuilder();
        string asOf = IsoDate.Format(AsOf);
        if (Result is null)
        {
            text.Append(zh
                ? $"驻村干部 {Cadre} 在 {Year} 年（截至 {asOf}）无在岗日，不承担 {Rule}。"
                : $"Cadre {Cadre} was in post on no day of {Year} up to {asOf}: {Rule} is not owed.").Append('\n');
            return text.ToString();
        }
        text.Append(zh
            ? $"驻村干部 {Cadre} {Rule}（{Result.Source}）：{Result.Status.ChineseName}。"
            : $"Cadre {Cadre} {Rule} ({Result.Source}): {Result.Status.EnglishName}.").Append('\n');
        if (Rule == RuleIds.DutyCadreDays)
        {
            RenderDays(text, zh);
        }
        else
        {
            RenderFullTime(text, zh);
        }
        return text.ToString();
    }

    private void RenderFullTime(StringBuilder text, bool zh)
    {
        if (WorkRecord is not { } record)
        {
            text.Append(zh ? $"{Year} 年无工作记录。" : $"No work record for {Year}.").Append('\n');
        }
        else if (zh)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Year} 年工作记录：帮扶工作计划{(record.WorkPlan ? "已建立" : "未建立")}，帮扶工作台账{(record.WorkLedger ? "已建立" : "未建立")}，"
                + $"{(record.HomeUnitDuties ? "仍承担派出单位工作，未全脱产" : "全脱产")}。").Append('\n');
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"Work record {Year}: work plan {(record.WorkPlan ? "kept" : "not kept")}, work ledger {(record.WorkLedger ? "kept" : "not kept")}, "
                + $"{(record.HomeUnitDuties ? "still carried duties at the home unit (not full-time)" : "full-time")}.").Append('\n');
        }
        // Without a record the line above says all: the record is what is missing.
        if (WorkRecord is not null && !Missing.IsEmpty)
        {
            text.Append(zh ? "缺少：" : "Missing: ");
            for (int i = 0; i < Missing.Length; i++)
            {
                text.Append(i == 0 ? string.Empty : zh ? "，" : ", ").Append(zh ? Missing[i].ChineseName : Missing[i].EnglishName.ToLowerInvariant());
            }
            text.Append(zh ? "。" : ".").Append('\n');
        }
        if (Result!.Status == DutyStatus.Pending)
        {
            text.Append(zh ? $"考核年度尚未结束（截至 {IsoDate.Format(AsOf)}），年底按上述记录判定。" : $"The year has not ended (as of {IsoDate.Format(AsOf)}): the record is judged at the year's end.").Append('\n');
        }
    }

    private static string Days(int n) => n == 1 ? "1 day" : $"{n} days";

    private void RenderDays(StringBuilder text, bool zh)
    {
        int minimum = Result!.RequiredDaysPerMonth ?? 0;
        text.Append(zh ? $"每月在村至少 {minimum} 天；" : $"At least {minimum} days in the village each month; ")
            .Append(zh ? $"判定的月份 {Months.Length} 个：" : $"{Months.Length} months judged:").Append('\n');
        foreach (CadreMonthJudgement m in Months)
        {
            string month = IsoDate.FormatMonth(m.Month);
            text.Append("  ");
            if (zh)
            {
                text.Append(month).Append('：').Append(m.HasRecord ? $"在村 {m.DaysInVillage} 天，请假 {m.LeaveDays} 天" : "无考勤记录，按 0 天计")
                    .Append('：').Append(!m.IsShort ? DutyStatus.Met.ChineseName : m.HasRecord ? $"{DutyStatus.Short.ChineseName}（少于 {minimum} 天）" : DutyStatus.Short.ChineseName);
            }
            else
            {
                text.Append(month).Append(": ").Append(m.HasRecord ? $"{Days(m.DaysInVillage)} in the village, {Days(m.LeaveDays)} on leave" : "no attendance record, counted as 0 days")
                    .Append(": ").Append(!m.IsShort ? DutyStatus.Met.EnglishName : m.HasRecord ? $"{DutyStatus.Short.EnglishName} (fewer than {minimum})" : DutyStatus.Short.EnglishName);
            }
            text.Append('\n');
        }
        if (LeaveMaximum is { } maximum)
        {
            text.Append(zh
                ? $"请假：本年 {LeaveDays} 天，上限 {maximum} 天，{(LeaveExceeded ? "超过上限，未达标" : "未超过上限")}。"
                : $"Leave: {LeaveDays} days this year, maximum {maximum}: {(LeaveExceeded ? "exceeded, short" : "within")}.").Append('\n');
        }
        else
        {
            text.Append(zh ? $"请假：本年 {LeaveDays} 天，本版本未设上限。" : $"Leave: {LeaveDays} days this year; the edition sets no maximum.").Append('\n');
        }
        if (!OpenMonths.IsEmpty)
        {
            text.Append(zh ? "尚未结束的在岗月份：" : "Months in post not yet ended: ");
            for (int i = 0; i < OpenMonths.Length; i++)
            {
                text.Append(i == 0 ? string.Empty : zh ? "，" : ", ").Append(IsoDate.FormatMonth(OpenMonths[i]));
            }
            text.Append(zh ? "。" : ".").Append('\n');
        }
    }
}
