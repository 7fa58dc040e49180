using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Time;
using PairingDomain.Units;

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
public static class AnnualAssessor
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
    public static AnnualAssessment Assess(PolicyEdition edition, ActivityLedger ledger, GradeBook grades, int year,
        LocalDate? asOf = null, AssessmentOptions? options = null)
    {
        Preconditions.CheckNotNull(edition, nameof(edition));
        Preconditions.CheckNotNull(ledger, nameof(ledger));
        Preconditions.CheckNotNull(grades, nameof(grades));
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9998);
        Preconditions.CheckArgument(ReferenceEquals(grades.Roster, ledger.Roster), nameof(grades),
            "The grade book and the ledger belong to different rosters.");
        Preconditions.CheckArgument(grades.Scale.Equals(edition.GradeScale), nameof(grades),
            $"The grades are on the {grades.Scale} scale, the edition {edition.Id} uses {edition.GradeScale}.");
        LocalDate date = asOf ?? new LocalDate(year, 12, 31);
        Preconditions.CheckArgument(date.Year == year, nameof(asOf), $"The as-of date {date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} is not in {year}.");
        options ??= AssessmentOptions.Default;

        Roster roster = ledger.Roster;
        var plan = new AssessmentPlan(edition, roster, year, date);
        (int[] counts, List<int> outside) = options.Parallel && Environment.ProcessorCount > 1
            ? ScanParallel(plan, ledger)
            : Scan(plan, ledger.Records, 0, new int[plan.CounterBase[^1]], []);

        var explainer = new Explainer(plan, ledger);
        bool fullYear = date == new LocalDate(year, 12, 31);
        Dictionary<int, List<ExcellenceBlock>> blocks = Bundles(plan, grades, fullYear, out List<Finding> atRisk);
        bool[] hasCadre = StationedCadres(plan);

        var units = new UnitAssessment[roster.Units.Length];
        var eligible = new ExcellenceResult([]);
        void AssessUnit(int u)
        {
            ExcellenceResult excellence = blocks.TryGetValue(u, out List<ExcellenceBlock>? list)
                ? new ExcellenceResult([.. list.Distinct().OrderBy(b => b.Rule.Value, StringComparer.Ordinal).ThenBy(b => b.Subject, StringComparer.Ordinal)])
                : eligible;
            // §III.8 binds the unit and its main leader by the same bundles: one result serves both.
            units[u] = new UnitAssessment(roster.Units[u].Id, DutyResults(plan, counts, u, explainer),
                Mechanism(roster.Units[u], hasCadre[u]), excellence, excellence);
        }
        if (options.Parallel)
        {
            Parallel.For(0, units.Length, AssessUnit);
        }
        else
        {
            for (int u = 0; u < units.Length; u++)
            {
                AssessUnit(u);
            }
        }

        // Only the rules the edition applies are reported: the roster's year-independent findings and the at-risk
        // findings are filtered like coverage and activity findings.
        var findings = new List<Finding>(roster.Findings.Where(f => edition.Applies(f.Rule)));
        if (edition.Applies(RuleIds.PairFullCoverage))
        {
            findings.AddRange(roster.CoverageFindings(year));
        }
        if (edition.Applies(RuleIds.ActivityOutsidePairing))
        {
            findings.AddRange(outside.Select(i => OutsideFinding(plan, ledger, i)));
        }
        findings.AddRange(atRisk.Where(f => edition.Applies(f.Rule)));

        return new AnnualAssessment(edition, year, date, ImmutableCollectionsMarshal.AsImmutableArray(units), CadreActionsOf(plan, grades),
            RosterRules.Sort(findings), explainer);
    }

    /// <summary>The single pass over the ledger: every qualifying activity increments its (unit, target, duty, quarter) counter.</summary>
    private static (int[] Counts, List<int> Outside) Scan(AssessmentPlan plan, ReadOnlySpan<ActivityRecord> records, int offset,
        int[] counts, List<int> outside)
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
            int location = plan.Locate(in r);
            if (location == 0)
            {
                outside.Add(offset + i);
                continue;
            }
            int quarter = PackedDate.QuarterIndex(r.Date);
            foreach (int duty in kindDuties[r.Kind])
            {
                if (plan.Judge(in r, duty, location, out int target) == Verdicts.Counted)
                {
                    counts[plan.CounterIndex(r.Unit, target, duty, quarter)]++;
                }
            }
        }
        return (counts, outside);
    }

    private static (int[] Counts, List<int> Outside) ScanParallel(AssessmentPlan plan, ActivityLedger ledger)
    {
        int chunks = Environment.ProcessorCount;
        int size = (ledger.Count + chunks - 1) / chunks;
        var parts = new (int[] Counts, List<int> Outside)[chunks];
        Parallel.For(0, chunks, c =>
        {
            int from = Math.Min(ledger.Count, c * size);
            int to = Math.Min(ledger.Count, from + size);
            parts[c] = Scan(plan, ledger.Records[from..to], from, new int[plan.CounterBase[^1]], []);
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

    private static ImmutableArray<DutyResult> DutyResults(AssessmentPlan plan, int[] counts, int unit, Explainer explainer)
    {
        if (!plan.IsPaired(unit))
        {
            return [];
        }
        int from = plan.UnitSpanFrom[unit], to = plan.UnitSpanFrom[unit + 1];
        bool leads = false;
        for (int s = from; s < to; s++)
        {
            leads |= plan.SpanLead[s];
        }
        // The quarters in force, once per unit: for the unit, and for each county slot as assisted and as led (0 when never led).
        int slots = plan.UnitSlots[unit].Length;
        int unitMask = plan.Prorate ? plan.CoveredQuarters(unit, 0, false) : 0b1111;
        var assistedMask = new int[slots + 1];
        var ledMask = new int[slots + 1];
        for (int slot = 1; slot <= slots; slot++)
        {
            assistedMask[slot] = plan.Prorate ? plan.CoveredQuarters(unit, slot, false) : 0b1111;
            bool ledSlot = false;
            for (int s = from; s < to; s++)
            {
                ledSlot |= plan.SpanSlot[s] == slot && plan.SpanLead[s];
            }
            ledMask[slot] = !ledSlot ? -1 : plan.Prorate ? plan.CoveredQuarters(unit, slot, true) : 0b1111;
        }
        var results = ImmutableArray.CreateBuilder<DutyResult>(plan.Duties.Length);
        for (int d = 0; d < plan.Duties.Length; d++)
        {
            byte scope = plan.DutyScope[d];
            if (scope == AssessmentPlan.ScopeLed && !leads)
            {
                continue;
            }
            results.Add(Evaluate(plan, counts, unit, d, scope, unitMask, scope == AssessmentPlan.ScopeLed ? ledMask : assistedMask, explainer));
        }
        return results.DrainToImmutable();
    }

    /// <summary>
    /// One duty of one unit: the minimum over each target (the unit, or each county slot whose mask is not −1), the
    /// counts recorded, and each ended period below its minimum (bits 0–3 the quarters, bit 4 the year).
    /// </summary>
    private static DutyResult Evaluate(AssessmentPlan plan, int[] counts, int unit, int duty, byte scope, int unitMask,
        int[] slotMasks, Explainer explainer)
    {
        DutyRule rule = plan.Duties[duty];
        bool quarterly = rule.Period == DutyPeriodKind.Quarter;
        int required = 0, recorded = 0, shortMask = 0;
        bool pending = false;
        bool yearEnded = plan.AsOfPacked >= plan.YearEnd;
        int targets = scope == AssessmentPlan.ScopeUnit ? 1 : slotMasks.Length;
        for (int t = scope == AssessmentPlan.ScopeUnit ? 0 : 1; t < targets; t++)
        {
            int mask = scope == AssessmentPlan.ScopeUnit ? unitMask : slotMasks[t];
            if (mask < 0)
            {
                continue;
            }
            int at = plan.CounterIndex(unit, t, duty, 0);
            int total = counts[at] + counts[at + 1] + counts[at + 2] + counts[at + 3];
            recorded += total;
            int quarters = BitOperations.PopCount((uint)mask);
            if (quarterly)
            {
                required += rule.Minimum * quarters;
                for (int q = 0; q < 4; q++)
                {
                    if ((mask & (1 << q)) == 0)
                    {
                        continue;
                    }
                    if (plan.QuarterEnd[q] > plan.AsOfPacked)
                    {
                        pending = true;
                    }
                    else if (counts[at + q] < rule.Minimum)
                    {
                        shortMask |= 1 << q;
                    }
                }
            }
            else
            {
                int requiredHere = ((rule.Minimum * quarters) + 3) / 4;
                required += requiredHere;
                if (!yearEnded)
                {
                    pending = true;
                }
                else if (plan.PerCountyMinimumEach && total < requiredHere)
                {
                    shortMask |= YearBit;
                }
            }
        }
        if (!quarterly && yearEnded && !plan.PerCountyMinimumEach && recorded < required)
        {
            shortMask |= YearBit;
        }
        DutyStatus status = shortMask != 0 ? DutyStatus.Short : pending ? DutyStatus.Pending : DutyStatus.Met;
        return new DutyResult(rule, required, recorded, status, plan.ShortPeriods(shortMask), explainer, unit, duty);
    }

    private const int YearBit = 1 << 4;

    /// <summary>The 16 possible mechanism results, by the bits of the missing parts in rule order; shared, being immutable.</summary>
    private static readonly MechanismResult[] s_mechanisms = [.. Enumerable.Range(0, 16).Select(missing =>
        new MechanismResult([.. MechanismPart.List.OrderBy(p => p.Value).Where(p => (missing & (1 << (p.Value - 1))) != 0)]))];

    private static MechanismResult Mechanism(AssistanceUnit unit, bool hasCadre)
    {
        int missing = (unit.Mechanism.LeadershipTeam ? 0 : 1) | (unit.Mechanism.HasUndertakingOffice ? 0 : 2)
            | (unit.Mechanism.AllStaff ? 0 : 4) | (hasCadre ? 0 : 8);
        return s_mechanisms[missing];
    }

    /// <summary>For each unit, whether some cadre of it was posted at any time from 1 January to the as-of date.</summary>
    private static bool[] StationedCadres(AssessmentPlan plan)
    {
        var window = new DateInterval(new LocalDate(plan.Year, 1, 1), plan.AsOf);
        bool[] has = new bool[plan.Roster.Units.Length];
        ImmutableArray<StationedCadre> cadres = plan.Roster.Cadres;
        for (int c = 0; c < cadres.Length; c++)
        {
            if (cadres[c].Posting.Overlaps(window))
            {
                has[plan.Roster.CadreUnit[c]] = true;
            }
        }
        return has;
    }

    /// <summary>The three bundles (三捆绑) of §III.8, with at-risk findings instead of blocks before the year's last day.</summary>
    private static Dictionary<int, List<ExcellenceBlock>> Bundles(AssessmentPlan plan, GradeBook grades, bool fullYear,
        out List<Finding> atRisk)
    {
        Roster roster = plan.Roster;
        PolicyEdition edition = plan.Edition;
        int year = plan.Year;
        var window = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var blocks = new Dictionary<int, List<ExcellenceBlock>>();
        atRisk = [];
        void Block(int unit, RuleId rule, string subject)
        {
            if (!blocks.TryGetValue(unit, out List<ExcellenceBlock>? list))
            {
                blocks[unit] = list = [];
            }
            list.Add(new ExcellenceBlock(rule, subject));
        }

        bool bundleCadre = edition.Applies(RuleIds.BundleCadre), bundleVillage = edition.Applies(RuleIds.BundleVillage);
        CadreGrade?[] grade = plan.GradesOf(grades);
        bool[] missedExit = roster.Villages.Select(v => v.MissedExit(year)).ToArray();
        ImmutableArray<StationedCadre> cadres = roster.Cadres;
        for (int c = 0; c < cadres.Length; c++)
        {
            int unit = roster.CadreUnit[c];
            if (bundleCadre && grade[c] == CadreGrade.Incompetent)
            {
                Block(unit, RuleIds.BundleCadre, cadres[c].Id.Value);
            }
            int village = roster.CadreVillage[c];
            if (bundleVillage && missedExit[village] && cadres[c].Posting.Overlaps(window))
            {
                Village v = roster.Villages[village];
                if (fullYear)
                {
                    Block(unit, RuleIds.BundleVillage, v.Code.Value);
                }
                else
                {
                    atRisk.Add(new Finding(RuleIds.BundleVillageAtRisk, v.Code.Value,
                        $"Village {v.Code} {v.Name} is due to exit in {year} and has not: unit {cadres[c].Unit} would be barred from excellence.",
                        $"村 {v.Code} {v.Name} 应于{year}年退出而尚未退出：单位 {cadres[c].Unit} 将不能评先评优。"));
                }
            }
        }
        if (edition.Applies(RuleIds.BundleCounty))
        {
            bool participants = edition.Adopts(InterpretationIds.BundleCountyBindsParticipants);
            for (int p = 0; p < roster.Pairings.Length; p++)
            {
                CountyPairing pairing = roster.Pairings[p];
                County county = roster.Counties[roster.PairingCounty[p]];
                if (!county.MissedDelisting(year) || !pairing.Validity.Overlaps(window))
                {
                    continue;
                }
                if (!fullYear)
                {
                    atRisk.Add(new Finding(RuleIds.BundleCountyAtRisk, county.Code.Value,
                        $"County {county.Code} {county.Name} is due to be delisted in {year} and has not been: its assisting units would be barred from excellence.",
                        $"县 {county.Code} {county.Name} 应于{year}年摘帽而尚未摘帽：其帮扶单位将不能评先评优。"));
                    continue;
                }
                IEnumerable<UnitId> bound = participants ? pairing.Units : [pairing.Lead];
                foreach (UnitId unit in bound)
                {
                    Block(roster.IndexOf(unit), RuleIds.BundleCounty, county.Code.Value);
                }
            }
        }
        return blocks;
    }

    private static ImmutableArray<CadreActions> CadreActionsOf(AssessmentPlan plan, GradeBook grades)
    {
        bool recall = plan.Edition.Applies(RuleIds.CadreRecall) && plan.Edition.Adopts(InterpretationIds.RecallOnIncompetent);
        bool commend = plan.Edition.Applies(RuleIds.CadreCommend);
        ImmutableArray<RuleId> recallOnly = [RuleIds.CadreRecall], commendOnly = [RuleIds.CadreCommend];
        CadreGrade?[] grade = plan.GradesOf(grades);
        ImmutableArray<StationedCadre> cadres = plan.Roster.Cadres;
        var actions = new CadreActions[cadres.Length];
        for (int c = 0; c < cadres.Length; c++)
        {
            ImmutableArray<RuleId> list = grade[c] == CadreGrade.Incompetent && recall ? recallOnly
                : grade[c] == CadreGrade.Excellent && commend ? commendOnly
                : [];
            actions[c] = new CadreActions(cadres[c].Id, list);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(actions);
    }

    private static Finding OutsideFinding(AssessmentPlan plan, ActivityLedger ledger, int index)
    {
        ref readonly ActivityRecord r = ref ledger.RecordAt(index);
        UnitId unit = plan.Roster.Units[r.Unit].Id;
        LocalDate date = PackedDate.Unpack(r.Date);
        string where = r.County >= 0 ? $"county {plan.Roster.Counties[r.County].Code}" : "no county, on a day with no pairing";
        return new Finding(RuleIds.ActivityOutsidePairing, ledger.IdAt(index).Value,
            $"Activity {ledger.IdAt(index)} of unit {unit} on {date:uuuu-MM-dd} is in {where}, which the unit does not assist on that date; it is not counted.",
            r.County >= 0
                ? $"单位 {unit} 的活动 {ledger.IdAt(index)}（{date:uuuu-MM-dd}）在县 {plan.Roster.Counties[r.County].Code}，当日本单位未帮扶该县，不予计入。"
                : $"单位 {unit} 的活动 {ledger.IdAt(index)}（{date:uuuu-MM-dd}）未注明县，当日本单位无任何帮扶县，不予计入。");
    }
}
