using System.Collections.Generic;
using System.IO;
using System.Linq;
using NodaTime;
using PairingDomain.Assessment;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using static PairingDomain.Samples.TextLayout;

namespace PairingDomain.Samples.ProgressTracker;

/// <summary>Writes a progress report: a summary of all units, the places at risk, then units in detail.</summary>
internal static class ProgressPrinter
{
    /// <summary>How many villages or counties the summary lists before saying how many more there are.</summary>
    private const int ListLimit = 8;

    private const int LabelColumns = 48;

    public static void PrintHeader(ProgressReport report, string caseDescription, TextWriter output)
    {
        AnnualAssessment a = report.Assessment;
        int daysLeft = Period.Between(a.AsOf, report.Quarter.End, PeriodUnits.Days).Days;
        var lines = new List<string>();
        lines.AddRange(Spread($"Progress as of {a.AsOf:uuuu-MM-dd} · {report.Edition.Id}",
            $"{report.Quarter}, {N(daysLeft)} days left in the quarter", 0));
        lines.AddRange(Wrap("Case: " + caseDescription, 0, 2));
        lines.AddRange(Wrap($"{Thousands(report.Roster.Units.Length)} units · {Thousands(report.Roster.Counties.Length)} counties · "
            + $"{Thousands(report.Roster.Villages.Length)} villages · {Thousands(report.Roster.Cadres.Length)} cadres · "
            + $"{Thousands(report.ActivityCount)} activities", 0, 2));
        lines.Add(new string('=', Columns));
        Write(lines, output);
    }

    public static void PrintSummary(ProgressReport report, TextWriter output)
    {
        var lines = new List<string> { "ALL UNITS" };
        UnitProgress[] paired = [.. report.Units.Where(u => u.IsPaired)];
        lines.Add(Row("  Units with a pairing this year", $"{N(paired.Length)} of {N(report.Units.Length)}"));

        bool ended = report.Assessment.AsOf == report.Quarter.End;
        UnitProgress[] open = [.. paired.Where(u => u.OpenQuarterDuties.Any())];
        lines.Add(Row($"  Units with a quarterly duty {(ended ? "short" : "open")} in {report.Quarter}", N(open.Length)));
        foreach (IGrouping<RuleId, QuarterDuty> rule in paired.SelectMany(u => u.OpenQuarterDuties).GroupBy(d => d.Rule))
        {
            lines.Add(Row("    " + rule.Key.Value,
                $"{N(rule.Count())} {(ended ? "short" : "open")}, {N(rule.Sum(d => d.Minimum - d.Done))} {(ended ? "missing" : "to go")}"));
        }

        UnitProgress[] behind = [.. paired.Where(u => !u.EarlierShort.IsEmpty)];
        lines.Add(Row("  Units short in an ended quarter", N(behind.Length)));
        foreach (IGrouping<RuleId, DutyPeriod> rule in behind.SelectMany(u => u.EarlierShort)
            .SelectMany(s => s.Entries.Select(e => e.Period).Distinct().Select(q => (s.Rule, Quarter: q))).GroupBy(s => s.Rule, s => s.Quarter))
        {
            string perQuarter = string.Join(", ", rule.GroupBy(q => q).OrderBy(g => g.Key).Select(g => $"Q{N(g.Key.Quarter)}: {N(g.Count())}"));
            lines.Add(Row("    " + rule.Key.Value, perQuarter));
        }

        lines.Add(report.Assessment.IsFullYear
            ? "  Yearly duties short at the year's end (units · activities missing)"
            : $"  Yearly duties still due by {N(report.Assessment.Year)}-12-31 (units · activities to go)");
        foreach (DutyRule duty in report.Edition.Duties.Where(d => d.Period == DutyPeriodKind.Year))
        {
            DutyResult[] results = [.. paired.Select(u => u.YearDuties.FirstOrDefault(d => d.Rule == duty.Id)).OfType<DutyResult>()];
            if (results.Length == 0)
            {
                continue;
            }
            DutyResult[] due = [.. results.Where(r => r.Shortfall > 0)];
            lines.Add(Row("    " + duty.Id.Value, $"{N(due.Length)} of {N(results.Length)} · {N(due.Sum(r => r.Shortfall))}"));
        }

        lines.Add(string.Empty);
        if (report.Assessment.IsFullYear)
        {
            UnitProgress[] blocked = [.. report.Units.Where(u => !u.Blocks.IsEmpty)];
            lines.Add(Row("YEAR ENDED — units barred from excellence", N(blocked.Length)));
        }
        else
        {
            lines.Add("AT RISK (if the year ended with the data as they stand)");
            Places(lines, report, RuleIds.BundleVillageAtRisk, report.VillagesAtRisk,
                code => report.Roster.FindVillage(VillageCode.Parse(code))?.Name, u => u.VillagesAtRisk);
            Places(lines, report, RuleIds.BundleCountyAtRisk, report.CountiesAtRisk,
                code => report.Roster.FindCounty(DivisionCode.Parse(code))?.Name, u => u.CountiesAtRisk);
        }
        lines.Add(new string('-', Columns));
        Write(lines, output);
    }

    public static void PrintUnit(ProgressReport report, UnitProgress unit, TextWriter output)
    {
        var lines = new List<string>();
        lines.AddRange(Spread($"{unit.Unit.Id.Value} {unit.Unit.Name}", Kebab(unit.Unit.Kind.Name)));
        if (!unit.IsPaired)
        {
            lines.Add($"  No county pairing in force in {N(report.Assessment.Year)}: no duty is owed.");
            lines.Add(string.Empty);
            Write(lines, output);
            return;
        }

        bool ended = report.Assessment.AsOf == report.Quarter.End;
        lines.Add(ended
            ? $"  This quarter, {report.Quarter} (ended {report.Quarter.End:uuuu-MM-dd}):"
            : $"  This quarter, {report.Quarter} (to {report.Quarter.End:uuuu-MM-dd}):");
        if (unit.QuarterDuties.IsEmpty)
        {
            lines.Add("    no quarterly duty applies this quarter");
        }
        foreach (QuarterDuty duty in unit.QuarterDuties)
        {
            string name = duty.Target is null ? duty.Rule.Value : $"{duty.Rule.Value} {duty.Target}";
            lines.Add(Row("    " + name, $"{N(duty.Done)} of {N(duty.Minimum)}", !duty.IsOpen ? "done" : ended ? "short" : $"open, {N(duty.Minimum - duty.Done)} to go"));
        }
        if (!unit.EarlierShort.IsEmpty)
        {
            lines.Add("  Ended quarters short:");
            foreach ((RuleId rule, var entries) in unit.EarlierShort)
            {
                // One line per county for a per-county duty, so that the report says which county fell short when.
                foreach (IGrouping<string?, DutyPeriodResult> county in entries.GroupBy(e => e.County?.Value))
                {
                    string name = county.Key is null ? rule.Value : $"{rule.Value} {county.Key}";
                    lines.Add(Row("    " + name, string.Join(", ", county.Select(e => $"Q{N(e.Period.Quarter)}"))));
                }
            }
        }

        lines.Add($"  This year, {N(report.Assessment.Year)}:");
        foreach (DutyResult duty in unit.YearDuties)
        {
            // A per-county duty names each county still lacking (or, at the year's end, short): the total alone can be
            // reached while one county has none (PER-COUNTY-MINIMUM-EACH).
            DutyPeriodResult[] counties = [.. duty.Periods.Where(p => p.County is not null && p.Shortfall > 0)];
            string state = duty.Shortfall > 0
                ? report.Assessment.IsFullYear ? $"short by {N(duty.Shortfall)}" : $"{N(duty.Shortfall)} to go"
                : counties.Length > 0 ? report.Assessment.IsFullYear ? "short in a county" : "due in a county"
                : "done";
            lines.Add(Row("    " + duty.Rule.Value, $"{N(duty.Recorded)} of {N(duty.Required)}", state));
            foreach (DutyPeriodResult county in counties)
            {
                string code = county.County!.Value.Value;
                string name = report.Roster.FindCounty(county.County.Value)?.Name ?? string.Empty;
                lines.Add(Row($"      county {code} {name}", $"{N(county.Recorded)} of {N(county.Required)}",
                    report.Assessment.IsFullYear ? $"short by {N(county.Shortfall)}" : $"{N(county.Shortfall)} to go"));
            }
        }

        if (report.Assessment.IsFullYear)
        {
            lines.AddRange(Wrap(unit.Blocks.IsEmpty
                ? "Excellence: not barred"
                : "Excellence barred by: " + string.Join(", ", unit.Blocks.Select(b => $"{b.Rule} {b.Subject}")), 2, 4));
        }
        else if (unit.VillagesAtRisk.IsEmpty && unit.CountiesAtRisk.IsEmpty)
        {
            lines.Add("  At risk: nothing");
        }
        else
        {
            lines.Add("  At risk:");
            foreach (string village in unit.VillagesAtRisk)
            {
                string name = report.Roster.FindVillage(VillageCode.Parse(village))?.Name ?? string.Empty;
                lines.AddRange(Wrap($"village {village} {name} ({RuleIds.BundleVillageAtRisk})", 4, 6));
            }
            foreach (string county in unit.CountiesAtRisk)
            {
                string name = report.Roster.FindCounty(DivisionCode.Parse(county))?.Name ?? string.Empty;
                lines.AddRange(Wrap($"county {county} {name} ({RuleIds.BundleCountyAtRisk})", 4, 6));
            }
        }
        lines.Add(string.Empty);
        Write(lines, output);
    }

    private static void Places(List<string> lines, ProgressReport report, RuleId rule, IReadOnlyList<string> codes,
        System.Func<string, string?> name, System.Func<UnitProgress, IReadOnlyList<string>> ofUnit)
    {
        lines.Add(Row("  " + rule.Value, N(codes.Count)));
        foreach (string code in codes.Take(ListLimit))
        {
            int units = report.Units.Count(u => ofUnit(u).Contains(code));
            lines.Add(Row($"    {code} {name(code)}", units == 1 ? "1 unit" : $"{N(units)} units"));
        }
        if (codes.Count > ListLimit)
        {
            lines.Add($"    … and {N(codes.Count - ListLimit)} more (--unit U-xxx shows a unit's own)");
        }
    }

    private static string Row(string label, string value, string? note = null)
    {
        string left = Width(label) < LabelColumns ? PadRight(label, LabelColumns) : label + "  ";
        string line = left + PadLeft(value, 10);
        return note is null ? line : line + "   " + note;
    }

    private static void Write(List<string> lines, TextWriter output)
    {
        foreach (string line in lines)
        {
            output.WriteLine(line);
        }
    }
}
