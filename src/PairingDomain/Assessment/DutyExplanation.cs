using System.Collections.Immutable;
using Ardalis.SmartEnum;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// Why an activity did or did not count for a duty: what a provincial officer asks when a unit disputes a result.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class ActivityVerdict : SmartEnum<ActivityVerdict>
{
    /// <summary>计入: the activity counted.</summary>
    public static readonly ActivityVerdict Counted = new(nameof(Counted), 0, "计入", "counted");

    /// <summary>The activity is of a kind that does not feed this duty.</summary>
    public static readonly ActivityVerdict OtherKind = new(nameof(OtherKind), 1, "活动类型不对应该项职责", "its kind does not feed this duty");

    /// <summary>The activity is dated (China Standard Time) outside the assessed year.</summary>
    public static readonly ActivityVerdict OtherYear = new(nameof(OtherYear), 2, "不在考核年度内（按北京时间）", "dated outside the assessed year (China Standard Time)");

    /// <summary>The activity is dated after the as-of date.</summary>
    public static readonly ActivityVerdict AfterAsOf = new(nameof(AfterAsOf), 3, "晚于评估截止日", "dated after the as-of date");

    /// <summary>Its leader did not hold the duty's post on its date.</summary>
    public static readonly ActivityVerdict LeaderNotInPost = new(nameof(LeaderNotInPost), 4, "当日该领导不在该职务上", "its leader did not hold the duty's post on that date");

    /// <summary>Its county was not assisted by the unit on its date.</summary>
    public static readonly ActivityVerdict OutsidePairing = new(nameof(OutsidePairing), 5, "当日该县不是本单位帮扶县", "the unit did not assist its county on that date");

    /// <summary>The unit was not the lead of its county on its date.</summary>
    public static readonly ActivityVerdict NotLeadUnit = new(nameof(NotLeadUnit), 6, "当日本单位不是该县牵头单位", "the unit was not the county's lead unit on that date");

    private ActivityVerdict(string name, int value, string chineseText, string englishText)
        : base(name, value)
    {
        ChineseText = chineseText;
        EnglishText = englishText;
    }

    /// <summary>The verdict in Chinese.</summary>
    public string ChineseText { get; }

    /// <summary>The verdict in English.</summary>
    public string EnglishText { get; }
}

/// <summary>
/// One activity of a unit and whether it counted for a duty.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Activity">The activity.</param>
/// <param name="Verdict">Whether it counted, or why not.</param>
public sealed record ActivityJudgement(ActivityId Activity, ActivityVerdict Verdict);

/// <summary>
/// The explanation of one unit's result on one duty: the result, and every activity of the unit judged against it.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Unit">The unit.</param>
/// <param name="Rule">The duty.</param>
/// <param name="Result">The unit's result on the duty, or null when the unit does not owe it this year.</param>
/// <param name="Judgements">Every activity of the unit, in ledger order, with its verdict.</param>
public sealed record DutyExplanation(UnitId Unit, RuleId Rule, DutyResult? Result, ImmutableArray<ActivityJudgement> Judgements)
{
    /// <summary>The explanation in Chinese, one line per activity.</summary>
    public string ChineseText => Render(zh: true);

    /// <summary>The explanation in English, one line per activity.</summary>
    public string EnglishText => Render(zh: false);

    private string Render(bool zh)
    {
        var text = new System.Text.StringBuilder();
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
        }
        foreach (ActivityJudgement j in Judgements)
        {
            text.Append("  ").Append(j.Activity.Value).Append(": ").Append(zh ? j.Verdict.ChineseText : j.Verdict.EnglishText).Append('\n');
        }
        return text.ToString();
    }
}
