using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PairingDomain.Assessment;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Support;

/// <summary>Short reads of an assessment for assertions.</summary>
internal static class AssessmentExtensions
{
    public static UnitAssessment Unit(this AnnualAssessment assessment, string unit) =>
        assessment.ForUnit(new UnitId(unit)) ?? throw new KeyNotFoundException(unit);

    public static DutyResult Duty(this AnnualAssessment assessment, string unit, RuleId rule) =>
        assessment.Unit(unit).Duty(rule) ?? throw new KeyNotFoundException($"{unit} does not owe {rule}");

    public static string[] ShortPeriodTexts(this DutyResult result) =>
        result.ShortPeriods.Select(p => p.ToString()).ToArray();

    public static (string Rule, string Subject)[] FindingKeys(this AnnualAssessment assessment) =>
        assessment.Findings.Select(f => (f.Rule.Value, f.Subject)).ToArray();

    public static (string Rule, string Subject)[] FindingKeys(this IEnumerable<Finding> findings) =>
        findings.Select(f => (f.Rule.Value, f.Subject)).ToArray();

    public static (string Rule, string Subject)[] Blocks(this ExcellenceResult result) =>
        result.BlockedBy.Select(b => (b.Rule.Value, b.Subject)).ToArray();

    /// <summary>Every number, status, period, trigger, action, finding and evidence of an assessment, in order, as text.</summary>
    public static string Snapshot(this AnnualAssessment a)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{a.Edition.Id} {a.Year} {a.AsOf:uuuu-MM-dd} {a.IsFullYear}\n");
        foreach (UnitAssessment u in a.Units)
        {
            text.Append(CultureInfo.InvariantCulture, $"unit {u.Unit}\n");
            foreach (DutyResult d in u.Duties)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"  {d.Rule} {d.Source} {d.Required} {d.Recorded} {d.Status.Name} [{string.Join(",", d.ShortPeriods)}] <{string.Join(",", d.Evidence)}>\n");
            }
            text.Append(CultureInfo.InvariantCulture, $"  mech {u.Mechanism.Complete} [{string.Join(",", u.Mechanism.Missing.Select(m => m.Name))}]\n");
            text.Append(CultureInfo.InvariantCulture, $"  exc [{string.Join(",", u.Excellence.BlockedBy)}] main [{string.Join(",", u.MainLeaderExcellence.BlockedBy)}]\n");
        }
        foreach (CadreActions c in a.Cadres)
        {
            text.Append(CultureInfo.InvariantCulture, $"cadre {c.Cadre} [{string.Join(",", c.Actions)}]\n");
        }
        foreach (Finding f in a.Findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"finding {f.Rule} {f.Subject} {f.Message}\n");
        }
        return text.ToString();
    }
}
