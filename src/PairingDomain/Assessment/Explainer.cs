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

    /// <summary>
    /// Judges each activity of the unit against the duty, those of the duty's kind first and then the others, each group
    /// in ledger order; an activity whose leader held another post of the same kind's duties is refined from
    /// <see cref="ActivityVerdict.LeaderNotInPost"/> to <see cref="ActivityVerdict.OtherPost"/> here, off the bulk path.
    /// </summary>
    internal DutyExplanation Explain(UnitId unitId, RuleId rule)
    {
        int unit = _plan.Roster.IndexOf(unitId);
        int duty = Array.FindIndex(_plan.Duties, d => d.Id == rule);
        Preconditions.CheckArgument(duty >= 0, nameof(rule), $"{rule} is not a duty that edition {_plan.Edition.Id} evaluates.");
        ActivityKind? kind = _plan.Duties[duty].ActivityKind;
        var ofKind = ImmutableArray.CreateBuilder<ActivityJudgement>();
        var others = new List<ActivityJudgement>();
        foreach (int i in ActivitiesOf(unit))
        {
            ref readonly ActivityRecord record = ref _ledger.RecordAt(i);
            ActivityVerdict verdict = AssessmentPlan.ToVerdict(_plan.Judge(in record, duty, out _));
            RuleId? otherDuty = verdict == ActivityVerdict.LeaderNotInPost ? OtherPostDuty(in record, duty) : null;
            Activity activity = _ledger[i];
            var judgement = new ActivityJudgement(activity, otherDuty is null ? verdict : ActivityVerdict.OtherPost, otherDuty);
            if (activity.Kind == kind)
            {
                ofKind.Add(judgement);
            }
            else
            {
                others.Add(judgement);
            }
        }
        ofKind.AddRange(others);
        return new DutyExplanation(unitId, rule, _assessment?.ForUnit(unitId)?.Duty(rule), ofKind.ToImmutable());
    }

    /// <summary>
    /// The first other duty of the edition, of the same activity kind and held by a post, whose post the activity's
    /// leader held on its date; null when there is none. Judge checks year, as-of date and kind before the post, so a
    /// verdict other than <see cref="ActivityVerdict.LeaderNotInPost"/> on a duty of the same kind means the leader
    /// held that duty's post.
    /// </summary>
    private RuleId? OtherPostDuty(in ActivityRecord record, int duty)
    {
        DutyRule[] duties = _plan.Duties;
        for (int d = 0; d < duties.Length; d++)
        {
            if (d != duty && duties[d].ActivityKind == duties[duty].ActivityKind && duties[d].Holder.Post is not null
                && AssessmentPlan.ToVerdict(_plan.Judge(in record, d, out _)) != ActivityVerdict.LeaderNotInPost)
            {
                return duties[d].Id;
            }
        }
        return null;
    }
}
