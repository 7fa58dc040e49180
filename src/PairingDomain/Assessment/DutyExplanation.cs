using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ardalis.SmartEnum;
using PairingDomain.Activities;
using PairingDomain.Policy;
using PairingDomain.Time;

namespace PairingDomain.Assessment;

/// <summary>
/// The explanation of one unit's result on one duty: the result, and every activity of the unit judged against it.
/// </summary>
/// <remarks>
/// The text gives a header line (the duty, its clause, required and recorded counts, the status), a line of short
/// periods when there are any; for a short or pending duty a line naming each short entry of
/// <see cref="DutyResult.Periods"/> and one naming each entry still open (a per-unit year entry, which says no more than
/// the header, is left out), with the county for a per-county duty (which
/// county lacks its plan, which quarter is still open) and the entry's own required and recorded counts; then one line per activity saying what it is (identifier, date, kind, county, leader)
/// and its verdict. <see cref="ChineseText"/> and <see cref="EnglishText"/> are the two languages;
/// <see cref="TextIn"/> chooses by the caller's culture.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
/// <param name="Unit">The unit.</param>
/// <param name="Rule">The duty.</param>
/// <param name="Result">The unit's result on the duty, or null when the unit does not owe it this year.</param>
/// <param name="Judgements">
/// Every activity of the unit with its verdict: first those of the duty's activity kind, then the others, each group in
/// ledger order.
/// </param>
public sealed record DutyExplanation(UnitId Unit, RuleId Rule, DutyResult? Result, ImmutableArray<ActivityJudgement> Judgements)
{
    /// <summary>The unit.</summary>
    public UnitId Unit { get; init; } = Unit.Value is null
        ? throw new ArgumentException("The unit identifier is the default value.", nameof(Unit))
        : Unit;

    /// <summary>The duty.</summary>
    public RuleId Rule { get; init; } = Rule.Value is null
        ? throw new ArgumentException("The rule identifier is the default value.", nameof(Rule))
        : Rule;

    /// <summary>The explanation in Chinese, one line per activity.</summary>
    public string ChineseText => Render(zh: true);

    /// <summary>The explanation in English, one line per activity.</summary>
    public string EnglishText => Render(zh: false);

    /// <summary>The explanation in the language <paramref name="culture"/> selects.</summary>
    /// <param name="culture">Any <c>zh</c> culture selects <see cref="ChineseText"/>; every other, <see cref="EnglishText"/>.</param>
    /// <returns>The explanation, one line per activity.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string TextIn(CultureInfo culture) => Render(Languages.IsChinese(culture));

    private string Render(bool zh)
    {
        var text = new StringBuilder();
        if (Result is null)
        {
            text.Append(zh ? $"单位 {Unit} 本年度不承担 {Rule}。" : $"Unit {Unit} does not owe {Rule} this year.").Append('\n');
        }
        else
        {
            text.Append(zh
                ? $"单位 {Unit} {Rule}（{Result.Source}）：应 {Result.Required} 次，计入 {Result.Recorded} 次，{Result.Status.ChineseName}。"
                : $"Unit {Unit} {Rule} ({Result.Source}): required {Result.Required}, recorded {Result.Recorded}, {Result.Status.EnglishName}.").Append('\n');
            if (!Result.ShortPeriods.IsEmpty)
            {
                text.Append(zh ? "未达标期间：" : "Short periods: ").Append(string.Join(", ", Result.ShortPeriods)).Append('\n');
            }
            if (Result.Status != DutyStatus.Met)
            {
                Entries(text, Result.Periods, DutyStatus.Short, zh ? "未达标：" : "Short: ", zh);
                Entries(text, Result.Periods, DutyStatus.Pending, zh ? "尚未结束：" : "Still open: ", zh);
            }
        }
        foreach (ActivityJudgement j in Judgements)
        {
            text.Append("  ");
            Describe(text, j.Activity, zh);
            text.Append(zh ? j.Verdict.ChineseName : j.Verdict.EnglishName);
            if (j.OtherDuty is { } other)
            {
                text.Append(zh ? $"（{other}）" : $" ({other})");
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>
    /// One line naming each period entry of <paramref name="status"/>, with its county for a per-county duty:
    /// <c>Short: 2019 county 513429 (required 1, recorded 0); 2019-Q2 (required 1, recorded 0).</c>; none when there is none.
    /// </summary>
    private static void Entries(StringBuilder text, ImmutableArray<DutyPeriodResult> periods, DutyStatus status, string label, bool zh)
    {
        bool first = true;
        foreach (DutyPeriodResult p in periods)
        {
            // A per-unit year entry says no more than the header line.
            if (p.Status != status || (p.Period.IsYear && p.County is null))
            {
                continue;
            }
            text.Append(first ? label : zh ? "；" : "; ").Append(p.Period.ToString());
            if (p.County is { } county)
            {
                text.Append(zh ? " 县 " : " county ").Append(county.Value);
            }
            text.Append(zh ? $"（应 {p.Required} 次，计入 {p.Recorded} 次）" : $" (required {p.Required}, recorded {p.Recorded})");
            first = false;
        }
        if (!first)
        {
            text.Append(zh ? "。" : ".").Append('\n');
        }
    }

    /// <summary>What the activity is: <c>A-2 (2019-04-01, supervision visit, county 513428, leader M-1): </c>.</summary>
    private static void Describe(StringBuilder text, Activity a, bool zh)
    {
        string date = IsoDate.Format(a.Time.Date);
        if (zh)
        {
            text.Append(a.Id.Value).Append('（').Append(date).Append('，').Append(a.Kind.ChineseName).Append('，')
                .Append(a.County is { } county ? $"县 {county}" : "在本单位");
            if (a.By is { } by)
            {
                text.Append("，领导 ").Append(by.Value);
            }
            text.Append("）：");
        }
        else
        {
            text.Append(a.Id.Value).Append(" (").Append(date).Append(", ").Append(a.Kind.EnglishName.ToLowerInvariant()).Append(", ")
                .Append(a.County is { } county ? $"county {county}" : "at the unit");
            if (a.By is { } by)
            {
                text.Append(", leader ").Append(by.Value);
            }
            text.Append("): ");
        }
    }
}
