using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace PairingDomain.Policy;

public sealed partial class EditionDiff
{
    private ImmutableArray<ParameterChange> _scoringTable;

    /// <summary>
    /// How the scoring tables differ (case-format-2.md §2): for each row added, removed or changed, in the first table's
    /// order then the rows the second adds, <c>RULE.perMissing</c> and <c>RULE.max</c> with their values (null where the
    /// table has no row); and <c>order</c>, the rules both tables share listed comma-separated, when they share them in
    /// another order (the order deductions are listed in). Empty when both tables are the same.
    /// </summary>
    public ImmutableArray<ParameterChange> ScoringTable
    {
        get
        {
            if (_scoringTable.IsDefault)
            {
                _scoringTable = CompareScoring(From.ScoringTable, To.ScoringTable);
            }
            return _scoringTable;
        }
    }

    private static ImmutableArray<ParameterChange> CompareScoring(ScoringTable from, ScoringTable to)
    {
        if (from.Equals(to))
        {
            return [];
        }
        var changes = ImmutableArray.CreateBuilder<ParameterChange>();
        IEnumerable<RuleId> rules = from.Rows.Select(r => r.Rule).Concat(to.Rows.Select(r => r.Rule)).Distinct();
        foreach (RuleId rule in rules)
        {
            ScoringRow? a = from.RowFor(rule), b = to.RowFor(rule);
            if (a?.PerMissing != b?.PerMissing)
            {
                changes.Add(new ParameterChange($"{rule}.perMissing", Figure(a?.PerMissing), Figure(b?.PerMissing)));
            }
            if (a?.Max != b?.Max)
            {
                changes.Add(new ParameterChange($"{rule}.max", Figure(a?.Max), Figure(b?.Max)));
            }
        }
        var shared = from.Rows.Select(r => r.Rule).Where(r => to.RowFor(r) is not null).ToList();
        var sharedInTo = to.Rows.Select(r => r.Rule).Where(r => from.RowFor(r) is not null).ToList();
        if (!shared.SequenceEqual(sharedInTo))
        {
            changes.Add(new ParameterChange("order", string.Join(",", shared), string.Join(",", sharedInTo)));
        }
        return changes.ToImmutable();
    }

    private static string? Figure(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
