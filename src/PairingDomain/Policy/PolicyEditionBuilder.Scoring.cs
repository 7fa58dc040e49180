using System;
using System.Collections.Generic;
using System.Linq;
using PairingDomain.Assessment.Rules;

namespace PairingDomain.Policy;

public sealed partial class PolicyEditionBuilder
{
    private List<ScoringRow> _scoringRows = [];

    // The rows of removed rules, with their places: a rule of the same identifier added back gets its row back there.
    private readonly Dictionary<RuleId, (int At, ScoringRow Row)> _stashedRows = [];

    private void StashScoringRow(RuleId rule)
    {
        int at = _scoringRows.FindIndex(r => r.Rule == rule);
        if (at >= 0)
        {
            _stashedRows[rule] = (at, _scoringRows[at]);
            _scoringRows.RemoveAt(at);
        }
    }

    /// <summary>
    /// Replaces the scoring table (case-format-2.md §2) with <paramref name="rows"/>, in the order a score lists its
    /// deductions: a province states its own weights in place of the illustrative table.
    /// </summary>
    /// <remarks>
    /// <see cref="Build"/> refuses a row whose rule the edition lacks (<c>unknown-reference</c> at
    /// <c>scoringTable[ID]</c>), a row that is not a unit duty fed by activities, <c>MECH-FOUR-IN-ONE</c> or
    /// <c>DUTY-CADRE-FULL-TIME</c> — the rows whose missing count the contract defines — (<c>invalid-value</c>), and a
    /// rule given two rows (<c>duplicate-id</c>).
    /// </remarks>
    /// <param name="rows">The rows; an empty sequence leaves every unit its 100 points.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder WithScoringTable(IEnumerable<ScoringRow> rows)
    {
        Preconditions.CheckNotNull(rows, nameof(rows));
        _scoringRows = [.. rows.Select(r => Preconditions.CheckNotNull(r, nameof(rows)))];
        return this;
    }

    /// <summary>
    /// Sets the scoring row of <paramref name="rule"/>: changes it in place when the table has one, otherwise adds it at
    /// the end. A negative figure is refused with <c>invalid-value</c>.
    /// </summary>
    /// <param name="rule">The row's rule.</param>
    /// <param name="perMissing">The points deducted per missing item; zero or more.</param>
    /// <param name="max">The most points the row deducts; zero or more.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder SetScoringRow(RuleId rule, int perMissing, int max)
    {
        Preconditions.CheckArgument(rule.Value is not null, nameof(rule), "The rule identifier is the default value.");
        if (perMissing < 0 || max < 0)
        {
            _problems.Add(new Problem($"scoringTable[{rule}]", ProblemCodes.InvalidValue,
                $"a scoring row's points cannot be negative: perMissing {perMissing}, max {max}",
                $"评分表 {rule} 的扣分不能为负数：每项 {perMissing}，最多 {max}"));
            return this;
        }
        var row = new ScoringRow(rule, perMissing, max);
        int at = _scoringRows.FindIndex(r => r.Rule == rule);
        if (at < 0)
        {
            _scoringRows.Add(row);
        }
        else
        {
            _scoringRows[at] = row;
        }
        return this;
    }

    /// <summary>Removes the scoring row of <paramref name="rule"/>; <c>unknown-reference</c> when the table has none.</summary>
    /// <param name="rule">The row's rule.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder RemoveScoringRow(RuleId rule)
    {
        if (_scoringRows.RemoveAll(r => r.Rule == rule) == 0)
        {
            _problems.Add(new Problem($"scoringTable[{rule}]", ProblemCodes.UnknownReference, $"the scoring table has no row {rule}",
                $"评分表没有 {rule} 一行"));
        }
        return this;
    }

    /// <summary>Every reason the scoring table is impossible: rows of rules the edition lacks, rows whose missing count the contract does not define, a rule twice.</summary>
    private void ValidateScoringTable(List<Problem> problems)
    {
        foreach ((RuleId rule, (int at, ScoringRow row)) in _stashedRows.OrderBy(s => s.Value.At))
        {
            if (Find(rule) is { } back && ScoreRules.CanScore(back) && !_scoringRows.Exists(r => r.Rule == rule))
            {
                _scoringRows.Insert(Math.Min(at, _scoringRows.Count), row);
            }
        }
        _stashedRows.Clear();
        foreach (IGrouping<RuleId, ScoringRow> twice in _scoringRows.GroupBy(r => r.Rule).Where(g => g.Count() > 1))
        {
            problems.Add(new Problem($"scoringTable[{twice.Key}]", ProblemCodes.DuplicateId,
                $"the scoring table has {twice.Count()} rows for {twice.Key}", $"评分表中 {twice.Key} 出现 {twice.Count()} 行"));
        }
        foreach (ScoringRow row in _scoringRows.DistinctBy(r => r.Rule))
        {
            PolicyRule? rule = Find(row.Rule);
            if (rule is null)
            {
                problems.Add(new Problem($"scoringTable[{row.Rule}]", ProblemCodes.UnknownReference,
                    $"the scoring table deducts for {row.Rule}, which the edition does not have",
                    $"评分表按 {row.Rule} 扣分，但该版本没有此规则"));
            }
            else if (!ScoreRules.CanScore(rule))
            {
                problems.Add(new Problem($"scoringTable[{row.Rule}]", ProblemCodes.InvalidValue,
                    $"{row.Rule} cannot be a scoring row: only a unit duty, MECH-FOUR-IN-ONE and DUTY-CADRE-FULL-TIME have a missing count",
                    $"{row.Rule} 不能作为评分项：只有单位职责、MECH-FOUR-IN-ONE 和 DUTY-CADRE-FULL-TIME 有缺项数"));
            }
        }
    }
}
