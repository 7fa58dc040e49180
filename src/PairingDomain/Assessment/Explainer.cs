using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using PairingDomain.Activities;
using PairingDomain.Assessment.Rules;
using PairingDomain.Cadres;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;

namespace PairingDomain.Assessment;

/// <summary>
/// Re-judges a unit's activities against a duty with the same code the bulk pass used, on demand.
/// </summary>
internal sealed class Explainer
{
    private readonly AssessmentPlan _plan;
    private readonly ActivityLedger _ledger;

    /// <summary>The bulk pass's counters, kept for <see cref="Periods"/>: indexed by <see cref="AssessmentPlan.CounterIndex"/>.</summary>
    private readonly int[] _counts;

    /// <summary>
    /// The counters of the units a live assessment has counted again since <see cref="_counts"/> was filled, by unit (null
    /// for a unit not counted again), each from its unit's <c>CounterBase</c>; null for a full assessment.
    /// </summary>
    private readonly int[]?[]? _recounted;
    private readonly Lazy<(int[] Offsets, int[] Activities)> _byUnit;
    private AnnualAssessment? _assessment;

    /// <summary>The cadres' work of a pairing-case/2 case, for <see cref="ExplainCadre"/>; null for a pairing-case/1 case.</summary>
    private readonly CadreWorkBook? _cadreWork;

    internal Explainer(AssessmentPlan plan, ActivityLedger ledger, int[] counts, CadreWorkBook? cadreWork)
        : this(plan, ledger, counts, null, cadreWork)
    {
    }

    internal Explainer(AssessmentPlan plan, ActivityLedger ledger, int[] counts, int[]?[]? recounted,
        CadreWorkBook? cadreWork)
    {
        _plan = plan;
        _ledger = ledger;
        _counts = counts;
        _recounted = recounted;
        _cadreWork = cadreWork;
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

    /// <summary>
    /// The duty's entries by period and county (case-format-2.md §3 <c>periods</c>), read from the counters with the same
    /// quarters in force and pro-rated minimums as the bulk pass: see <see cref="DutyPeriodResult"/>.
    /// </summary>
    internal DutyPeriodResult[] Periods(int unit, int duty)
    {
        DutyRule rule = _plan.Duties[duty];
        ScopeCode scope = _plan.DutyScope[duty];
        (QuarterMask unitMask, QuarterMask[] assisted, QuarterMask[] led) = _plan.MasksOf(unit);
        ReadOnlySpan<int> counts = _recounted?[unit] is { } recounted ? recounted : AnnualAssessor.UnitCounters(_plan, _counts, unit);
        int counterBase = _plan.CounterBase[unit];
        QuarterMask[] slotMasks = scope == ScopeCode.Led ? led : assisted;
        // The targets owed, in county code order (the unit alone for a per-unit duty).
        var targets = new List<(int Target, DivisionCode? County, QuarterMask Mask)>();
        if (scope == ScopeCode.Unit)
        {
            targets.Add((0, null, unitMask));
        }
        else
        {
            int[] slots = _plan.UnitSlots[unit];
            for (int t = 1; t <= slots.Length; t++)
            {
                if (slotMasks[t].IsOwed)
                {
                    targets.Add((t, _plan.Roster.Counties[slots[t - 1]].Code, slotMasks[t]));
                }
            }
            targets.Sort((a, b) => string.CompareOrdinal(a.County!.Value.Value, b.County!.Value.Value));
        }
        var entries = new List<DutyPeriodResult>();
        if (rule.Period == DutyPeriodKind.Quarter)
        {
            for (int q = 0; q < 4; q++)
            {
                DutyPeriod period = DutyPeriod.ForQuarter(_plan.Year, q + 1);
                bool open = _plan.QuarterEnd[q] > _plan.AsOfPacked;
                foreach ((int target, DivisionCode? county, QuarterMask mask) in targets)
                {
                    if (mask.HasQuarter(q))
                    {
                        int recorded = counts[_plan.CounterIndex(unit, target, duty, q) - counterBase];
                        entries.Add(new DutyPeriodResult(period, county, rule.Minimum, recorded, StatusOf(open, recorded, rule.Minimum)));
                    }
                }
            }
        }
        else
        {
            DutyPeriod year = DutyPeriod.ForYear(_plan.Year);
            bool open = _plan.AsOfPacked < _plan.YearEnd;
            foreach ((int target, DivisionCode? county, QuarterMask mask) in targets)
            {
                int at = _plan.CounterIndex(unit, target, duty, 0) - counterBase;
                int recorded = counts[at] + counts[at + 1] + counts[at + 2] + counts[at + 3];
                int required = AssessmentPlan.ProratedMinimum(rule.Minimum, mask.QuarterCount);
                entries.Add(new DutyPeriodResult(year, county, required, recorded, StatusOf(open, recorded, required)));
            }
        }
        return [.. entries];
    }

    private static DutyStatus StatusOf(bool open, int recorded, int required) =>
        open ? DutyStatus.Pending : recorded < required ? DutyStatus.Short : DutyStatus.Met;

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
    /// The explanation of a cadre's result on <c>DUTY-CADRE-FULL-TIME</c> or <c>DUTY-CADRE-DAYS</c>: see
    /// <see cref="AnnualAssessment.ExplainCadre"/>.
    /// </summary>
    internal CadreDutyExplanation ExplainCadre(CadreId cadre, RuleId rule)
    {
        Preconditions.CheckArgument(cadre.Value is not null, nameof(cadre), "The cadre identifier is the default value.");
        Preconditions.CheckArgument(rule.Value is not null, nameof(rule), "The rule identifier is the default value.");
        Preconditions.CheckArgument(_cadreWork is not null, nameof(cadre),
            "The assessment carries no cadres' work (a pairing-case/1 case): no cadre duty was judged.");
        Preconditions.CheckArgument(_plan.Roster.TryGetCadreIndex(cadre, out int index), nameof(cadre), $"{cadre} is not a cadre of the roster.");
        Preconditions.CheckArgument((rule == RuleIds.DutyCadreFullTime || rule == RuleIds.DutyCadreDays) && _plan.Edition.Applies(rule),
            nameof(rule), $"{rule} is not a cadre duty that edition {_plan.Edition.Id} evaluates.");
        CadreDutyResult? result = null;
        if (_assessment is not null)
        {
            foreach (CadreDutyResult duty in _assessment.Cadres[index].Duties)
            {
                if (duty.Rule == rule)
                {
                    result = duty;
                }
            }
        }
        return CadreDutyRules.Explain(_plan, _cadreWork, index, rule, result);
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
