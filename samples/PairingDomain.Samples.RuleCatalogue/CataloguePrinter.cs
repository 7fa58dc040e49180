using System.Collections.Generic;
using System.IO;
using System.Linq;
using PairingDomain.Policy;
using static PairingDomain.Samples.TextLayout;

namespace PairingDomain.Samples.RuleCatalogue;

/// <summary>Writes an edition's catalogue: duties, the other rules, and the interpretations.</summary>
internal static class CataloguePrinter
{
    public static void Print(PolicyEdition edition, TextWriter output)
    {
        var lines = new List<string>();
        lines.AddRange(Spread(edition.Id, $"programme year {N(edition.Year)}", 0));
        lines.AddRange(Wrap(edition.ChineseTitle, 0));
        lines.AddRange(Wrap(edition.EnglishTitle, 0));
        lines.AddRange(Wrap("Grade scale: " + edition.GradeScale.Name + " — "
            + string.Join(" / ", edition.GradeScale.Grades.Select(g => $"{g.ChineseName} {g.EnglishName}")), 0));
        DutyRule[] duties = [.. edition.Rules.OfType<DutyRule>()];
        PolicyRule[] others = [.. edition.Rules.Where(r => r is not DutyRule)];
        lines.AddRange(Wrap($"{N(edition.Rules.Length)} rules: {N(duties.Length)} duties ({N(edition.Duties.Length)} evaluated), "
            + $"{N(others.Length)} other rules; {N(edition.Interpretations.Length)} interpretations", 0));
        lines.Add(new string('=', Columns));

        Section(lines, "DUTIES 职责频次", "who owes what, how often");
        foreach (DutyRule duty in duties)
        {
            lines.Add(string.Empty);
            Rule(lines, duty);
            lines.AddRange(Wrap($"Minimum: {N(duty.Minimum)} {duty.Period.EnglishName} ({duty.Period.ChineseName}), "
                + $"{duty.Scope.EnglishName} ({duty.Scope.ChineseName})", 2));
            string activity = duty.ActivityKind is { } kind
                ? $"{Kebab(kind.Name)} ({kind.ChineseName})"
                : "none in pairing-case/1";
            lines.AddRange(Wrap($"Holder: {duty.Holder.EnglishName} ({duty.Holder.ChineseName}) · Activity: {activity}", 2));
            lines.AddRange(Wrap("Status: " + Status(duty), 2));
        }

        lines.Add(string.Empty);
        Section(lines, "OTHER RULES 其他规则", "mechanism, pairings, cadres, links, bundles, standards");
        foreach (PolicyRule rule in others)
        {
            lines.Add(string.Empty);
            Rule(lines, rule);
            foreach (RuleParameter parameter in rule.Parameters)
            {
                string source = parameter.Source is null ? string.Empty : $" [{parameter.Source}]";
                lines.AddRange(Wrap($"Parameter {parameter.Name} = {parameter.Value}{source}", 2, 4));
            }
            lines.AddRange(Wrap("Status: " + Status(rule), 2));
        }

        lines.Add(string.Empty);
        Section(lines, "INTERPRETATIONS 解释", "readings chosen where the text is open");
        foreach (Interpretation interpretation in edition.Interpretations)
        {
            lines.Add(string.Empty);
            lines.Add($"[{(interpretation.IsAdopted ? "adopted" : "set aside")}] {interpretation.Id}");
            lines.AddRange(Wrap(interpretation.ChineseText, 2));
            lines.AddRange(Wrap(interpretation.EnglishText, 2));
        }

        foreach (string line in lines)
        {
            output.WriteLine(line);
        }
    }

    private static void Section(List<string> lines, string title, string subtitle)
    {
        lines.AddRange(Spread(title, subtitle, 0));
        lines.Add(new string('-', Columns));
    }

    private static void Rule(List<string> lines, PolicyRule rule)
    {
        lines.AddRange(Spread(rule.Id.Value, rule.Source));
        lines.AddRange(Wrap(rule.ChineseText, 2));
        lines.AddRange(Wrap(rule.EnglishText, 2));
    }

    private static string Status(PolicyRule rule) =>
        !rule.IsEnabled ? "off in this edition"
        : rule.IsEvaluated ? "evaluated"
        : "listed, not evaluated (no input in pairing-case/1)";
}
