using System;
using System.Collections.Immutable;
using PairingDomain.Activities;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// Re-judges a unit's activities against a duty with the same code the bulk pass used, on demand.
/// </summary>
internal sealed class Explainer
{
    private readonly AssessmentPlan _plan;
    private readonly ActivityLedger _ledger;
    private AnnualAssessment? _assessment;

    internal Explainer(AssessmentPlan plan, ActivityLedger ledger)
    {
        _plan = plan;
        _ledger = ledger;
    }

    internal void Attach(AnnualAssessment assessment) => _assessment = assessment;

    internal ImmutableArray<ActivityId> Evidence(int unit, int duty)
    {
        var ids = ImmutableArray.CreateBuilder<ActivityId>();
        ReadOnlySpan<ActivityRecord> records = _ledger.Records;
        for (int i = 0; i < records.Length; i++)
        {
            if (records[i].Unit == unit && _plan.Judge(in records[i], duty, out _) == Verdicts.Counted)
            {
                ids.Add(_ledger.IdAt(i));
            }
        }
        return ids.ToImmutable();
    }

    internal DutyExplanation Explain(UnitId unitId, RuleId rule)
    {
        int unit = _plan.Roster.IndexOf(unitId);
        int duty = Array.FindIndex(_plan.Duties, d => d.Id == rule);
        Preconditions.CheckArgument(duty >= 0, nameof(rule), $"{rule} is not a duty that edition {_plan.Edition.Id} evaluates.");
        var judgements = ImmutableArray.CreateBuilder<ActivityJudgement>();
        ReadOnlySpan<ActivityRecord> records = _ledger.Records;
        for (int i = 0; i < records.Length; i++)
        {
            if (records[i].Unit == unit)
            {
                judgements.Add(new ActivityJudgement(_ledger.IdAt(i), AssessmentPlan.ToVerdict(_plan.Judge(in records[i], duty, out _))));
            }
        }
        return new DutyExplanation(unitId, rule, _assessment?.ForUnit(unitId)?.Duty(rule), judgements.ToImmutable());
    }
}
