using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Numerics;
using System.Threading.Tasks;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Roster;
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
        Preconditions.CheckArgument(date.Year == year, nameof(asOf), $"The as-of date {date} is not in {year}.");
        options ??= AssessmentOptions.Default;

        Roster.Roster roster = ledger.Roster;
        var plan = new AssessmentPlan(edition, roster, year, date);
        (int[] counts, List<int> outside) = options.Parallel && Environment.ProcessorCount > 1
            ? ScanParallel(plan, ledger)
            : Scan(plan, ledger.Records, 0, new int[plan.CounterBase[^1]], []);

        var explainer = new Explainer(plan, ledger);
        bool fullYear = date == new LocalDate(year, 12, 31);
        Dictionary<int, List<ExcellenceBlock>> blocks = Bundles(plan, grades, fullYear, out List<Finding> atRisk);
        bool[] hasCadre = StationedCadres(plan);

        var units = ImmutableArray.CreateBuilder<UnitAssessment>(roster.Units.Length);
        for (int u = 0; u < roster.Units.Length; u++)
        {
            ImmutableArray<ExcellenceBlock> blockedBy = blocks.TryGetValue(u, out List<ExcellenceBlock>? list)
                ? [.. list.Distinct().OrderBy(b => b.Rule.Value, StringComparer.Ordinal).ThenBy(b => b.Subject, StringComparer.Ordinal)]
                : [];
            var excellence = new ExcellenceResult(blockedBy);
            units.Add(new UnitAssessment(roster.Units[u].Id, DutyResults(plan, counts, u, explainer),
                Mechanism(roster.Units[u], hasCadre[u]), excellence, new ExcellenceResult(blockedBy)));
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

        return new AnnualAssessment(edition, year, date, units.MoveToImmutable(), CadreActionsOf(plan, grades),
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
            if (plan.IsOutsidePairing(in r))
            {
                outside.Add(offset + i);
                continue;
            }
            int quarter = PackedDate.QuarterIndex(r.Date);
            foreach (int duty in kindDuties[r.Kind])
            {
                if (plan.Judge(in r, duty, out int target) == Verdicts.Counted)
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
        bool prorate = plan.Edition.Adopts(InterpretationIds.ProrateByQuarter);
        bool eachCounty = plan.Edition.Adopts(InterpretationIds.PerCountyMinimumEach);
        int from = plan.UnitSpanFrom[unit], to = plan.UnitSpanFrom[unit + 1];
        bool leads = Enumerable.Range(from, to - from).Any(s => plan.SpanLead[s]);
        int unitMask = prorate ? plan.CoveredQuarters(unit, _ => true) : 0b1111;
        var results = ImmutableArray.CreateBuilder<DutyResult>();
        for (int d = 0; d < plan.Duties.Length; d++)
        {
            DutyRule rule = plan.Duties[d];
            byte scope = plan.DutyScope[d];
            if (scope == AssessmentPlan.ScopeLed && !leads)
            {
                continue;
            }
            // The targets the minimum is counted for, each with the quarters in force.
            var targets = new List<(int Target, int Mask)>();
            if (scope == AssessmentPlan.ScopeUnit)
            {
                targets.Add((0, unitMask));
            }
            else
            {
                for (int slot = 1; slot <= plan.UnitSlots[unit].Length; slot++)
                {
                    int s1 = slot;
                    bool Include(int s) => plan.SpanSlot[s] == s1 && (scope != AssessmentPlan.ScopeLed || plan.SpanLead[s]);
                    if (!Enumerable.Range(from, to - from).Any(Include))
                    {
                        continue;
                    }
                    targets.Add((slot, prorate ? plan.CoveredQuarters(unit, Include) : 0b1111));
                }
            }
            results.Add(Evaluate(plan, counts, unit, d, rule, targets, eachCounty, explainer));
        }
        return results.ToImmutable();
    }

    private static DutyResult Evaluate(AssessmentPlan plan, int[] counts, int unit, int duty, DutyRule rule,
        List<(int Target, int Mask)> targets, bool eachCounty, Explainer explainer)
    {
        int year = plan.Year;
        int required = 0, recorded = 0;
        bool pending = false;
        var shortPeriods = new SortedSet<DutyPeriod>();
        bool yearEnded = plan.AsOf >= new LocalDate(year, 12, 31);
        foreach ((int target, int mask) in targets)
        {
            int total = 0;
            for (int q = 0; q < 4; q++)
            {
                total += counts[plan.CounterIndex(unit, target, duty, q)];
            }
            recorded += total;
            if (rule.Period == DutyPeriodKind.Quarter)
            {
                required += rule.Minimum * BitOperations.PopCount((uint)mask);
                for (int q = 0; q < 4; q++)
                {
                    if ((mask & (1 << q)) == 0)
                    {
                        continue;
                    }
                    DutyPeriod period = DutyPeriod.ForQuarter(year, q + 1);
                    if (period.End > plan.AsOf)
                    {
                        pending = true;
                    }
                    else if (counts[plan.CounterIndex(unit, target, duty, q)] < rule.Minimum)
                    {
                        shortPeriods.Add(period);
                    }
                }
            }
            else
            {
                int quarters = BitOperations.PopCount((uint)mask);
                int requiredHere = ((rule.Minimum * quarters) + 3) / 4;
                required += requiredHere;
                if (!yearEnded)
                {
                    pending = true;
                }
                else if (eachCounty && total < requiredHere)
                {
                    shortPeriods.Add(DutyPeriod.ForYear(year));
                }
            }
        }
        if (rule.Period == DutyPeriodKind.Year && yearEnded && !eachCounty && recorded < required)
        {
            shortPeriods.Add(DutyPeriod.ForYear(year));
        }
        DutyStatus status = shortPeriods.Count > 0 ? DutyStatus.Short : pending ? DutyStatus.Pending : DutyStatus.Met;
        return new DutyResult(rule, required, recorded, status, [.. shortPeriods],
            () => explainer.Evidence(unit, duty));
    }

    private static MechanismResult Mechanism(AssistanceUnit unit, bool hasCadre)
    {
        var missing = ImmutableArray.CreateBuilder<MechanismPart>();
        if (!unit.Mechanism.LeadershipTeam)
        {
            missing.Add(MechanismPart.LeadershipTeam);
        }
        if (!unit.Mechanism.HasUndertakingOffice)
        {
            missing.Add(MechanismPart.UndertakingOffice);
        }
        if (!unit.Mechanism.AllStaff)
        {
            missing.Add(MechanismPart.AllStaff);
        }
        if (!hasCadre)
        {
            missing.Add(MechanismPart.StationedCadres);
        }
        return new MechanismResult(missing.ToImmutable());
    }

    /// <summary>For each unit, whether some cadre of it was posted at any time from 1 January to the as-of date.</summary>
    private static bool[] StationedCadres(AssessmentPlan plan)
    {
        var window = new DateInterval(new LocalDate(plan.Year, 1, 1), plan.AsOf);
        bool[] has = new bool[plan.Roster.Units.Length];
        foreach (StationedCadre cadre in plan.Roster.Cadres)
        {
            if (cadre.Posting.Overlaps(window))
            {
                has[plan.Roster.IndexOf(cadre.Unit)] = true;
            }
        }
        return has;
    }

    /// <summary>The three bundles (三捆绑) of §III.8, with at-risk findings instead of blocks before the year's last day.</summary>
    private static Dictionary<int, List<ExcellenceBlock>> Bundles(AssessmentPlan plan, GradeBook grades, bool fullYear,
        out List<Finding> atRisk)
    {
        Roster.Roster roster = plan.Roster;
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

        foreach (StationedCadre cadre in roster.Cadres)
        {
            int unit = roster.IndexOf(cadre.Unit);
            if (edition.Applies(RuleIds.BundleCadre) && grades.GradeOf(cadre.Id, year) == CadreGrade.Incompetent)
            {
                Block(unit, RuleIds.BundleCadre, cadre.Id.Value);
            }
            Village village = roster.FindVillage(cadre.Village)!;
            if (edition.Applies(RuleIds.BundleVillage) && cadre.Posting.Overlaps(window) && village.MissedExit(year))
            {
                if (fullYear)
                {
                    Block(unit, RuleIds.BundleVillage, village.Code.Value);
                }
                else
                {
                    atRisk.Add(new Finding(RuleIds.BundleVillageAtRisk, village.Code.Value,
                        $"Village {village.Code} {village.Name} is due to exit in {year} and has not: unit {cadre.Unit} would be barred from excellence."));
                }
            }
        }
        if (edition.Applies(RuleIds.BundleCounty))
        {
            bool participants = edition.Adopts(InterpretationIds.BundleCountyBindsParticipants);
            foreach (CountyPairing pairing in roster.Pairings)
            {
                County county = roster.FindCounty(pairing.County)!;
                if (!pairing.Validity.Overlaps(window) || !county.MissedDelisting(year))
                {
                    continue;
                }
                IEnumerable<UnitId> bound = participants ? pairing.Units : [pairing.Lead];
                foreach (UnitId unit in bound)
                {
                    if (fullYear)
                    {
                        Block(roster.IndexOf(unit), RuleIds.BundleCounty, county.Code.Value);
                    }
                    else
                    {
                        atRisk.Add(new Finding(RuleIds.BundleCountyAtRisk, county.Code.Value,
                            $"County {county.Code} {county.Name} is due to be delisted in {year} and has not been: its assisting units would be barred from excellence."));
                    }
                }
            }
        }
        return blocks;
    }

    private static ImmutableArray<CadreActions> CadreActionsOf(AssessmentPlan plan, GradeBook grades)
    {
        var actions = ImmutableArray.CreateBuilder<CadreActions>(plan.Roster.Cadres.Length);
        foreach (StationedCadre cadre in plan.Roster.Cadres)
        {
            CadreGrade? grade = grades.GradeOf(cadre.Id, plan.Year);
            bool recall = plan.Edition.Applies(RuleIds.CadreRecall) && plan.Edition.Adopts(InterpretationIds.RecallOnIncompetent);
            ImmutableArray<RuleId> list = grade == CadreGrade.Incompetent && recall ? [RuleIds.CadreRecall]
                : grade == CadreGrade.Excellent && plan.Edition.Applies(RuleIds.CadreCommend) ? [RuleIds.CadreCommend]
                : [];
            actions.Add(new CadreActions(cadre.Id, list));
        }
        return actions.MoveToImmutable();
    }

    private static Finding OutsideFinding(AssessmentPlan plan, ActivityLedger ledger, int index)
    {
        ref readonly ActivityRecord r = ref ledger.RecordAt(index);
        UnitId unit = plan.Roster.Units[r.Unit].Id;
        LocalDate date = PackedDate.Unpack(r.Date);
        string where = r.County >= 0 ? $"county {plan.Roster.Counties[r.County].Code}" : "no county, on a day with no pairing";
        return new Finding(RuleIds.ActivityOutsidePairing, ledger.IdAt(index).Value,
            $"Activity {ledger.IdAt(index)} of unit {unit} on {date:uuuu-MM-dd} is in {where}, which the unit does not assist on that date; it is not counted.");
    }
}
