using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;

namespace PairingDomain.Rosters;

/// <summary>
/// The roster's cross-record rules of domain.md §3, each reported as findings, never as refusals.
/// </summary>
internal static class RosterRules
{
    /// <summary>The rules this class evaluates: part of <see cref="Assessment.Rules.EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } =
        [RuleIds.PairOneLead, RuleIds.PairLeadAndParticipant, RuleIds.PostingOutsidePairing];

    internal static ImmutableArray<Finding> Check(Roster roster)
    {
        var findings = new List<Finding>();
        findings.AddRange(OneLeadPerCounty(roster));
        findings.AddRange(NotLeadAndParticipant(roster));
        findings.AddRange(PostingsInsidePairings(roster));
        return Sort(findings);
    }

    /// <summary>Orders findings by rule then subject, ordinally, keeping the first of each rule and subject.</summary>
    internal static ImmutableArray<Finding> Sort(IEnumerable<Finding> findings)
    {
        // By rule then subject, the first of each (rule, subject) kept: a sort of the positions, stable by position, then
        // one pass dropping the repeats (a national assessment sorts over a hundred thousand findings).
        Finding[] all = [.. findings];
        int[] order = new int[all.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) =>
        {
            int c = string.CompareOrdinal(all[a].Rule.Value, all[b].Rule.Value);
            if (c == 0)
            {
                c = string.CompareOrdinal(all[a].Subject, all[b].Subject);
            }
            return c != 0 ? c : a.CompareTo(b);
        });
        var sorted = ImmutableArray.CreateBuilder<Finding>(all.Length);
        for (int k = 0; k < order.Length; k++)
        {
            Finding f = all[order[k]];
            if (sorted.Count > 0 && sorted[^1].Rule == f.Rule && string.Equals(sorted[^1].Subject, f.Subject, StringComparison.Ordinal))
            {
                continue;
            }
            sorted.Add(f);
        }
        return sorted.DrainToImmutable();
    }

    /// <summary><c>PAIR-ONE-LEAD</c>: exactly one lead per county at any time (§III.1).</summary>
    private static IEnumerable<Finding> OneLeadPerCounty(Roster roster)
    {
        foreach (IGrouping<DivisionCode, CountyPairing> county in roster.Pairings.GroupBy(p => p.County))
        {
            CountyPairing[] pairings = [.. county];
            for (int i = 0; i < pairings.Length; i++)
            {
                for (int j = i + 1; j < pairings.Length; j++)
                {
                    if (pairings[i].Lead != pairings[j].Lead && pairings[i].Validity.Overlaps(pairings[j].Validity))
                    {
                        yield return new Finding(RuleIds.PairOneLead, county.Key.Value,
                            $"County {county.Key} has two lead units at once: {pairings[i].Lead} {pairings[i].Validity} and {pairings[j].Lead} {pairings[j].Validity}.",
                            $"县 {county.Key} 同时有两个牵头单位：{pairings[i].Lead}（{pairings[i].Validity}）和 {pairings[j].Lead}（{pairings[j].Validity}）。");
                    }
                }
            }
        }
    }

    /// <summary><c>PAIR-LEAD-AND-PARTICIPANT</c>: a unit is not both lead and participant of one county at the same time.</summary>
    private static IEnumerable<Finding> NotLeadAndParticipant(Roster roster)
    {
        foreach (IGrouping<DivisionCode, CountyPairing> county in roster.Pairings.GroupBy(p => p.County))
        {
            CountyPairing[] pairings = [.. county];
            foreach (CountyPairing led in pairings)
            {
                foreach (CountyPairing joined in pairings)
                {
                    if (joined.Participants.Contains(led.Lead) && led.Validity.Overlaps(joined.Validity))
                    {
                        yield return new Finding(RuleIds.PairLeadAndParticipant, county.Key.Value,
                            $"Unit {led.Lead} is both lead and participant of county {county.Key} at the same time.",
                            $"单位 {led.Lead} 同时既是县 {county.Key} 的牵头单位，又是其参与单位。");
                    }
                }
            }
        }
    }

    /// <summary><c>POSTING-OUTSIDE-PAIRING</c>: a cadre's village lies in a county its unit assists during the posting.</summary>
    private static IEnumerable<Finding> PostingsInsidePairings(Roster roster)
    {
        foreach (StationedCadre cadre in roster.Cadres)
        {
            DivisionCode county = cadre.Village.County;
            int unit = roster.IndexOf(cadre.Unit);
            bool inside = roster.PairingIndicesOf(unit)
                .Select(p => roster.Pairings[p])
                .Any(p => p.County == county && p.Validity.Overlaps(cadre.Posting));
            if (!inside)
            {
                yield return new Finding(RuleIds.PostingOutsidePairing, cadre.Id.Value,
                    $"Cadre {cadre.Id} is posted to village {cadre.Village} of county {county}, which unit {cadre.Unit} does not assist at any time during the posting {cadre.Posting}.",
                    $"驻村干部 {cadre.Id} 派驻县 {county} 的村 {cadre.Village}，派驻期间（{cadre.Posting}）单位 {cadre.Unit} 始终未帮扶该县。");
            }
        }
    }
}
