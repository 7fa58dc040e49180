using System;
using System.Collections.Immutable;
using PairingDomain.Policy;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// The score of the three links (三挂钩, §III.8; case-format-2.md §2): 100 points less each scoring row's deduction,
/// never below 0, graded with the bundle cap.
/// </summary>
internal static class ScoreRules
{
    /// <summary>The rules this class evaluates: part of <see cref="EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } = [RuleIds.LinkPerformance, RuleIds.LinkFourGoodOneStrong];

    /// <summary>
    /// Whether <paramref name="rule"/> can be a scoring row, its missing count being one the contract defines: a unit
    /// duty fed by activities, <c>MECH-FOUR-IN-ONE</c> or <c>DUTY-CADRE-FULL-TIME</c>.
    /// </summary>
    internal static bool CanScore(PolicyRule rule) =>
        rule is DutyRule { ActivityKind: not null } || rule.Id == RuleIds.MechFourInOne || rule.Id == RuleIds.DutyCadreFullTime;

    /// <summary>
    /// The unit's score; null when it owes no duty. <paramref name="mechanismScored"/> says whether the edition applies
    /// <c>MECH-FOUR-IN-ONE</c>, <paramref name="cadresShort"/> how many of the unit's cadres are <c>short</c> on
    /// <c>DUTY-CADRE-FULL-TIME</c>.
    /// </summary>
    internal static UnitScore? Evaluate(ScoringTable table, UnitAssessment unit, bool mechanismScored, int cadresShort)
    {
        if (unit.Duties.IsEmpty)
        {
            return null;
        }
        int points = ScoringTable.StartPoints;
        ImmutableArray<ScoreDeduction>.Builder? deductions = null;
        foreach (ScoringRow row in table.Rows)
        {
            int missing = Missing(row.Rule, unit, mechanismScored, cadresShort);
            int deducted = row.Deduct(missing);
            if (deducted > 0)
            {
                (deductions ??= ImmutableArray.CreateBuilder<ScoreDeduction>()).Add(new ScoreDeduction(row.Rule, missing, deducted));
                points -= deducted;
            }
        }
        points = Math.Max(0, points); // 扣完为止
        ScoreGrade grade = GradeOf(points);
        bool capped = grade == ScoreGrade.Good && !unit.Excellence.Eligible;
        return new UnitScore(points, capped ? ScoreGrade.FairlyGood : grade, capped, deductions?.DrainToImmutable() ?? []);
    }

    /// <summary>The grade band of <paramref name="points"/>, before the bundle cap.</summary>
    internal static ScoreGrade GradeOf(int points) =>
        points >= ScoringTable.GoodFrom ? ScoreGrade.Good
        : points >= ScoringTable.FairlyGoodFrom ? ScoreGrade.FairlyGood
        : points >= ScoringTable.AverageFrom ? ScoreGrade.Average
        : ScoreGrade.Poor;

    /// <summary>
    /// What row <paramref name="rule"/> counts as missing: for a duty, the sum of <c>required − recorded</c> over its
    /// short period entries (pending ones deduct nothing); for the mechanism, its missing parts; for the cadres' duty,
    /// the unit's cadres short on it.
    /// </summary>
    private static int Missing(RuleId rule, UnitAssessment unit, bool mechanismScored, int cadresShort)
    {
        if (rule == RuleIds.MechFourInOne)
        {
            return mechanismScored ? unit.Mechanism.Missing.Length : 0;
        }
        if (rule == RuleIds.DutyCadreFullTime)
        {
            return cadresShort;
        }
        if (unit.Duty(rule) is not { } duty)
        {
            return 0;
        }
        int missing = 0;
        foreach (DutyPeriodResult entry in duty.Periods)
        {
            if (entry.Status == DutyStatus.Short)
            {
                missing += entry.Shortfall;
            }
        }
        return missing;
    }
}
