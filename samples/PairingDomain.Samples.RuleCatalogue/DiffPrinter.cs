using System.Collections.Generic;
using System.IO;
using PairingDomain.Policy;
using static PairingDomain.Samples.TextLayout;

namespace PairingDomain.Samples.RuleCatalogue;

/// <summary>Writes an edition diff: rules added, removed and changed parameter by parameter, interpretations, scale.</summary>
internal static class DiffPrinter
{
    public static void Print(EditionDiff diff, TextWriter output)
    {
        var lines = new List<string>();
        lines.AddRange(Wrap($"Diff {diff.From.Id} → {diff.To.Id}", 0));
        lines.AddRange(Wrap("from: " + diff.From.EnglishTitle, 2, 8));
        lines.AddRange(Wrap("to:   " + diff.To.EnglishTitle, 2, 8));
        foreach (PolicyEdition edition in new[] { diff.From, diff.To })
        {
            if (ExampleEditions.IsIllustrative(edition.Id))
            {
                lines.AddRange(Wrap($"NOTE: {edition.Id} is an illustrative variant built with PolicyEditionBuilder; "
                    + "it is not a real policy.", 0, 6));
            }
        }
        lines.Add(new string('=', Columns));

        if (diff.IsEmpty)
        {
            lines.Add("The two editions state the same rules the same way.");
        }

        lines.Add($"Rules added ({N(diff.Added.Length)}){(diff.Added.IsEmpty ? ": none" : ":")}");
        foreach (RuleId id in diff.Added)
        {
            Listed(lines, diff.To.GetRule(id));
        }
        lines.Add($"Rules removed ({N(diff.Removed.Length)}){(diff.Removed.IsEmpty ? ": none" : ":")}");
        foreach (RuleId id in diff.Removed)
        {
            Listed(lines, diff.From.GetRule(id));
        }
        lines.Add($"Rules changed ({N(diff.Changed.Length)}){(diff.Changed.IsEmpty ? ": none" : ":")}");
        foreach (RuleChange change in diff.Changed)
        {
            lines.AddRange(Spread("  " + change.Rule.Value, diff.To.SourceOf(change.Rule), 4));
            foreach (ParameterChange parameter in change.Changes)
            {
                Change(lines, parameter);
            }
        }
        lines.Add($"Interpretations changed ({N(diff.Interpretations.Length)}){(diff.Interpretations.IsEmpty ? ": none" : ":")}");
        foreach (ParameterChange interpretation in diff.Interpretations)
        {
            Change(lines, interpretation);
        }
        lines.Add(diff.GradeScale is { } scale
            ? $"Grade scale: {scale.Before} → {scale.After}"
            : $"Grade scale: unchanged ({diff.From.GradeScale.Name})");
        lines.Add(diff.Years is { } years
            ? $"Years: {years.Before} → {years.After}"
            : $"Years: unchanged ({diff.From.FirstYear}-{diff.From.LastYear})");

        foreach (string line in lines)
        {
            output.WriteLine(line);
        }
    }

    private static void Listed(List<string> lines, PolicyRule rule)
    {
        lines.AddRange(Spread("  " + rule.Id.Value, rule.Source, 4));
        lines.AddRange(Wrap(rule.EnglishText, 4));
    }

    private static void Change(List<string> lines, ParameterChange change)
    {
        string before = change.Before ?? "(absent)", after = change.After ?? "(absent)";
        string oneLine = $"    {PadRight(change.Name, 12)} {before} → {after}";
        if (Width(oneLine) <= Columns)
        {
            lines.Add(oneLine);
            return;
        }
        lines.Add($"    {change.Name}:");
        lines.AddRange(Wrap("- " + before, 6, 8));
        lines.AddRange(Wrap("+ " + after, 6, 8));
    }
}
