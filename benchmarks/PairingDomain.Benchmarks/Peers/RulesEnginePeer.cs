using System;
using System.Collections.Generic;
using System.Linq;
using PairingDomain.Benchmarks.Data;
using RulesEngine.Models;

namespace PairingDomain.Benchmarks.Peers;

/// <summary>
/// Peer 2: Microsoft RulesEngine with the qualification rules ("which activity counts for which duty") as one
/// workflow of lambda-expression rules, executed per activity; the successes are counted afterwards.
/// </summary>
public sealed class RulesEnginePeer
{
    /// <summary>The workflow's name.</summary>
    public const string WorkflowName = "Qualification";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly QualificationFacts _facts;
    private readonly FlatCase _flat;

    /// <summary>Compiles the workflow for a case.</summary>
    /// <param name="flat">The roster tables the rules look up.</param>
    public RulesEnginePeer(FlatCase flat)
    {
        _flat = flat ?? throw new ArgumentNullException(nameof(flat));
        _facts = new QualificationFacts(flat);
        _engine = new RulesEngine.RulesEngine([Workflow()], new ReSettings { CustomTypes = [typeof(QualificationFacts)] });
    }

    /// <summary>The workflow: one rule per duty, named by its rule ID, over inputs <c>a</c> (activity) and <c>f</c> (facts).</summary>
    /// <returns>The workflow.</returns>
    public static Workflow Workflow() => new()
    {
        WorkflowName = WorkflowName,
        Rules = DutyCatalog.Duties.Select(d => new Rule
        {
            RuleName = d.Rule,
            RuleExpressionType = RuleExpressionType.LambdaExpression,
            Expression = Expression(d),
        }).ToList(),
    };

    private static string Expression(PeerDuty d)
    {
        string when = $"a.Kind == \"{d.Kind}\" && f.InWindow(a.Date)";
        string who = d.Post is null ? "" : $" && f.Holds(a.By, \"{d.Post}\", a.Date)";
        string where = d.Scope switch
        {
            DutyScope.Led => " && a.County != null && f.Leads(a.Unit, a.County, a.Date)",
            DutyScope.Assisted => " && a.County != null && f.Assists(a.Unit, a.County, a.Date)",
            _ => " && ((a.County == null && f.AssistsAny(a.Unit, a.Date)) || (a.County != null && f.Assists(a.Unit, a.County, a.Date)))",
        };
        return when + who + where;
    }

    /// <summary>Executes the workflow on every activity and counts the successful rules.</summary>
    /// <param name="activities">The activities.</param>
    /// <returns>Count per (unit identifier, rule ID).</returns>
    public Dictionary<(string Unit, string Rule), int> Count(IReadOnlyList<ActivityRow> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var counts = new Dictionary<(string, string), int>();
        var facts = new RuleParameter("f", _facts);
        for (int i = 0; i < activities.Count; i++)
        {
            ActivityRow a = activities[i];
            System.Threading.Tasks.ValueTask<List<RuleResultTree>> pending =
                _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("a", a), facts);
            List<RuleResultTree> results = pending.IsCompleted ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
            foreach (RuleResultTree result in results)
            {
                if (result.IsSuccess)
                {
                    (string, string) key = (a.Unit, result.Rule.RuleName);
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }
        return counts;
    }

    /// <summary>The case this peer was compiled for.</summary>
    public FlatCase Case => _flat;
}

/// <summary>The look-ups the rules call: leader posts and pairings by date.</summary>
public sealed class QualificationFacts
{
    private readonly DateOnly _start, _asOf;
    private readonly Dictionary<string, LeaderRow> _leaders;
    private readonly Dictionary<string, PairingRow[]> _pairings;

    /// <summary>Indexes the roster tables.</summary>
    /// <param name="flat">The roster tables.</param>
    public QualificationFacts(FlatCase flat)
    {
        ArgumentNullException.ThrowIfNull(flat);
        _start = flat.YearStart;
        _asOf = flat.AsOf;
        _leaders = flat.Leaders.ToDictionary(l => l.Id, StringComparer.Ordinal);
        _pairings = flat.Pairings.GroupBy(p => p.Unit).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Whether the date is in the assessed year up to the as-of date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it counts.</returns>
    public bool InWindow(DateOnly date) => date >= _start && date <= _asOf;

    /// <summary>Whether the leader held the post on the date.</summary>
    /// <param name="by">The leader's identifier, or null.</param>
    /// <param name="post">The post, kebab-case.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether the leader held it.</returns>
    public bool Holds(string? by, string post, DateOnly date) =>
        by is not null && _leaders.TryGetValue(by, out LeaderRow? l) && l.Post == post && l.From <= date && (l.To is null || date <= l.To);

    /// <summary>Whether the unit assisted the county on the date.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="county">The county.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it did.</returns>
    public bool Assists(string unit, string county, DateOnly date) => Any(unit, date, p => p.County == county);

    /// <summary>Whether the unit led the county on the date.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="county">The county.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it did.</returns>
    public bool Leads(string unit, string county, DateOnly date) => Any(unit, date, p => p.Lead && p.County == county);

    /// <summary>Whether the unit assisted any county on the date.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it did.</returns>
    public bool AssistsAny(string unit, DateOnly date) => Any(unit, date, _ => true);

    private bool Any(string unit, DateOnly date, Func<PairingRow, bool> match) =>
        _pairings.TryGetValue(unit, out PairingRow[]? mine)
        && mine.Any(p => match(p) && p.From <= date && (p.To is null || date <= p.To));
}
