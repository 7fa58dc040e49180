using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PairingDomain.Outcomes;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// <c>OUTCOME-OUTSIDE-PAIRING</c> (case-format-2.md §1 "Outcomes", §III.1): an outcome is summed only in a county its
/// unit assists on its date; otherwise it is not summed and is a finding with the outcome's id as subject.
/// </summary>
/// <remarks>
/// One pass over the packed records, with no allocation per outcome: outcomes dated outside the window (1 January to the
/// as-of date) are ignored entirely (case-format-2.md §4: not summed, no finding). The sums are exact decimals, per
/// measure in measure order. When the edition does not apply the rule, every outcome of the window is summed.
/// </remarks>
internal static class OutcomeRules
{
    /// <summary>The rules this class evaluates: part of <see cref="EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } = [RuleIds.OutcomeOutsidePairing];

    /// <summary>Sums the outcomes of the window per measure and adds a finding for each outside its unit's pairings.</summary>
    /// <param name="plan">The assessment's plan.</param>
    /// <param name="book">The outcomes.</param>
    /// <param name="findings">Where the findings go.</param>
    /// <returns>Every measure, in measure order, with its sum.</returns>
    internal static ImmutableArray<OutcomeTotal> Evaluate(AssessmentPlan plan, OutcomeBook? book, List<Finding> findings)
    {
        int measures = OutcomeMeasure.List.Count;
        var sums = new decimal[measures + 1];
        if (book is not null)
        {
            bool applies = plan.Edition.Applies(RuleIds.OutcomeOutsidePairing);
            OutcomeRecord[] records = book.Records;
            for (int i = 0; i < records.Length; i++)
            {
                ref readonly OutcomeRecord r = ref records[i];
                if (!plan.InYear(r.Date))
                {
                    continue;
                }
                if (applies && plan.FindTarget(r.Unit, r.County, r.Date).IsOutside)
                {
                    findings.Add(Finding(plan, book, i));
                    continue;
                }
                sums[r.Measure] += r.Amount;
            }
        }
        var totals = ImmutableArray.CreateBuilder<OutcomeTotal>(measures);
        foreach (OutcomeMeasure measure in MeasuresInOrder)
        {
            totals.Add(new OutcomeTotal(measure, sums[measure.Value]));
        }
        return totals.MoveToImmutable();
    }

    /// <summary>The measures in contract order (their values).</summary>
    internal static ImmutableArray<OutcomeMeasure> MeasuresInOrder { get; } = [.. OutcomeMeasure.List.OrderBy(m => m.Value)];

    private static Finding Finding(AssessmentPlan plan, OutcomeBook book, int index)
    {
        ref readonly OutcomeRecord r = ref book.Records[index];
        UnitId unit = plan.Roster.Units[r.Unit].Id;
        LocalDate date = r.Date.ToLocalDate();
        DivisionCode county = plan.Roster.Counties[r.County].Code;
        OutcomeMeasure measure = OutcomeMeasure.FromValue(r.Measure);
        return new Finding(RuleIds.OutcomeOutsidePairing, book.IdAt(index).Value,
            $"Outcome {book.IdAt(index)} of unit {unit} on {IsoDate.Format(date)} ({measure.ContractId}) is in county {county}, which the unit does not assist on that date; it is not summed.",
            $"单位 {unit} 的帮扶成果 {book.IdAt(index)}（{IsoDate.Format(date)}，{measure.ChineseName}）在县 {county}，当日本单位未帮扶该县，不予统计。");
    }
}
