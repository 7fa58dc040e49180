using System.Collections.Immutable;
using NodaTime;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Policy;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// <c>DUTY-COMMITTEE-TRAINING</c> (§III.6: "省直机关工委……2019年举办5期驻村干部示范培训"): the Work Committee's own
/// demonstration trainings dated in the window (case-format-2.md §2).
/// </summary>
internal static class CommitteeDutyRules
{
    /// <summary>The duties this class evaluates: part of <see cref="EvaluatedRules.WorkBookDutyIds"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } = [RuleIds.DutyCommitteeTraining];

    /// <summary>The committee's duty results, when the edition applies the duty; empty otherwise.</summary>
    internal static ImmutableArray<CommitteeDutyResult> Evaluate(AssessmentPlan plan, CadreWorkBook work)
    {
        if (!plan.Edition.Applies(RuleIds.DutyCommitteeTraining) || plan.Edition.FindRule(RuleIds.DutyCommitteeTraining) is not DutyRule rule)
        {
            return [];
        }
        var yearStart = new LocalDate(plan.Year, 1, 1);
        var evidence = ImmutableArray.CreateBuilder<ActivityId>();
        foreach (CommitteeActivity activity in work.CommitteeActivities)
        {
            LocalDate date = activity.Time.Date;
            if (activity.Kind == CommitteeActivityKind.DemonstrationTraining && date >= yearStart && date <= plan.AsOf)
            {
                evidence.Add(activity.Id);
            }
        }
        int recorded = evidence.Count;
        bool yearEnded = plan.AsOfPacked >= plan.YearEnd;
        bool isShort = yearEnded && recorded < rule.Minimum;
        DutyStatus status = isShort ? DutyStatus.Short : yearEnded ? DutyStatus.Met : DutyStatus.Pending;
        return [new CommitteeDutyResult(rule, recorded, status, plan.ShortPeriods(isShort ? QuarterMask.None.WithYear() : QuarterMask.None),
            evidence.DrainToImmutable())];
    }
}
