using System.Collections.Generic;
using System.IO;
using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using static PairingDomain.Samples.TextLayout;

namespace PairingDomain.Samples.RuleCatalogue;

/// <summary>
/// Writes a what-if (<see cref="AssessmentComparison"/>): the rules changed, the units short before and after, each
/// duty's count of short units, the score-grade moves (考核等次), and the first units whose result changed.
/// </summary>
internal static class WhatIfPrinter
{
    /// <summary>How many changed units are listed one by one.</summary>
    public const int UnitsListed = 12;

    public static void Print(AssessmentComparison comparison, string caseName, TextWriter output)
    {
        var lines = new List<string>();
        lines.AddRange(Wrap($"What-if {comparison.Before.Edition.Id} → {comparison.After.Edition.Id}", 0));
        lines.AddRange(Wrap($"case: {caseName}, {N(comparison.After.Units.Length)} units, {comparison.After.Year}", 2, 8));
        foreach (PolicyEdition edition in new[] { comparison.Before.Edition, comparison.After.Edition })
        {
            if (ExampleEditions.IsIllustrative(edition.Id))
            {
                lines.AddRange(Wrap($"NOTE: {edition.Id} is an illustrative variant built with PolicyEditionBuilder; "
                    + "it is not a real policy.", 0, 6));
            }
        }
        lines.Add(new string('=', Columns));

        EditionDiff diff = EditionDiff.Compare(comparison.Before.Edition, comparison.After.Edition);
        lines.Add("Rules changed:" + (diff.IsEmpty ? " none" : string.Empty));
        foreach (RuleChange change in diff.Changed)
        {
            foreach (ParameterChange parameter in change.Changes)
            {
                lines.AddRange(Wrap($"{change.Rule} {parameter.Name}: {parameter.Before ?? "-"} → {parameter.After ?? "-"}", 2, 4));
            }
        }
        foreach (RuleId id in diff.Added)
        {
            lines.AddRange(Wrap($"{id} added", 2, 4));
        }
        foreach (RuleId id in diff.Removed)
        {
            lines.AddRange(Wrap($"{id} removed", 2, 4));
        }
        foreach (ParameterChange reading in diff.Interpretations)
        {
            lines.AddRange(Wrap($"{reading.Name}: {reading.Before ?? "-"} → {reading.After ?? "-"}", 2, 4));
        }
        lines.Add(string.Empty);

        lines.AddRange(Wrap($"Units short on some duty (未达标单位): {N(comparison.UnitsShortBefore)} → {N(comparison.UnitsShortAfter)}"
            + $" ({N(comparison.UnitsBecameShort)} more short, {N(comparison.UnitsNoLongerShort)} no longer short)", 0, 2));
        if (comparison.GradeMoves.IsEmpty)
        {
            lines.Add("Score grades (考核等次): no unit moves");
        }
        else
        {
            lines.Add("Score grades (考核等次):");
            foreach (ScoreGradeMove move in comparison.GradeMoves)
            {
                lines.AddRange(Wrap($"moves {N(move.Count)} from {move.From.ContractId} to {move.To.ContractId}"
                    + $" ({move.From.ChineseName} → {move.To.ChineseName}: {N(move.Count)} 个单位)", 2, 4));
            }
        }
        if (comparison.IsEmpty)
        {
            lines.Add("No unit's result differs.");
        }
        lines.Add(string.Empty);

        lines.Add(PadRight("Duty", 34) + PadLeft("short before", 13) + PadLeft("after", 7) + PadLeft("+short", 8) + PadLeft("-short", 8));
        foreach (DutyChangeSummary duty in comparison.Duties)
        {
            lines.Add(PadRight(duty.Rule.Value, 34) + PadLeft(N(duty.ShortBefore), 13) + PadLeft(N(duty.ShortAfter), 7)
                + PadLeft(N(duty.BecameShort), 8) + PadLeft(N(duty.NoLongerShort), 8));
        }
        lines.Add(string.Empty);

        if (!comparison.IsEmpty)
        {
            lines.Add($"Units whose result changes ({N(comparison.Units.Length)}"
                + (comparison.Units.Length > UnitsListed ? $", the first {N(UnitsListed)}):" : "):"));
            foreach (UnitComparison unit in comparison.Units.Take(UnitsListed))
            {
                if (unit.Duties.IsEmpty && (unit.EligibleBefore != unit.EligibleAfter || !unit.GradeMoved))
                {
                    lines.AddRange(Wrap($"{unit.Unit}  excellence {Eligible(unit.EligibleBefore)} → {Eligible(unit.EligibleAfter)}", 2, 4));
                }
                foreach (DutyChange change in unit.Duties)
                {
                    lines.AddRange(Wrap($"{unit.Unit}  {change.Rule}  {Status(change.Before)} → {Status(change.After)}"
                        + $"  ({N(change.RecordedAfter)} of {N(change.RequiredAfter)}; was {N(change.RecordedBefore)} of {N(change.RequiredBefore)})", 2, 4));
                }
                if (unit.GradeMoved)
                {
                    lines.AddRange(Wrap($"{unit.Unit}  grade {unit.GradeBefore!.ContractId} → {unit.GradeAfter!.ContractId}", 2, 4));
                }
            }
        }

        foreach (string line in lines)
        {
            output.WriteLine(line);
        }
    }

    private static string Status(DutyStatus? status) => status?.ContractId ?? "not evaluated";

    private static string Eligible(bool eligible) => eligible ? "eligible" : "barred";
}
