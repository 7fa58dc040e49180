using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment.Rules;
using PairingDomain.Cadres;
using PairingDomain.Exits;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Time;

namespace PairingDomain.Assessment;

/// <summary>
/// Assesses a roster and its activity ledger for one year under a policy edition (§III.8, case-format.md "Assessment").
/// </summary>
/// <remarks>
/// The ledger is read in one pass into flat counters — no allocation per activity — so a national ledger of tens of
/// millions of activities is assessed in well under a second; <see cref="AssessmentOptions.Parallel"/> splits that pass
/// over all cores with an identical result. Nothing reads the clock: the as-of date is a parameter.
/// <threadsafety>Stateless and thread-safe; assessments of the same inputs may run concurrently.</threadsafety>
/// </remarks>
public static partial class AnnualAssessor
{
    /// <summary>Assesses <paramref name="year"/> as of <paramref name="asOf"/>.</summary>
    /// <param name="edition">The policy edition to apply.</param>
    /// <param name="ledger">The activity ledger; its roster is the roster assessed.</param>
    /// <param name="grades">The cadres' annual grades, for the same roster.</param>
    /// <param name="year">The assessed year.</param>
    /// <param name="asOf">The as-of date within the year; null for the last day (a full-year assessment).</param>
    /// <param name="options">How to run; null for one thread.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentException">The grade book is for another roster, or <paramref name="asOf"/> is outside the year.</exception>
    /// <exception cref="YearOutsideEditionException">
    /// The edition does not apply to <paramref name="year"/> and <see cref="AssessmentOptions.AllowYearOutsideEdition"/> is not set.
    /// </exception>
    public static AnnualAssessment Assess(PolicyEdition edition, ActivityLedger ledger, GradeBook grades, int year,
        LocalDate? asOf = null, AssessmentOptions? options = null) =>
        Assess(edition, ledger, grades, null, year, asOf, options);

    /// <summary>Assesses <paramref name="year"/> as of <paramref name="asOf"/>, with the cadres' own work (case-format-2.md §2).</summary>
    /// <param name="edition">The policy edition to apply.</param>
    /// <param name="ledger">The activity ledger; its roster is the roster assessed.</param>
    /// <param name="grades">The cadres' annual grades, for the same roster.</param>
    /// <param name="cadreWork">
    /// The cadres' attendance, work records and reviews, the local team members and the Work Committee's activities, for
    /// the same roster; null for a <c>pairing-case/1</c> case, which is not judged on the rules that read them
    /// (<c>DUTY-CADRE-*</c>, <c>CADRE-CRITICISE</c>, <c>TEAM-*</c>, <c>DUTY-COMMITTEE-TRAINING</c>) and so assesses as before.
    /// </param>
    /// <param name="year">The assessed year.</param>
    /// <param name="asOf">The as-of date within the year; null for the last day (a full-year assessment).</param>
    /// <param name="options">How to run; null for one thread.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentException">
    /// The grade book or the cadres' work is for another roster, or <paramref name="asOf"/> is outside the year.
    /// </exception>
    /// <exception cref="YearOutsideEditionException">
    /// The edition does not apply to <paramref name="year"/> and <see cref="AssessmentOptions.AllowYearOutsideEdition"/> is not set.
    /// </exception>
    /// <param name="exits">The exit indicator records, judged with the cadres' work (a <c>/2</c> case); null for none.</param>
    /// <param name="outcomes">The units' outcomes, for the same roster (<c>statistics.outcomes</c>, <c>OUTCOME-OUTSIDE-PAIRING</c>); null for none.</param>
    /// <param name="partyPairings">The party pairings (<c>links.partyBuilding</c>), for the same roster; null for none.</param>
    /// <param name="progress">Where progress is reported, on the assessing thread; null for nowhere.</param>
    /// <param name="cancellationToken">Stops the assessment between steps of the scan and blocks of units.</param>
    /// <remarks>Public callers reach it through <see cref="PairingCase.Assess(AssessmentOptions?)"/>, which carries the cadres' work.</remarks>
    internal static AnnualAssessment Assess(PolicyEdition edition, ActivityLedger ledger, GradeBook grades, CadreWorkBook? cadreWork,
        int year, LocalDate? asOf, AssessmentOptions? options, ExitIndicatorBook? exits = null, Outcomes.OutcomeBook? outcomes = null,
        Party.PartyPairingBook? partyPairings = null, IProgress<AssessmentProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Assess(edition, ledger, grades, cadreWork, year, asOf, options, exits, outcomes, partyPairings, progress, cancellationToken,
            out _, out _);

    /// <summary>
    /// The assessment, with the plan and the counters it was made from, which a <see cref="LiveAssessment"/> keeps to
    /// count appended activities into.
    /// </summary>
    internal static AnnualAssessment Assess(PolicyEdition edition, ActivityLedger ledger, GradeBook grades, CadreWorkBook? cadreWork,
        int year, LocalDate? asOf, AssessmentOptions? options, ExitIndicatorBook? exits, Outcomes.OutcomeBook? outcomes,
        Party.PartyPairingBook? partyPairings, IProgress<AssessmentProgress>? progress, CancellationToken cancellationToken,
        out AssessmentPlan assessmentPlan, out int[] counters)
    {
        Preconditions.CheckNotNull(edition, nameof(edition));
        Preconditions.CheckNotNull(ledger, nameof(ledger));
        Preconditions.CheckNotNull(grades, nameof(grades));
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9998);
        if (!edition.AppliesToYear(year) && options is not { AllowYearOutsideEdition: true })
        {
            throw new YearOutsideEditionException(edition, year);
        }
        Preconditions.CheckArgument(ReferenceEquals(grades.Roster, ledger.Roster), nameof(grades),
            "The grade book and the ledger belong to different rosters.");
        Preconditions.CheckArgument(grades.Scale.Equals(edition.GradeScale), nameof(grades),
            $"The grades are on the {grades.Scale} scale, the edition {edition.Id} uses {edition.GradeScale}.");
        Preconditions.CheckArgument(cadreWork is null || ReferenceEquals(cadreWork.Roster, ledger.Roster), nameof(cadreWork),
            "The cadres' work and the ledger belong to different rosters.");
        Preconditions.CheckArgument(exits is null || ReferenceEquals(exits.Roster, ledger.Roster), nameof(exits),
            "The exit indicators and the ledger belong to different rosters.");
        LocalDate date = asOf ?? new LocalDate(year, 12, 31);
        Preconditions.CheckArgument(date.Year == year, nameof(asOf), $"The as-of date {IsoDate.Format(date)} is not in {year}.");
        options ??= AssessmentOptions.Default;

        Roster roster = ledger.Roster;
        var plan = new AssessmentPlan(edition, roster, grades, year, date);

        cancellationToken.ThrowIfCancellationRequested();
        int unitCount = roster.Units.Length;
        (int[] counts, List<int> outside) = options.Parallel && Environment.ProcessorCount > 1
            ? ScanParallel(plan, ledger, progress, unitCount, cancellationToken)
            : ScanInSteps(plan, ledger, options.ScanStep, progress, unitCount, cancellationToken);
        assessmentPlan = plan;
        counters = counts;


        var explainer = new Explainer(plan, ledger, counts, cadreWork);
        bool fullYear = date == new LocalDate(year, 12, 31);
        Dictionary<int, List<ExcellenceBlock>> blocks = BundleRules.Blocks(plan, fullYear, out List<Finding> atRisk);
        bool[] hasCadre = MechFourInOneRule.StationedCadres(plan);


        var units = new UnitAssessment[roster.Units.Length];
        var table = new DutyTable(plan, explainer);
        var eligible = new ExcellenceResult([]);
        void AssessUnit(int u)
        {
            ExcellenceResult excellence = blocks.TryGetValue(u, out List<ExcellenceBlock>? list)
                ? new ExcellenceResult([.. list.Distinct().OrderBy(b => b.Rule.Value, StringComparer.Ordinal).ThenBy(b => b.Subject, StringComparer.Ordinal)])
                : eligible;
            // §III.8 binds the unit and its main leader by the same bundles: one result serves both.
            table.SetCount(u, FillDuties(plan, UnitCounters(plan, counts, u), u, table.Row(u)));
            units[u] = new UnitAssessment(roster.Units[u].Id, table, u, MechFourInOneRule.Evaluate(roster.Units[u], hasCadre[u]),
                excellence, excellence)
            {
                MainLeaders = MainLeadersOf(roster.Units[u], new LocalDate(year, 1, 1), date),
            };
        }
        if (options.Parallel)
        {
            Parallel.For(0, units.Length, new ParallelOptions { CancellationToken = cancellationToken }, AssessUnit);
        }
        else
        {
            for (int u = 0; u < units.Length; u++)
            {
                AssessUnit(u);
                if ((u & 4095) == 4095)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    progress?.Report(new AssessmentProgress(ledger.Count, ledger.Count, u + 1, unitCount));
                }
            }
        }
        cancellationToken.ThrowIfCancellationRequested();

        // Only the rules the edition applies are reported: the roster's year-independent findings are filtered here,
        // each evaluator filters its own.
        var findings = new List<Finding>(roster.Findings.Where(f => edition.Applies(f.Rule)));
        findings.AddRange(PairFullCoverageRule.Findings(plan));
        findings.AddRange(ActivityOutsidePairingRule.Findings(plan, ledger, outside));

        ImmutableArray<OutcomeTotal> outcomeTotals = OutcomeRules.Evaluate(plan, outcomes, findings);
        findings.AddRange(atRisk);
        ImmutableArray<CadreActions> cadres = CadreActionRules.Evaluate(plan, cadreWork);
        AttachScores(plan, ledger, units, cadres);

        if (cadreWork is not null)
        {
            findings.AddRange(TeamRules.Findings(plan, cadreWork, cadres));
        }
        ExitResults exitResults = cadreWork is null ? ExitResults.None
            : ExitRules.Evaluate(plan, exits ?? ExitIndicatorBook.Empty(roster), findings);

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new AssessmentProgress(ledger.Count, ledger.Count, unitCount, unitCount));
        return new AnnualAssessment(edition, year, date, ImmutableCollectionsMarshal.AsImmutableArray(units), cadres,
            RosterRules.Sort(findings), explainer)
        {
            CommitteeDuties = cadreWork is null ? [] : CommitteeDutyRules.Evaluate(plan, cadreWork),
            HasCadreWork = cadreWork is not null,
            Exits = exitResults,
            OutcomeTotals = outcomeTotals,
            StatisticsSource = a => Statistics.StatisticsCalculator.Compute(plan, ledger, a),
        }.AttachPartyPairings(partyPairings);
    }

    /// <summary>Every leader of <paramref name="unit"/> who held the main-leader post some day from <paramref name="from"/> to <paramref name="to"/>, in the order given.</summary>
    private static ImmutableArray<LeaderId> MainLeadersOf(Units.AssistanceUnit unit, LocalDate from, LocalDate to)
    {
        static bool Held(Units.Leader leader, LocalDate from, LocalDate to) =>
            leader.Post == Units.LeaderPost.MainLeader && leader.Tenure.Start <= to && (leader.Tenure.End is not { } end || end >= from);
        int count = 0;
        foreach (Units.Leader leader in unit.Leaders)
        {
            count += Held(leader, from, to) ? 1 : 0;
        }
        if (count == 0)
        {
            return [];
        }
        // One array of the exact length, no builder: this runs once per unit of a national roster.
        var leaders = new LeaderId[count];
        int i = 0;
        foreach (Units.Leader leader in unit.Leaders)
        {
            if (Held(leader, from, to))
            {
                leaders[i++] = leader.Id;
            }
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(leaders);
    }

    /// <summary>The single pass over the ledger: every qualifying activity increments its (unit, target, duty, quarter) counter.</summary>
    internal static (int[] Counts, List<int> Outside) Scan(AssessmentPlan plan, ReadOnlySpan<ActivityRecord> records, int offset,
        int[] counts, List<int> outside)
    {
        var whole = new WholeCounters(counts);
        Scan(plan, records, offset, ref whole, outside);
        return (counts, outside);
    }

    /// <summary>
    /// The pass itself, into any <see cref="ICounters"/>: the whole counter array of a full assessment, or a live
    /// assessment's copies of the counters of the units it counts again. A struct type argument, so the pass is compiled
    /// once per kind of counters with the increment inlined.
    /// </summary>
    internal static void Scan<TCounters>(AssessmentPlan plan, ReadOnlySpan<ActivityRecord> records, int offset,
        ref TCounters counters, List<int> outside)
        where TCounters : struct, ICounters
    {
        int[][] kindDuties = plan.KindDuties;
        for (int i = 0; i < records.Length; i++)
        {
            ref readonly ActivityRecord r = ref records[i];
            if (!plan.InYear(r.Date))
            {
                continue;
            }
            // The pairing look-up is made once per activity, not once per duty its kind can feed.
            Location location = plan.Locate(in r);
            if (location.IsOutside)
            {
                outside.Add(offset + i);
                continue;
            }
            int quarter = r.Date.QuarterIndex;
            foreach (int duty in kindDuties[r.Kind])
            {
                if (plan.Judge(in r, duty, location, out int target) == VerdictCode.Counted)
                {
                    counters.Increment(r.Unit, plan.CounterIndex(r.Unit, target, duty, quarter));
                }
            }
        }
    }

    /// <summary>Where <see cref="Scan{TCounters}"/> counts: unit <c>u</c>'s counter at a whole-array index.</summary>
    internal interface ICounters
    {
        /// <summary>Adds one to the counter at <paramref name="index"/> (a <see cref="AssessmentPlan.CounterIndex"/>) of <paramref name="unit"/>.</summary>
        public void Increment(int unit, int index);
    }

    /// <summary>The whole counter array of a full assessment.</summary>
    private readonly struct WholeCounters(int[] counts) : ICounters
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Increment(int unit, int index) => counts[index]++;
    }

    /// <summary>
    /// <see cref="Scan"/> over the whole ledger in steps (<see cref="AssessmentOptions.ScanStep"/>) into one set of
    /// counters, checking for cancellation and reporting progress between steps: the same counts and the same order of
    /// outside activities as one scan of the whole ledger.
    /// </summary>
    private static (int[] Counts, List<int> Outside) ScanInSteps(AssessmentPlan plan, ActivityLedger ledger, int step,
        IProgress<AssessmentProgress>? progress, int unitCount, CancellationToken cancellationToken)
    {
        var counts = new int[plan.CounterBase[^1]];
        var outside = new List<int>();
        for (int from = 0, to; from < ledger.Count; from = to)
        {
            to = from + Math.Min(step, ledger.Count - from);
            Scan(plan, ledger.Records[from..to], from, counts, outside);
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report(new AssessmentProgress(to, ledger.Count, 0, unitCount));
        }
        return (counts, outside);
    }

    private static (int[] Counts, List<int> Outside) ScanParallel(AssessmentPlan plan, ActivityLedger ledger,
        IProgress<AssessmentProgress>? progress, int unitCount, CancellationToken cancellationToken)
    {
        int chunks = Environment.ProcessorCount;
        int size = (ledger.Count + chunks - 1) / chunks;
        var parts = new (int[] Counts, List<int> Outside)[chunks];
        long scanned = 0;
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, c =>
        {
            int from = Math.Min(ledger.Count, c * size);
            int to = Math.Min(ledger.Count, from + size);
            parts[c] = Scan(plan, ledger.Records[from..to], from, new int[plan.CounterBase[^1]], []);
            progress?.Report(new AssessmentProgress(Interlocked.Add(ref scanned, to - from), ledger.Count, 0, unitCount));
        });
        int[] counts = parts[0].Counts;
        List<int> outside = parts[0].Outside;
        for (int c = 1; c < chunks; c++)
        {
            for (int k = 0; k < counts.Length; k++)
            {
                counts[k] += parts[c].Counts[k];
            }
            outside.AddRange(parts[c].Outside);
        }
        return (counts, outside);
    }

    /// <summary>Unit <paramref name="unit"/>'s counters within the whole array, <c>[CounterBase[u], CounterBase[u + 1])</c>.</summary>
    internal static ReadOnlySpan<int> UnitCounters(AssessmentPlan plan, int[] counts, int unit) =>
        counts.AsSpan(plan.CounterBase[unit], plan.CounterBase[unit + 1] - plan.CounterBase[unit]);

    /// <summary>
    /// The duty results of one unit from its own counters (<see cref="UnitCounters"/>), indexed from the unit's
    /// <c>CounterBase</c>: a live assessment gives a re-counted unit's counters apart from the whole array.
    /// </summary>
    internal static ImmutableArray<DutyResult> DutyResults(AssessmentPlan plan, ReadOnlySpan<int> counts, int unit, Explainer explainer)
    {
        var cells = new DutyTable.Cell[plan.Duties.Length];
        int count = FillDuties(plan, counts, unit, cells);
        return DutyTable.Results(plan, cells.AsSpan(0, count), unit, explainer);
    }

    /// <summary>
    /// Writes the duties unit <paramref name="unit"/> owes into <paramref name="cells"/> (one per duty of the edition at
    /// most), in catalogue order, from its own counters (<see cref="UnitCounters"/>); returns how many it owes. No
    /// allocation unless the unit assists more than 64 counties.
    /// </summary>
    internal static int FillDuties(AssessmentPlan plan, ReadOnlySpan<int> counts, int unit, Span<DutyTable.Cell> cells)
    {
        if (!plan.IsPaired(unit))
        {
            return 0;
        }
        bool leads = plan.Leads(unit);
        int slots = plan.UnitSlots[unit].Length + 1;
        Span<QuarterMask> assistedMask = slots <= 64 ? stackalloc QuarterMask[slots] : new QuarterMask[slots];
        Span<QuarterMask> ledMask = slots <= 64 ? stackalloc QuarterMask[slots] : new QuarterMask[slots];
        QuarterMask unitMask = plan.MasksOf(unit, assistedMask, ledMask);
        int count = 0;
        for (int d = 0; d < plan.Duties.Length; d++)
        {
            ScopeCode scope = plan.DutyScope[d];
            if (scope == ScopeCode.Led && !leads)
            {
                continue;
            }
            cells[count++] = Evaluate(plan, counts, unit, d, scope, unitMask, scope == ScopeCode.Led ? ledMask : assistedMask);
        }
        return count;
    }

    /// <summary>
    /// One duty of one unit: the minimum over each target (the unit, or each county slot whose duty is owed), the
    /// counts recorded, and each ended period below its minimum.
    /// </summary>
    private static DutyTable.Cell Evaluate(AssessmentPlan plan, ReadOnlySpan<int> counts, int unit, int duty, ScopeCode scope,
        QuarterMask unitMask, ReadOnlySpan<QuarterMask> slotMasks)
    {
        DutyRule rule = plan.Duties[duty];
        bool quarterly = rule.Period == DutyPeriodKind.Quarter;
        int required = 0, recorded = 0;
        QuarterMask shortMask = QuarterMask.None;
        bool pending = false;
        bool yearEnded = plan.AsOfPacked >= plan.YearEnd;
        int targets = scope == ScopeCode.Unit ? 1 : slotMasks.Length;
        for (int t = scope == ScopeCode.Unit ? 0 : 1; t < targets; t++)
        {
            QuarterMask mask = scope == ScopeCode.Unit ? unitMask : slotMasks[t];
            if (!mask.IsOwed)
            {
                continue;
            }
            int at = plan.CounterIndex(unit, t, duty, 0) - plan.CounterBase[unit];
            int total = counts[at] + counts[at + 1] + counts[at + 2] + counts[at + 3];
            recorded += total;
            int quarters = mask.QuarterCount;
            if (quarterly)
            {
                required += rule.Minimum * quarters;
                for (int q = 0; q < 4; q++)
                {
                    if (!mask.HasQuarter(q))
                    {
                        continue;
                    }
                    if (plan.QuarterEnd[q] > plan.AsOfPacked)
                    {
                        pending = true;
                    }
                    else if (counts[at + q] < rule.Minimum)
                    {
                        shortMask = shortMask.WithQuarter(q);
                    }
                }
            }
            else
            {
                int requiredHere = AssessmentPlan.ProratedMinimum(rule.Minimum, quarters);
                required += requiredHere;
                if (!yearEnded)
                {
                    pending = true;
                }
                else if (plan.PerCountyMinimumEach && total < requiredHere)
                {
                    shortMask = shortMask.WithYear();
                }
            }
        }
        if (!quarterly && yearEnded && !plan.PerCountyMinimumEach && recorded < required)
        {
            shortMask = shortMask.WithYear();
        }
        byte status = !shortMask.IsEmpty ? DutyTable.Cell.ShortStatus : pending ? DutyTable.Cell.PendingStatus : DutyTable.Cell.MetStatus;
        return new DutyTable.Cell(duty, required, recorded, status, shortMask);
    }
}
