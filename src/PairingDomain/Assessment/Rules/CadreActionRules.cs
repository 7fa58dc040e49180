using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// <c>CADRE-RECALL</c>, <c>CADRE-COMMEND</c> and <c>CADRE-CRITICISE</c> (§III.6): what a stationed cadre's grade for
/// the year, reviews and own duties ask of the sending unit.
/// </summary>
internal static class CadreActionRules
{
    /// <summary>The rules this class evaluates: part of <see cref="EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } = [RuleIds.CadreRecall, RuleIds.CadreCommend, RuleIds.CadreCriticise];

    // Every combination the grade and CADRE-CRITICISE can give, in ordinal order (a grade is one of commend or recall).
    private static readonly ImmutableArray<RuleId> s_recall = [RuleIds.CadreRecall], s_commend = [RuleIds.CadreCommend],
        s_criticise = [RuleIds.CadreCriticise], s_commendCriticise = [RuleIds.CadreCommend, RuleIds.CadreCriticise],
        s_criticiseRecall = [RuleIds.CadreCriticise, RuleIds.CadreRecall];

    /// <summary>
    /// Each cadre's actions, in roster order: a recall for 不称职 under <c>RECALL-ON-INCOMPETENT</c>, a commendation for
    /// 优秀, a criticism for a review in the window recording 履行职责不力 or (<c>CRITICISE-ON-CADRE-DUTY-SHORT</c>) a short
    /// duty of the cadre's own, each when the edition applies its rule; and the cadre's duty results. Without a work book
    /// (a <c>pairing-case/1</c> case) there are no duty results and no criticism.
    /// </summary>
    internal static ImmutableArray<CadreActions> Evaluate(AssessmentPlan plan, CadreWorkBook? work)
    {
        bool recall = plan.Edition.Applies(RuleIds.CadreRecall) && plan.Edition.Adopts(InterpretationIds.RecallOnIncompetent);
        bool commend = plan.Edition.Applies(RuleIds.CadreCommend);
        bool criticise = work is not null && plan.Edition.Applies(RuleIds.CadreCriticise);
        bool onShort = plan.Edition.Adopts(InterpretationIds.CriticiseOnCadreDutyShort);
        CadreGrade?[] grade = plan.CadreGrades;
        ImmutableArray<StationedCadre> cadres = plan.Roster.Cadres;
        bool[] dutyShort = new bool[cadres.Length];
        ImmutableArray<CadreDutyResult>[]? duties = work is null ? null : CadreDutyRules.Evaluate(plan, work, out dutyShort);
        bool[] criticised = new bool[cadres.Length];
        if (criticise)
        {
            var yearStart = new LocalDate(plan.Year, 1, 1);
            ImmutableArray<CadreReview> reviews = work!.Reviews;
            int[] reviewCadre = work.ReviewCadres;
            for (int i = 0; i < reviews.Length; i++)
            {
                CadreReview review = reviews[i];
                if (!review.DutiesFulfilled && review.On >= yearStart && review.On <= plan.AsOf)
                {
                    criticised[reviewCadre[i]] = true;
                }
            }
        }
        var actions = new CadreActions[cadres.Length];
        for (int c = 0; c < cadres.Length; c++)
        {
            bool critic = criticise && (criticised[c] || (onShort && dutyShort[c]));
            ImmutableArray<RuleId> list = grade[c] == CadreGrade.Incompetent && recall ? (critic ? s_criticiseRecall : s_recall)
                : grade[c] == CadreGrade.Excellent && commend ? (critic ? s_commendCriticise : s_commend)
                : critic ? s_criticise
                : [];
            actions[c] = duties is null ? new CadreActions(cadres[c].Id, list) : new CadreActions(cadres[c].Id, list) { Duties = duties[c] };
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(actions);
    }
}
