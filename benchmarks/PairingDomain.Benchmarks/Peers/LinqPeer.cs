using System;
using System.Collections.Generic;
using System.Linq;
using PairingDomain.Benchmarks.Data;

namespace PairingDomain.Benchmarks.Peers;

/// <summary>
/// Peer 1: what an application developer writes without this library — Where / SelectMany / GroupBy / ToDictionary
/// over record classes with string keys.
/// </summary>
public static class LinqPeer
{
    /// <summary>Counts every (unit, duty).</summary>
    /// <param name="flat">The roster tables.</param>
    /// <param name="activities">The activities.</param>
    /// <returns>Count per (unit identifier, rule ID).</returns>
    public static Dictionary<(string Unit, string Rule), int> Count(FlatCase flat, IReadOnlyList<ActivityRow> activities)
    {
        ArgumentNullException.ThrowIfNull(flat);
        DateOnly start = flat.YearStart, asOf = flat.AsOf;
        Dictionary<string, LeaderRow> leaders = flat.Leaders.ToDictionary(l => l.Id);
        Dictionary<string, List<PairingRow>> pairings = flat.Pairings.GroupBy(p => p.Unit).ToDictionary(g => g.Key, g => g.ToList());
        ILookup<string, PeerDuty> dutiesByKind = DutyCatalog.Duties.ToLookup(d => d.Kind);

        return activities
            .Where(a => a.Date >= start && a.Date <= asOf)
            .SelectMany(a => dutiesByKind[a.Kind], (a, d) => (Activity: a, Duty: d))
            .Where(x => x.Duty.Post is null || HeldBy(leaders, x.Activity.By, x.Duty.Post, x.Activity.Date))
            .Where(x => InPairing(pairings, x.Activity, x.Duty.Scope))
            .GroupBy(x => (x.Activity.Unit, x.Duty.Rule))
            .ToDictionary(g => g.Key, g => g.Count());
    }

    private static bool HeldBy(Dictionary<string, LeaderRow> leaders, string? by, string post, DateOnly date) =>
        by is not null && leaders.TryGetValue(by, out LeaderRow? l) && l.Post == post && l.From <= date && (l.To is null || date <= l.To);

    private static bool InPairing(Dictionary<string, List<PairingRow>> pairings, ActivityRow a, DutyScope scope)
    {
        if (!pairings.TryGetValue(a.Unit, out List<PairingRow>? mine))
        {
            return false;
        }
        if (a.County is null)
        {
            return scope == DutyScope.Unit && mine.Any(p => p.From <= a.Date && (p.To is null || a.Date <= p.To));
        }
        return mine.Any(p => p.County == a.County && (scope != DutyScope.Led || p.Lead) && p.From <= a.Date && (p.To is null || a.Date <= p.To));
    }
}
