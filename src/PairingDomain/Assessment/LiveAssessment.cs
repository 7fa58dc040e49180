using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PairingDomain.Activities;
using PairingDomain.Assessment.Rules;
using PairingDomain.Rosters;

namespace PairingDomain.Assessment;

/// <summary>
/// An assessment kept up to date as activities are appended during the year, for the dashboards that track progress:
/// each <see cref="Append"/> counts only the new activities and re-assesses only the units they belong to, and gives the
/// same assessment as a full <see cref="PairingCase.Assess(AssessmentOptions?)"/> of the extended case.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Start"/> makes one full assessment and keeps what it was made from: the plan, the counters, and every
/// activity identifier (for <c>duplicate-id</c>). An append then costs in proportion to the activities appended and
/// the units they touch: the ledger grows into room kept after it (the earlier ledgers still see only their own
/// activities), a touched unit's counters are copied and counted into, and only touched units get new results; the
/// findings of activities outside the pairings (<c>ACTIVITY-OUTSIDE-PAIRING</c>) are merged into the sorted list.
/// Nothing else an assessment holds — bundles, cadres' actions, the Work Committee, exits, outcomes — reads the ledger,
/// so it is kept as it was.
/// </para>
/// <para>
/// What a published assessment computes on first use over the whole ledger stays lazy and whole: the statistics, and
/// the index by unit behind explanations and evidence (built once per published assessment when first asked).
/// </para>
/// <para>
/// An append is all or nothing: activities are checked as <see cref="ActivityLedgerBuilder"/> checks them, located
/// <c>$.activities[i]</c> with <c>i</c> their index in the extended ledger, an identifier is refused when an earlier
/// activity, a Work Committee activity or an outcome has it, and a batch with any problem changes nothing.
/// Grade and posting changes are not taken: they change the plan itself, so start again from the changed case.
/// </para>
/// <threadsafety>
/// Not thread-safe: append from one thread at a time. Every assessment and case it gives is immutable and may be read
/// from any thread while later appends go on.
/// </threadsafety>
/// </remarks>
public sealed class LiveAssessment
{
    private readonly AssessmentPlan _plan;
    private readonly int[] _counts;
    private readonly Dictionary<ActivityId, int> _ids;
    private readonly Dictionary<ActivityId, string> _otherIds;
    // By unit: the counters of a unit counted again since the full assessment, null for one that was not. Copied on each
    // append (a reference per unit), so an earlier assessment's explainer keeps its own.
    private int[]?[] _recounted;
    private PartyBuildingEvidence? _evidence;

    private LiveAssessment(PairingCase pairingCase, AnnualAssessment current, AssessmentPlan plan, int[] counts,
        Dictionary<ActivityId, int> ids, Dictionary<ActivityId, string> otherIds)
    {
        Case = pairingCase;
        Current = current;
        _plan = plan;
        _counts = counts;
        _ids = ids;
        _otherIds = otherIds;
        _recounted = new int[]?[plan.Roster.Units.Length];
        _evidence = current.Units.IsEmpty ? null : current.Units[0].PartyBuildingEvidence;
    }

    /// <summary>The case with every activity appended so far.</summary>
    public PairingCase Case { get; private set; }

    /// <summary>The assessment of <see cref="Case"/>, equal to its full assessment.</summary>
    public AnnualAssessment Current { get; private set; }

    /// <summary>
    /// Assesses <paramref name="pairingCase"/> in full and keeps what later appends count into: the assessment's plan and
    /// counters, and a dictionary of the ledger's activity identifiers.
    /// </summary>
    /// <param name="pairingCase">The case as it stands.</param>
    /// <param name="options">How to run the full assessment; null for one thread.</param>
    /// <returns>The live assessment, with <see cref="Current"/> the case's assessment.</returns>
    /// <exception cref="YearOutsideEditionException">
    /// The edition does not apply to the case's year and <see cref="AssessmentOptions.AllowYearOutsideEdition"/> is not set.
    /// </exception>
    public static LiveAssessment Start(PairingCase pairingCase, AssessmentOptions? options = null)
    {
        Preconditions.CheckNotNull(pairingCase, nameof(pairingCase));
        ActivityLedger ledger = pairingCase.Ledger;
        var ids = new Dictionary<ActivityId, int>(ledger.Count + (ledger.Count / 4));
        for (int i = 0; i < ledger.Count; i++)
        {
            ids.Add(ledger.IdAt(i), i);
        }
        var otherIds = new Dictionary<ActivityId, string>();
        foreach (var activity in pairingCase.CadreWork.CommitteeActivities)
        {
            otherIds.TryAdd(activity.Id, "a Work Committee activity");
        }
        for (int i = 0; i < pairingCase.Outcomes.Count; i++)
        {
            otherIds.TryAdd(pairingCase.Outcomes.IdAt(i), "an outcome");
        }
        // Room after the ledger, so that appends write after it instead of copying it.
        PairingCase roomy = pairingCase.WithLedger(ledger.WithRoom(Math.Max(ledger.Count / 4, 1 << 16)));
        AnnualAssessment current = roomy.Assess(options, out AssessmentPlan plan, out int[] counts);
        var live = new LiveAssessment(roomy, current, plan, counts, ids, otherIds);
        live._evidence?.Extend(roomy.Ledger, roomy.Ledger.Count); // computes the links once, here rather than on the first append
        return live;
    }

    /// <summary>
    /// Appends <paramref name="activities"/> to the ledger and re-assesses the units they belong to, or, when any of them
    /// has a problem, reports every problem and changes nothing.
    /// </summary>
    /// <param name="activities">The activities, in the order they are appended.</param>
    /// <returns>The new <see cref="Current"/>, or every problem of the batch.</returns>
    public BuildResult<AnnualAssessment> Append(IEnumerable<Activity> activities)
    {
        Preconditions.CheckNotNull(activities, nameof(activities));
        ActivityLedger ledger = Case.Ledger;
        var batch = new ActivityLedgerBuilder(ledger.Roster, _ids, ledger.Count);
        var problems = new List<Problem>();
        int index = ledger.Count;
        foreach (Activity activity in activities)
        {
            Preconditions.CheckNotNull(activity, nameof(activities));
            batch.Add(activity);
            if (_otherIds.TryGetValue(activity.Id, out string? other))
            {
                problems.Add(new Problem(Locations.Default("activities", index) + ".id", ProblemCodes.DuplicateId,
                    $"activity '{activity.Id}' is already used by {other}", $"活动“{activity.Id}”已被{ChineseOf(other)}使用"));
            }
            index++;
        }
        if (batch.Problems.Count > 0 || problems.Count > 0)
        {
            batch.Rollback();
            return BuildResult<AnnualAssessment>.ForProblems([.. batch.Problems, .. problems]);
        }
        if (batch.PendingRecords.Count == 0)
        {
            return BuildResult<AnnualAssessment>.ForValue(Current);
        }

        int from = ledger.Count;
        ActivityLedger extended = ledger.Append(CollectionsMarshal.AsSpan(batch.PendingRecords), CollectionsMarshal.AsSpan(batch.PendingIds),
            CollectionsMarshal.AsSpan(batch.PendingVillages), batch.PendingInstants);

        // Count the new activities into copies of their units' counters.
        int[]?[] recounted = [.. _recounted];
        var counters = new RecountedCounters(_plan, _counts, _recounted, recounted);
        var outside = new List<int>();
        AnnualAssessor.Scan(_plan, extended.Records[from..], from, ref counters, outside);

        var explainer = new Explainer(_plan, extended, _counts, recounted, Case.HasCadreWork ? Case.CadreWork : null);
        PartyBuildingEvidence? evidence = _evidence?.Extend(extended, from);
        var units = Current.Units.ToBuilder();
        foreach (int u in TouchedUnits(extended, from))
        {
            ReadOnlySpan<int> unitCounts = recounted[u] is { } copy ? copy : AnnualAssessor.UnitCounters(_plan, _counts, u);
            units[u] = units[u].Recounted(AnnualAssessor.DutyResults(_plan, unitCounts, u, explainer), evidence!);
        }

        ImmutableArray<Finding> findings = MergeFindings(Current.Findings,
            ActivityOutsidePairingRule.Findings(_plan, extended, outside).Select(f => f.WithSource(_plan.Edition.SourceOf(f.Rule))));
        PairingCase extendedCase = Case.WithLedger(extended);
        AssessmentPlan plan = _plan;
        var next = new AnnualAssessment(Current, units.MoveToImmutable(), findings, explainer,
            a => Statistics.StatisticsCalculator.Compute(plan, extended, a));

        Case = extendedCase;
        Current = next;
        _recounted = recounted;
        _evidence = evidence;
        return BuildResult<AnnualAssessment>.ForValue(next);
    }

    private static string ChineseOf(string other) => other == "an outcome" ? "一项成效" : "一项工委活动";

    /// <summary>The units of the activities from <paramref name="from"/> on, each once, in ascending order.</summary>
    private static ReadOnlySpan<int> TouchedUnits(ActivityLedger ledger, int from)
    {
        ReadOnlySpan<ActivityRecord> records = ledger.Records[from..];
        int[] units = new int[records.Length];
        for (int i = 0; i < records.Length; i++)
        {
            units[i] = records[i].Unit;
        }
        Array.Sort(units);
        int distinct = 0;
        for (int i = 0; i < units.Length; i++)
        {
            if (distinct == 0 || units[i] != units[distinct - 1])
            {
                units[distinct++] = units[i];
            }
        }
        return units.AsSpan(0, distinct);
    }

    /// <summary>
    /// <paramref name="sorted"/> (by rule then subject, ordinally, as <see cref="RosterRules.Sort"/> leaves it) with the new
    /// findings merged in at their places; a new finding's subject is a new activity's identifier, so no key repeats.
    /// </summary>
    private static ImmutableArray<Finding> MergeFindings(ImmutableArray<Finding> sorted, IEnumerable<Finding> added)
    {
        Finding[] extra = [.. added];
        if (extra.Length == 0)
        {
            return sorted;
        }
        Array.Sort(extra, Compare);
        // Each new finding's place is found by binary search and the old findings between are copied as a block: a
        // national assessment has a hundred thousand findings, an append a handful of new ones.
        var merged = new Finding[sorted.Length + extra.Length];
        ReadOnlySpan<Finding> old = sorted.AsSpan();
        int copied = 0, at = 0;
        foreach (Finding finding in extra)
        {
            int place = LowerBound(old, copied, finding);
            old[copied..place].CopyTo(merged.AsSpan(at));
            at += place - copied;
            copied = place;
            merged[at++] = finding;
        }
        old[copied..].CopyTo(merged.AsSpan(at));
        return ImmutableCollectionsMarshal.AsImmutableArray(merged);
    }

    /// <summary>The first index from <paramref name="from"/> whose finding sorts after <paramref name="finding"/>.</summary>
    private static int LowerBound(ReadOnlySpan<Finding> sorted, int from, Finding finding)
    {
        int low = from, high = sorted.Length;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (Compare(sorted[middle], finding) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private static int Compare(Finding a, Finding b)
    {
        int c = string.CompareOrdinal(a.Rule.Value, b.Rule.Value);
        return c != 0 ? c : string.CompareOrdinal(a.Subject, b.Subject);
    }

    /// <summary>
    /// The counters of the units an append counts into: each unit's counters copied once (from its last copy, or the
    /// full assessment's array) and incremented there, indexed from the unit's <c>CounterBase</c>.
    /// </summary>
    private struct RecountedCounters(AssessmentPlan plan, int[] counts, int[]?[] earlier, int[]?[] copies) : AnnualAssessor.ICounters
    {
        private int _lastUnit = -1;
        private int[]? _last;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Increment(int unit, int index)
        {
            if (unit != _lastUnit)
            {
                _last = copies[unit];
                if (_last is null || ReferenceEquals(_last, earlier[unit]))
                {
                    _last = earlier[unit] is { } before ? [.. before] : AnnualAssessor.UnitCounters(plan, counts, unit).ToArray();
                    copies[unit] = _last;
                }
                _lastUnit = unit;
            }
            _last![index - plan.CounterBase[unit]]++;
        }
    }
}
