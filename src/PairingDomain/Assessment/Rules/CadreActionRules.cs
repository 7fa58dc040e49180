using System.Collections.Immutable;
using System.Runtime.InteropServices;
using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// <c>CADRE-RECALL</c> and <c>CADRE-COMMEND</c> (§III.6): what a stationed cadre's grade for the year asks of the
/// sending unit.
/// </summary>
internal static class CadreActionRules
{
    /// <summary>The rules this class evaluates: part of <see cref="EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } = [RuleIds.CadreRecall, RuleIds.CadreCommend];

    /// <summary>
    /// Each cadre's actions, in roster order: a recall for 不称职 under <c>RECALL-ON-INCOMPETENT</c>, a commendation for
    /// 优秀, each when the edition applies its rule.
    /// </summary>
    internal static ImmutableArray<CadreActions> Evaluate(AssessmentPlan plan)
    {
        bool recall = plan.Edition.Applies(RuleIds.CadreRecall) && plan.Edition.Adopts(InterpretationIds.RecallOnIncompetent);
        bool commend = plan.Edition.Applies(RuleIds.CadreCommend);
        ImmutableArray<RuleId> recallOnly = [RuleIds.CadreRecall], commendOnly = [RuleIds.CadreCommend];
        CadreGrade?[] grade = plan.CadreGrades;
        ImmutableArray<StationedCadre> cadres = plan.Roster.Cadres;
        var actions = new CadreActions[cadres.Length];
        for (int c = 0; c < cadres.Length; c++)
        {
            ImmutableArray<RuleId> list = grade[c] == CadreGrade.Incompetent && recall ? recallOnly
                : grade[c] == CadreGrade.Excellent && commend ? commendOnly
                : [];
            actions[c] = new CadreActions(cadres[c].Id, list);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(actions);
    }
}
