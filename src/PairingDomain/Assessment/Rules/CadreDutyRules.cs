using System;
using System.Collections.Immutable;
using NodaTime;
using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// <c>DUTY-CADRE-FULL-TIME</c> (§III.4: "驻村干部要全脱产……建立帮扶工作计划和台账") and <c>DUTY-CADRE-DAYS</c> (domain.md §8,
/// where an edition enables it): the stationed cadres' own duties, read from the work book (case-format-2.md §2), for
/// every cadre in post some day of the window.
/// </summary>
/// <remarks>
/// One pass over the year's work records, one over the attendance records and one over the roster's cadres; nothing is
/// allocated per record, and per cadre only when some month is short: results are immutable, so the cadres with the same
/// statuses and missing parts share one result list (at most 27 × 6 of them).
/// </remarks>
internal static class CadreDutyRules
{
    /// <summary>The rules this class evaluates: part of <see cref="EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } = [RuleIds.DutyCadreFullTime, RuleIds.DutyCadreDays];

    // The keys of the shared results: full-time as status × 9 + missing index (27 when off), days as status × 2 + leave
    // exceeded (6 when off).
    private const int NoFullTime = 27, NoDays = 6;

    private static int StatusIndex(DutyStatus status) => status == DutyStatus.Met ? 0 : status == DutyStatus.Short ? 1 : 2;

    // The missing lists by bit: 1 work plan, 2 work ledger, 4 full-time; index 8 is the absent record.
    private static readonly ImmutableArray<CadreWorkPart>[] s_missing = BuildMissing();

    /// <summary>
    /// Each cadre's duty results, in roster order (empty for a cadre in post on no day of the window); and whether each
    /// is short on one of them, for <c>CRITICISE-ON-CADRE-DUTY-SHORT</c>.
    /// </summary>
    internal static ImmutableArray<CadreDutyResult>[] Evaluate(AssessmentPlan plan, CadreWorkBook work, out bool[] anyShort)
    {
        ImmutableArray<StationedCadre> cadres = plan.Roster.Cadres;
        var results = new ImmutableArray<CadreDutyResult>[cadres.Length];
        anyShort = new bool[cadres.Length];
        bool fullTime = plan.Edition.Applies(RuleIds.DutyCadreFullTime);
        DutyRule? days = plan.Edition.Applies(RuleIds.DutyCadreDays) ? plan.Edition.FindRule(RuleIds.DutyCadreDays) as DutyRule : null;
        results.AsSpan().Fill([]);
        if (!fullTime && days is null)
        {
            return results;
        }
        int[] recordOf = fullTime ? RecordsOfTheYear(plan, work, cadres.Length) : [];
        // Days in the village per cadre and month ended by the as-of date (index cadre * 12 + month - 1), and the leave of
        // those months' records per cadre.
        int[] daysIn = [];
        long[] leave = [];
        if (days is not null)
        {
            (daysIn, leave) = Attendance(plan, work, cadres.Length);
        }
        var yearStart = new LocalDate(plan.Year, 1, 1);
        bool yearEnded = plan.AsOfPacked >= plan.YearEnd;
        string fullTimeSource = plan.Edition.SourceOf(RuleIds.DutyCadreFullTime);
        ImmutableArray<CadreWorkRecord> records = work.WorkRecords;
        var shared = new ImmutableArray<CadreDutyResult>[(NoFullTime + 1) * (NoDays + 1)];
        for (int c = 0; c < cadres.Length; c++)
        {
            Time.DateRange posting = cadres[c].Posting;
            if (posting.Start > plan.AsOf || (posting.End is { } end && end < yearStart))
            {
                continue;
            }
            // Most cadres share their results (the same status and missing parts, no short month): one array per
            // combination serves them all, so the bulk pass allocates per cadre only for a short month list.
            int fullTimeKey = NoFullTime;
            ImmutableArray<CadreWorkPart> missing = [];
            DutyStatus fullTimeStatus = DutyStatus.Pending;
            if (fullTime)
            {
                int missingIndex;
                if (recordOf[c] < 0)
                {
                    missingIndex = 8;
                }
                else
                {
                    CadreWorkRecord r = records[recordOf[c]];
                    missingIndex = (r.WorkPlan ? 0 : 1) | (r.WorkLedger ? 0 : 2) | (r.HomeUnitDuties ? 4 : 0);
                }
                missing = s_missing[missingIndex];
                fullTimeStatus = !yearEnded ? DutyStatus.Pending : missing.IsEmpty ? DutyStatus.Met : DutyStatus.Short;
                anyShort[c] |= fullTimeStatus == DutyStatus.Short;
                fullTimeKey = (StatusIndex(fullTimeStatus) * 9) + missingIndex;
            }
            int daysKey = NoDays;
            DutyStatus daysStatus = DutyStatus.Pending;
            ImmutableArray<YearMonth> shortMonths = [];
            bool leaveExceeded = false;
            if (days is not null)
            {
                daysStatus = Days(plan, days, posting, daysIn.AsSpan(c * 12, 12), leave[c], out shortMonths, out leaveExceeded);
                anyShort[c] |= daysStatus == DutyStatus.Short;
                daysKey = (StatusIndex(daysStatus) * 2) + (leaveExceeded ? 1 : 0);
            }
            if (shortMonths.IsEmpty && shared[(fullTimeKey * (NoDays + 1)) + daysKey] is { IsDefault: false } same)
            {
                results[c] = same;
                continue;
            }
            CadreDutyResult? fullTimeResult = fullTime
                ? new CadreDutyResult(RuleIds.DutyCadreFullTime, fullTimeSource, fullTimeStatus, missing, null, [], false)
                : null;
            CadreDutyResult? daysResult = days is null
                ? null
                : new CadreDutyResult(days.Id, days.Source, daysStatus, [], days.Minimum, shortMonths, leaveExceeded);
            ImmutableArray<CadreDutyResult> list = fullTimeResult is null ? [daysResult!]
                : daysResult is null ? [fullTimeResult] : [fullTimeResult, daysResult];
            if (shortMonths.IsEmpty)
            {
                shared[(fullTimeKey * (NoDays + 1)) + daysKey] = list;
            }
            results[c] = list;
        }
        return results;
    }

    /// <summary>For each cadre, the index of its work record for the year, or -1.</summary>
    private static int[] RecordsOfTheYear(AssessmentPlan plan, CadreWorkBook work, int cadreCount)
    {
        int[] recordOf = new int[cadreCount];
        recordOf.AsSpan().Fill(-1);
        ImmutableArray<CadreWorkRecord> records = work.WorkRecords;
        int[] recordCadre = work.WorkRecordCadres;
        for (int i = 0; i < records.Length; i++)
        {
            if (records[i].Year == plan.Year)
            {
                recordOf[recordCadre[i]] = i;
            }
        }
        return recordOf;
    }

    /// <summary>The one pass over attendance: days per cadre and month of the year ended by the as-of date, and leave per cadre.</summary>
    private static (int[] Days, long[] Leave) Attendance(AssessmentPlan plan, CadreWorkBook work, int cadreCount)
    {
        int[] daysIn = new int[cadreCount * 12];
        long[] leave = new long[cadreCount];
        int endedMonths = EndedMonths(plan);
        ImmutableArray<AttendanceRecord> attendance = work.Attendance;
        int[] attendanceCadre = work.AttendanceCadres;
        for (int i = 0; i < attendance.Length; i++)
        {
            AttendanceRecord r = attendance[i];
            if (r.Month.Year == plan.Year && r.Month.Month <= endedMonths)
            {
                int c = attendanceCadre[i];
                daysIn[(c * 12) + r.Month.Month - 1] = r.DaysInVillage;
                leave[c] += r.LeaveDays;
            }
        }
        return (daysIn, leave);
    }

    /// <summary>How many months of the year have ended by the as-of date (its own month only when it is the last day).</summary>
    private static int EndedMonths(AssessmentPlan plan) =>
        plan.AsOf == plan.AsOf.With(DateAdjusters.EndOfMonth) ? plan.AsOf.Month : plan.AsOf.Month - 1;

    /// <summary>
    /// <c>DUTY-CADRE-DAYS</c> for one cadre: every whole month of the year ended by the as-of date on every day of which
    /// the cadre was in post is judged against the minimum (a month without a record counts 0 days); the year's leave
    /// against the maximum. Pending when no judged month is short, the leave is within the maximum, and some later month
    /// of the year could still be wholly in post.
    /// </summary>
    private static DutyStatus Days(AssessmentPlan plan, DutyRule rule, Time.DateRange posting, ReadOnlySpan<int> days, long leave,
        out ImmutableArray<YearMonth> shortMonthList, out bool leaveExceeded)
    {
        int ended = EndedMonths(plan);
        ImmutableArray<YearMonth>.Builder? shortMonths = null;
        bool open = false;
        for (int m = 1; m <= 12; m++)
        {
            var first = new LocalDate(plan.Year, m, 1);
            LocalDate last = first.With(DateAdjusters.EndOfMonth);
            if (!WhollyInPost(posting, first, last))
            {
                continue;
            }
            if (m > ended)
            {
                open = true;
            }
            else if (days[m - 1] < rule.Minimum)
            {
                (shortMonths ??= ImmutableArray.CreateBuilder<YearMonth>()).Add(new YearMonth(plan.Year, m));
            }
        }
        leaveExceeded = rule.YearlyLeaveMaximum is { } maximum && leave > maximum;
        shortMonthList = shortMonths is null ? [] : shortMonths.DrainToImmutable();
        return shortMonths is not null || leaveExceeded ? DutyStatus.Short : open ? DutyStatus.Pending : DutyStatus.Met;
    }

    /// <summary>Whether the posting covers every day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    private static bool WhollyInPost(Time.DateRange posting, LocalDate first, LocalDate last) =>
        posting.Start <= first && (posting.End is not { } end || end >= last);

    /// <summary>
    /// The explanation of one cadre's result on one cadre duty, read from the work book with the same months, minimum and
    /// leave sum as <see cref="Evaluate"/>: off the bulk pass, for <see cref="AnnualAssessment.ExplainCadre"/>.
    /// </summary>
    internal static CadreDutyExplanation Explain(AssessmentPlan plan, CadreWorkBook work, int cadre, RuleId rule, CadreDutyResult? result)
    {
        StationedCadre stationed = plan.Roster.Cadres[cadre];
        if (rule == RuleIds.DutyCadreFullTime)
        {
            CadreWorkRecord? record = work.WorkRecordOf(stationed.Id, plan.Year);
            ImmutableArray<CadreWorkPart> kept = [];
            if (record is not null)
            {
                var parts = ImmutableArray.CreateBuilder<CadreWorkPart>();
                if (record.WorkPlan)
                {
                    parts.Add(CadreWorkPart.WorkPlan);
                }
                if (record.WorkLedger)
                {
                    parts.Add(CadreWorkPart.WorkLedger);
                }
                if (!record.HomeUnitDuties)
                {
                    parts.Add(CadreWorkPart.FullTime);
                }
                kept = parts.ToImmutable();
            }
            return new CadreDutyExplanation(stationed.Id, rule, plan.Year, plan.AsOf, result, record, kept, [], [], 0, null);
        }

        var days = (DutyRule)plan.Edition.GetRule(RuleIds.DutyCadreDays);
        int ended = EndedMonths(plan);
        var months = ImmutableArray.CreateBuilder<CadreMonthJudgement>();
        var open = ImmutableArray.CreateBuilder<YearMonth>();
        long leave = 0;
        for (int m = 1; m <= 12; m++)
        {
            var month = new YearMonth(plan.Year, m);
            AttendanceRecord? attendance = work.AttendanceOf(stationed.Id, month);
            if (m <= ended)
            {
                leave += attendance?.LeaveDays ?? 0;
            }
            var first = new LocalDate(plan.Year, m, 1);
            if (!WhollyInPost(stationed.Posting, first, first.With(DateAdjusters.EndOfMonth)))
            {
                continue;
            }
            if (m > ended)
            {
                open.Add(month);
            }
            else
            {
                months.Add(new CadreMonthJudgement(month, attendance is not null, attendance?.DaysInVillage ?? 0, attendance?.LeaveDays ?? 0, days.Minimum));
            }
        }
        return new CadreDutyExplanation(stationed.Id, rule, plan.Year, plan.AsOf, result, null, [], months.ToImmutable(),
            open.ToImmutable(), leave, days.YearlyLeaveMaximum);
    }

    private static ImmutableArray<CadreWorkPart>[] BuildMissing()
    {
        var lists = new ImmutableArray<CadreWorkPart>[9];
        for (int bits = 0; bits < 8; bits++)
        {
            var list = ImmutableArray.CreateBuilder<CadreWorkPart>();
            if ((bits & 1) != 0)
            {
                list.Add(CadreWorkPart.WorkPlan);
            }
            if ((bits & 2) != 0)
            {
                list.Add(CadreWorkPart.WorkLedger);
            }
            if ((bits & 4) != 0)
            {
                list.Add(CadreWorkPart.FullTime);
            }
            lists[bits] = list.ToImmutable();
        }
        lists[8] = [CadreWorkPart.Record];
        return lists;
    }
}
