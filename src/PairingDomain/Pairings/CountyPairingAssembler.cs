using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NodaTime;
using PairingDomain.Places;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Pairings;

/// <summary>
/// Assembles <see cref="CountyPairing"/>s from memberships kept a row per unit and county (§III.1, domain.md §3), so
/// that a caller never splits intervals by hand: each county's days are cut at every membership's first day and the
/// day after its last, and every maximal run of days with the same lead and participants becomes one pairing.
/// </summary>
/// <remarks>
/// <para>
/// Intervals are inclusive and <c>to</c> null is open-ended (case-format.md). Adjacent runs with the same members merge,
/// so a unit leaving and rejoining on the next day leaves one pairing; days on which a county has no member at all make
/// no pairing. The result lists the pairings by county code, then by first day; each pairing's participants are
/// sorted ordinally by unit id.
/// </para>
/// <para>
/// <see cref="Build"/> reports every problem at once, each at the location the caller gave the row (a JSONPath, a
/// <c>sheet!cell</c>, a table and key; by default <c>$.pairingMemberships[i]</c> in the order of addition) and naming
/// the other rows concerned: a <c>to</c> before its <c>from</c> (<see cref="MembershipProblemCodes.DateOrder"/>, at the
/// row's location followed by <c>.to</c>; such a row is then left out of the other checks, so one mistake is reported
/// once); one unit twice in one county on overlapping days (<see cref="MembershipProblemCodes.OverlappingMembership"/>,
/// <c>PAIR-LEAD-AND-PARTICIPANT</c> when the roles differ); two leads on one day
/// (<see cref="MembershipProblemCodes.TwoLeads"/>, <c>PAIR-ONE-LEAD</c>); participants on days without a lead
/// (<see cref="MembershipProblemCodes.NoLead"/>, <c>PAIR-ONE-LEAD</c>), one problem per maximal run of such days.
/// It checks neither that the counties and units exist nor full coverage: the <see cref="Rosters.RosterBuilder"/>
/// and the assessment do, on the pairings built.
/// </para>
/// <threadsafety>Not thread-safe: build on one thread, then share the immutable result.</threadsafety>
/// </remarks>
public sealed class CountyPairingAssembler
{
    private readonly List<(PairingMembership Value, string Path)> _rows = [];

    /// <summary>Adds a membership.</summary>
    /// <param name="membership">The membership.</param>
    /// <param name="path">Where the row came from; defaults to <c>$.pairingMemberships[i]</c>.</param>
    /// <returns>This assembler.</returns>
    public CountyPairingAssembler Add(PairingMembership membership, string? path = null)
    {
        Preconditions.CheckNotNull(membership, nameof(membership));
        _rows.Add((membership, path ?? string.Create(CultureInfo.InvariantCulture, $"$.pairingMemberships[{_rows.Count}]")));
        return this;
    }

    /// <summary>Builds the county pairings, or reports every problem of every membership.</summary>
    /// <returns>
    /// The pairings by county code and first day (an immutable list: <see cref="BuildResult{T}"/> holds a reference
    /// type), or all the problems.
    /// </returns>
    public BuildResult<IReadOnlyList<CountyPairing>> Build()
    {
        var problems = new List<Problem>();
        var byCounty = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < _rows.Count; i++)
        {
            (PairingMembership row, string path) = _rows[i];
            if (row.To is LocalDate to && to < row.From)
            {
                problems.Add(new Problem(path + ".to", MembershipProblemCodes.DateOrder,
                    $"the membership of unit {row.Unit} in county {row.County} ends on {IsoDate.Format(to)}, before it starts on {IsoDate.Format(row.From)}",
                    $"单位 {row.Unit} 在县 {row.County} 的帮扶关系止于 {IsoDate.Format(to)}，早于起始日 {IsoDate.Format(row.From)}"));
                continue;
            }
            if (!byCounty.TryGetValue(row.County.Value, out List<int>? list))
            {
                byCounty.Add(row.County.Value, list = []);
            }
            list.Add(i);
        }
        var pairings = ImmutableArray.CreateBuilder<CountyPairing>();
        foreach (List<int> rows in byCounty.Values)
        {
            CheckOverlaps(rows, problems);
            Assemble(rows, problems, pairings);
        }
        return problems.Count > 0
            ? BuildResult<IReadOnlyList<CountyPairing>>.ForProblems([.. problems])
            : BuildResult<IReadOnlyList<CountyPairing>>.ForValue(pairings.ToImmutable());
    }

    /// <summary>The same unit twice on overlapping days, and two leads on one day: each pair of rows once.</summary>
    private void CheckOverlaps(List<int> rows, List<Problem> problems)
    {
        for (int b = 0; b < rows.Count; b++)
        {
            (PairingMembership later, string laterPath) = _rows[rows[b]];
            for (int a = 0; a < b; a++)
            {
                (PairingMembership earlier, string earlierPath) = _rows[rows[a]];
                if (FirstCommonDay(earlier, later) is not LocalDate day)
                {
                    continue;
                }
                string on = IsoDate.Format(day);
                if (earlier.Unit == later.Unit)
                {
                    bool roles = earlier.Role != later.Role;
                    problems.Add(new Problem(laterPath, MembershipProblemCodes.OverlappingMembership,
                        roles
                            ? $"unit {later.Unit} is both lead and participant of county {later.County} from {on} (PAIR-LEAD-AND-PARTICIPANT), with {earlierPath}"
                            : $"unit {later.Unit} is a member of county {later.County} twice from {on}, with {earlierPath}",
                        roles
                            ? $"单位 {later.Unit} 自 {on} 起同时是县 {later.County} 的牵头单位和参与单位（PAIR-LEAD-AND-PARTICIPANT），与 {earlierPath} 重叠"
                            : $"单位 {later.Unit} 自 {on} 起在县 {later.County} 重复登记，与 {earlierPath} 重叠"));
                }
                else if (earlier.Role == PairingRole.Lead && later.Role == PairingRole.Lead)
                {
                    problems.Add(new Problem(laterPath, MembershipProblemCodes.TwoLeads,
                        $"county {later.County} has two lead units from {on}: {later.Unit} and {earlier.Unit} of {earlierPath} (PAIR-ONE-LEAD)",
                        $"县 {later.County} 自 {on} 起有两个牵头单位：{later.Unit} 和 {earlierPath} 的 {earlier.Unit}（PAIR-ONE-LEAD）"));
                }
            }
        }
    }

    /// <summary>Cuts the county's days into runs of constant membership; reports participants without a lead.</summary>
    private void Assemble(List<int> rows, List<Problem> problems, ImmutableArray<CountyPairing>.Builder pairings)
    {
        DivisionCode county = _rows[rows[0]].Value.County;
        var cuts = new SortedSet<LocalDate>();
        foreach (int r in rows)
        {
            PairingMembership m = _rows[r].Value;
            cuts.Add(m.From);
            if (m.To is LocalDate to && to < LocalDate.MaxIsoValue)
            {
                cuts.Add(to.PlusDays(1));
            }
        }
        LocalDate[] starts = [.. cuts];
        // The run being built (a pairing, or a run of days without a lead) and its members.
        LocalDate? runStart = null, runEnd = null;
        UnitId? runLead = null;
        UnitId[] runParticipants = [];
        var leaderless = new List<int>();
        LocalDate? gapStart = null, gapEnd = null;

        void Flush()
        {
            if (runStart is LocalDate s && runLead is UnitId lead)
            {
                pairings.Add(new CountyPairing(county, lead, runParticipants, new DateRange(s, runEnd)));
            }
            runStart = null;
            runLead = null;
        }

        void FlushGap()
        {
            if (gapStart is LocalDate s)
            {
                string[] paths = [.. leaderless.Distinct().Select(r => _rows[r].Path)];
                string days = gapEnd is LocalDate e ? $"{IsoDate.Format(s)} to {IsoDate.Format(e)}" : $"{IsoDate.Format(s)} on";
                string daysZh = gapEnd is LocalDate ez ? $"{IsoDate.Format(s)} 至 {IsoDate.Format(ez)}" : $"{IsoDate.Format(s)} 起";
                problems.Add(new Problem(paths[0], MembershipProblemCodes.NoLead,
                    $"county {county} has participating units and no lead unit from {days} (PAIR-ONE-LEAD): {string.Join(", ", paths)}",
                    $"县 {county} 在 {daysZh} 有参与单位而无牵头单位（PAIR-ONE-LEAD）：{string.Join("、", paths)}"));
            }
            gapStart = null;
            leaderless.Clear();
        }

        for (int k = 0; k < starts.Length; k++)
        {
            LocalDate day = starts[k];
            LocalDate? last = k + 1 < starts.Length ? starts[k + 1].PlusDays(-1) : null;
            var leads = new List<UnitId>();
            var participants = new List<(UnitId Unit, int Row)>();
            foreach (int r in rows)
            {
                PairingMembership m = _rows[r].Value;
                if (m.Contains(day))
                {
                    if (m.Role == PairingRole.Lead)
                    {
                        leads.Add(m.Unit);
                    }
                    else
                    {
                        participants.Add((m.Unit, r));
                    }
                }
            }
            if (leads.Count == 0 && participants.Count > 0)
            {
                Flush();
                gapStart ??= day;
                gapEnd = last;
                leaderless.AddRange(participants.Select(p => p.Row));
                continue;
            }
            FlushGap();
            if (leads.Count == 0)
            {
                Flush();
                continue;
            }
            // Two leads, or a unit twice, were reported by CheckOverlaps; the run is built from distinct units only
            // so that the problems above stay the only outcome.
            UnitId lead = leads[0];
            UnitId[] members = [.. participants.Select(p => p.Unit).Where(u => u != lead).Distinct()
                .OrderBy(u => u.Value, StringComparer.Ordinal)];
            if (runStart is not null && runLead == lead && runParticipants.SequenceEqual(members))
            {
                runEnd = last;
                continue;
            }
            Flush();
            runStart = day;
            runEnd = last;
            runLead = lead;
            runParticipants = members;
        }
        Flush();
        FlushGap();
    }

    /// <summary>The first day both memberships are in force, or null when they do not overlap.</summary>
    private static LocalDate? FirstCommonDay(PairingMembership a, PairingMembership b)
    {
        LocalDate start = a.From > b.From ? a.From : b.From;
        return a.Contains(start) && b.Contains(start) ? start : null;
    }
}
