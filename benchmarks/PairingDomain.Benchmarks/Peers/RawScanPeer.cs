using System;
using System.Linq;
using PairingDomain.Benchmarks.Data;

namespace PairingDomain.Benchmarks.Peers;

/// <summary>
/// Peer 4, the lower bound: one pass over a struct array of integer activities into a flat counter array, with the
/// roster pre-indexed into integer arrays. No results, findings, bundles or mechanism — only the counts.
/// </summary>
public sealed class RawScanPeer
{
    private readonly int _units;
    private readonly int _start, _asOf;
    private readonly int[] _leaderPost, _leaderFrom, _leaderTo;
    private readonly int[] _spanFrom, _spanCounty, _spanStart, _spanEnd;
    private readonly bool[] _spanLead;
    private readonly int[][] _kindDuties;
    private readonly int[] _dutyPost;
    private readonly DutyScope[] _dutyScope;

    /// <summary>Indexes the roster.</summary>
    /// <param name="flat">The roster tables.</param>
    public RawScanPeer(FlatCase flat)
    {
        ArgumentNullException.ThrowIfNull(flat);
        _units = flat.UnitIds.Length;
        _start = flat.YearStart.DayNumber;
        _asOf = flat.AsOf.DayNumber;
        string[] posts = ["main-leader", "deputy-leader", "other-leader"];
        _leaderPost = [.. flat.Leaders.Select(l => Array.IndexOf(posts, l.Post) + 1)];
        _leaderFrom = [.. flat.Leaders.Select(l => l.From.DayNumber)];
        _leaderTo = [.. flat.Leaders.Select(l => l.To?.DayNumber ?? int.MaxValue)];
        PairingRow[] spans = [.. flat.Pairings.OrderBy(p => flat.UnitIndex[p.Unit])];
        _spanFrom = new int[_units + 1];
        foreach (PairingRow p in spans)
        {
            _spanFrom[flat.UnitIndex[p.Unit] + 1]++;
        }
        for (int u = 0; u < _units; u++)
        {
            _spanFrom[u + 1] += _spanFrom[u];
        }
        _spanCounty = [.. spans.Select(p => flat.CountyIndex[p.County])];
        _spanStart = [.. spans.Select(p => p.From.DayNumber)];
        _spanEnd = [.. spans.Select(p => p.To?.DayNumber ?? int.MaxValue)];
        _spanLead = [.. spans.Select(p => p.Lead)];
        _kindDuties = [.. FlatCase.Kinds.Select(k => Enumerable.Range(0, DutyCatalog.Count).Where(d => DutyCatalog.Duties[d].Kind == k).ToArray())];
        _dutyPost = [.. DutyCatalog.Duties.Select(d => d.Post is null ? 0 : Array.IndexOf(posts, d.Post) + 1)];
        _dutyScope = [.. DutyCatalog.Duties.Select(d => d.Scope)];
    }

    /// <summary>Counts every (unit, duty) in one pass.</summary>
    /// <param name="activities">The activities.</param>
    /// <returns>The counts.</returns>
    public DutyCounts Count(ReadOnlySpan<RawActivity> activities)
    {
        int[] counts = new int[_units * DutyCatalog.Count];
        for (int i = 0; i < activities.Length; i++)
        {
            ref readonly RawActivity a = ref activities[i];
            if (a.Day < _start || a.Day > _asOf)
            {
                continue;
            }
            foreach (int d in _kindDuties[a.Kind])
            {
                int post = _dutyPost[d];
                if (post != 0 && (a.Leader < 0 || _leaderPost[a.Leader] != post || a.Day < _leaderFrom[a.Leader] || a.Day > _leaderTo[a.Leader]))
                {
                    continue;
                }
                if (InPairing(in a, _dutyScope[d]))
                {
                    counts[(a.Unit * DutyCatalog.Count) + d]++;
                }
            }
        }
        return new DutyCounts(_units, counts);
    }

    private bool InPairing(in RawActivity a, DutyScope scope)
    {
        if (a.County < 0 && scope != DutyScope.Unit)
        {
            return false;
        }
        for (int s = _spanFrom[a.Unit], end = _spanFrom[a.Unit + 1]; s < end; s++)
        {
            if (a.Day >= _spanStart[s] && a.Day <= _spanEnd[s]
                && (a.County < 0 || (_spanCounty[s] == a.County && (scope != DutyScope.Led || _spanLead[s]))))
            {
                return true;
            }
        }
        return false;
    }
}
