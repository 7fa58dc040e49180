using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Party;
using PairingDomain.Places;
using PairingDomain.Policy;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// <c>LINK-PARTY-BUILDING</c> (§III.8, for 党建工作责任制; case-format-2.md §3 <c>links.partyBuilding</c>): per unit, the
/// villages where a cadre of it was in post some day of the window, those of them with a party pairing (结对共建) of the
/// unit in force some day of the window, and its <c>party-lecture</c> and <c>branch-guidance</c> activities dated in the
/// window in a county it assists that day. One instance per assessment, computed on first use and kept.
/// </summary>
internal sealed class PartyBuildingEvidence
{
    private readonly AssessmentPlan _plan;
    private readonly ActivityLedger _ledger;
    private PartyPairingBook? _pairings;
    private PartyBuildingLink[]? _links;

    internal PartyBuildingEvidence(AssessmentPlan plan, ActivityLedger ledger)
    {
        _plan = plan;
        _ledger = ledger;
    }

    /// <summary>Gives the case's party pairings; called once, before the assessment is published.</summary>
    internal void Attach(PartyPairingBook? pairings) => _pairings = pairings;

    internal PartyBuildingLink For(int unit)
    {
        PartyBuildingLink[]? links = Volatile.Read(ref _links);
        if (links is null)
        {
            links = Compute();
            Volatile.Write(ref _links, links);
        }
        return links[unit];
    }

    /// <summary>
    /// The evidence of <paramref name="ledger"/>, which extends this evidence's ledger from index
    /// <paramref name="from"/>: these links with the lectures and branch guidance of the appended activities added, so
    /// that a live assessment reads only what was appended.
    /// </summary>
    internal PartyBuildingEvidence Extend(ActivityLedger ledger, int from)
    {
        PartyBuildingLink[] links = [.. Links()];
        byte lecture = (byte)ActivityKind.PartyLecture.Value, branch = (byte)ActivityKind.BranchGuidance.Value;
        ReadOnlySpan<ActivityRecord> records = ledger.Records;
        for (int i = from; i < records.Length; i++)
        {
            ref readonly ActivityRecord r = ref records[i];
            if ((r.Kind == lecture || r.Kind == branch) && _plan.InYear(r.Date) && !_plan.Locate(in r).IsOutside)
            {
                PartyBuildingLink link = links[r.Unit];
                links[r.Unit] = new PartyBuildingLink(link.PostedVillages, link.PairedVillages, link.UnpairedVillages,
                    link.PartyLectures + (r.Kind == lecture ? 1 : 0), link.BranchGuidance + (r.Kind == branch ? 1 : 0));
            }
        }
        return new PartyBuildingEvidence(_plan, ledger) { _pairings = _pairings, _links = links };
    }

    private PartyBuildingLink[] Links()
    {
        PartyBuildingLink[]? links = Volatile.Read(ref _links);
        if (links is null)
        {
            links = Compute();
            Volatile.Write(ref _links, links);
        }
        return links;
    }

    private PartyBuildingLink[] Compute()
    {
        int units = _plan.Roster.Units.Length;
        var window = new DateInterval(new LocalDate(_plan.Year, 1, 1), _plan.AsOf);
        var posted = new SortedSet<string>?[units];
        ImmutableArray<StationedCadre> cadres = _plan.Roster.Cadres;
        for (int c = 0; c < cadres.Length; c++)
        {
            if (cadres[c].Posting.Overlaps(window))
            {
                (posted[_plan.Roster.CadreUnit[c]] ??= new SortedSet<string>(StringComparer.Ordinal)).Add(cadres[c].Village.Value);
            }
        }
        var paired = new HashSet<(int Unit, string Village)>();
        if (_pairings is { } book)
        {
            for (int p = 0; p < book.Pairings.Length; p++)
            {
                if (book.Pairings[p].Validity.Overlaps(window))
                {
                    paired.Add((book.Units[p], book.Pairings[p].Village.Value));
                }
            }
        }
        int[] lectures = new int[units], guidance = new int[units];
        byte lecture = (byte)ActivityKind.PartyLecture.Value, branch = (byte)ActivityKind.BranchGuidance.Value;
        ReadOnlySpan<ActivityRecord> records = _ledger.Records;
        for (int i = 0; i < records.Length; i++)
        {
            ref readonly ActivityRecord r = ref records[i];
            if ((r.Kind == lecture || r.Kind == branch) && _plan.InYear(r.Date) && !_plan.Locate(in r).IsOutside)
            {
                (r.Kind == lecture ? lectures : guidance)[r.Unit]++;
            }
        }
        var links = new PartyBuildingLink[units];
        for (int u = 0; u < units; u++)
        {
            int postedCount = 0, pairedCount = 0;
            ImmutableArray<VillageCode>.Builder unpaired = ImmutableArray.CreateBuilder<VillageCode>();
            foreach (string village in posted[u] ?? [])
            {
                postedCount++;
                if (paired.Contains((u, village)))
                {
                    pairedCount++;
                }
                else
                {
                    unpaired.Add(VillageCode.Parse(village));
                }
            }
            links[u] = new PartyBuildingLink(postedCount, pairedCount, unpaired.DrainToImmutable(), lectures[u], guidance[u]);
        }
        return links;
    }

    /// <summary>The rule this evidence evaluates: part of <see cref="EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } = [RuleIds.LinkPartyBuilding];
}
