using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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
    private readonly Lazy<(int[] Offsets, int[] Activities)> _byUnit;
    private AnnualAssessment? _assessment;

    internal Explainer(AssessmentPlan plan, ActivityLedger ledger)
    {
        _plan = plan;
        _ledger = ledger;
        _byUnit = new Lazy<(int[], int[])>(IndexByUnit, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    internal void Attach(AnnualAssessment assessment) => _assessment = assessment;

    internal ActivityId[] Evidence(int unit, int duty)
    {
        var ids = new List<ActivityId>();
        foreach (int i in ActivitiesOf(unit))
        {
            if (_plan.Judge(in _ledger.RecordAt(i), duty, out _) == VerdictCode.Counted)
            {
                ids.Add(_ledger.IdAt(i));
            }
        }
        return [.. ids];
    }

    /// <summary>The ledger indices of a unit's activities, in ledger order.</summary>
    private ReadOnlySpan<int> ActivitiesOf(int unit)
    {
        (int[] offsets, int[] activities) = _byUnit.Value;
        return activities.AsSpan(offsets[unit], offsets[unit + 1] - offsets[unit]);
    }

    /// <summary>Groups the ledger by unit once (a counting sort), so that explaining a unit reads only its activities.</summary>
    private (int[] Offsets, int[] Activities) IndexByUnit()
    {
        ReadOnlySpan<ActivityRecord> records = _ledger.Records;
        int[] offsets = new int[_plan.Roster.Units.Length + 1];
        foreach (ref readonly ActivityRecord r in records)
        {
            offsets[r.Unit + 1]++;
        }
        for (int u = 0; u < offsets.Length - 1; u++)
        {
            offsets[u + 1] += offsets[u];
        }
        int[] next = offsets[..^1];
        int[] activities = new int[records.Length];
        for (int i = 0; i < records.Length; i++)
        {
            activities[next[records[i].Unit]++] = i;
        }
        return (offsets, activities);
    }

    internal DutyExplanation Explain(UnitId unitId, RuleId rule)
    {
        int unit = _plan.Roster.IndexOf(unitId);
        int duty = Array.FindIndex(_plan.Duties, d => d.Id == rule);
        Preconditions.CheckArgument(duty >= 0, nameof(rule), $"{rule} is not a duty that edition {_plan.Edition.Id} evaluates.");
        var judgements = ImmutableArray.CreateBuilder<ActivityJudgement>();
        foreach (int i in ActivitiesOf(unit))
        {
            judgements.Add(new ActivityJudgement(_ledger.IdAt(i), AssessmentPlan.ToVerdict(_plan.Judge(in _ledger.RecordAt(i), duty, out _))));
        }
        return new DutyExplanation(unitId, rule, _assessment?.ForUnit(unitId)?.Duty(rule), judgements.ToImmutable());
    }
}
