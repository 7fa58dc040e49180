using System.Collections.Immutable;
using System.Text;
using Ardalis.SmartEnum;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

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
        }
        foreach (ActivityJudgement j in Judgements)
        {
            text.Append("  ").Append(j.Activity.Value).Append(": ").Append(zh ? j.Verdict.ChineseName : j.Verdict.EnglishName).Append('\n');
        }
        return text.ToString();
    }
}
