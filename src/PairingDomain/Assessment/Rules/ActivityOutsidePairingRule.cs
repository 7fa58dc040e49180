using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// <c>ACTIVITY-OUTSIDE-PAIRING</c> (§III.1): an activity counts only in a county the unit assists on that day.
/// </summary>
/// <remarks>
/// The bulk pass finds these activities as it scans: <see cref="AssessmentPlan.Locate"/> places them at
/// <see cref="Location.Outside"/>, and the pass lists their ledger indices instead of counting them. This class words
/// the finding.
/// </remarks>
internal static class ActivityOutsidePairingRule
{
    /// <summary>The rules this class evaluates: part of <see cref="EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } = [RuleIds.ActivityOutsidePairing];

    /// <summary>
    /// The findings for the activities at the ledger indices <paramref name="outside"/>, which the pass located outside,
    /// when the plan's edition applies the rule.
    /// </summary>
    internal static IEnumerable<Finding> Findings(AssessmentPlan plan, ActivityLedger ledger, List<int> outside) =>
        plan.Edition.Applies(RuleIds.ActivityOutsidePairing) ? outside.Select(i => Finding(plan, ledger, i)) : [];

    /// <summary>The finding for the activity at ledger index <paramref name="index"/>, which the pass located outside.</summary>
    private static Finding Finding(AssessmentPlan plan, ActivityLedger ledger, int index)
    {
        ref readonly ActivityRecord r = ref ledger.RecordAt(index);
        UnitId unit = plan.Roster.Units[r.Unit].Id;
        LocalDate date = r.Date.ToLocalDate();
        string where = r.County >= 0 ? $"county {plan.Roster.Counties[r.County].Code}" : "no county, on a day with no pairing";
        return new Finding(RuleIds.ActivityOutsidePairing, ledger.IdAt(index).Value,
            $"Activity {ledger.IdAt(index)} of unit {unit} on {IsoDate.Format(date)} is in {where}, which the unit does not assist on that date; it is not counted.",
            r.County >= 0
                ? $"单位 {unit} 的活动 {ledger.IdAt(index)}（{IsoDate.Format(date)}）在县 {plan.Roster.Counties[r.County].Code}，当日本单位未帮扶该县，不予计入。"
                : $"单位 {unit} 的活动 {ledger.IdAt(index)}（{IsoDate.Format(date)}）未注明县，当日本单位无任何帮扶县，不予计入。");
    }
}
