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
        lines.AddRange(Wrap($"{N(edition.Rules.Length)} rules: {N(duties.Length)} duties ({N(duties.Count(d => d.IsEnabled && d.IsEvaluated))} evaluated), "
            + $"{N(others.Length)} other rules; {N(edition.Interpretations.Length)} interpretations", 0));
        lines.Add(new string('=', Columns));

        Section(lines, "DUTIES 职责频次", "who owes what, how often");
        foreach (DutyRule duty in duties)
        {
            lines.Add(string.Empty);
            Rule(lines, duty);
            lines.AddRange(Wrap($"Minimum: {N(duty.Minimum)} {duty.Period.EnglishName} ({duty.Period.ChineseName}), "
                + Counted(duty), 2));
            lines.AddRange(Wrap($"Holder: {duty.Holder.EnglishName} ({duty.Holder.ChineseName}) · {Input(duty)}", 2));
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

    /// <summary>Whom the minimum binds: the counting scope of a unit's duty, or the holder itself for the others.</summary>
    private static string Counted(DutyRule duty) =>
        duty.Holder == DutyHolder.StationedCadre ? "per cadre (按干部)"
        : duty.Holder == DutyHolder.WorkCommittee ? "for the committee itself (工委自身)"
        : $"{duty.Scope.EnglishName} ({duty.Scope.ChineseName})";

    /// <summary>What the duty counts: an activity kind of the ledger, or the pairing-case/2 records it reads.</summary>
    private static string Input(DutyRule duty) =>
        duty.ActivityKind is { } kind ? $"Activity: {Kebab(kind.Name)} ({kind.ChineseName})"
        : duty.Holder == DutyHolder.WorkCommittee ? "Input: committeeActivities, demonstration-training (pairing-case/2)"
        : duty.Period == DutyPeriodKind.Month ? "Input: attendance (pairing-case/2)"
        : "Input: cadreWork, the work plan, ledger and home-unit duties (pairing-case/2)";

    private static string Status(PolicyRule rule) =>
        !rule.IsEnabled ? "off in this edition"
        : rule.IsEvaluated ? "evaluated"
        : "listed, not evaluated (nothing in the library evaluates it)";
}
