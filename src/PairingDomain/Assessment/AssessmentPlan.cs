using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Assessment;

/// <summary>
/// The roster and edition flattened into integer arrays for one assessment year: what the bulk pass and the
/// explanation both read, so that both judge an activity by the same code.
/// </summary>
internal sealed class AssessmentPlan
{
    internal const byte ScopeUnit = 0, ScopeLed = 1, ScopeAssisted = 2;

    internal AssessmentPlan(PolicyEdition edition, Roster roster, int year, LocalDate asOf)
    {
        Edition = edition;
        Roster = roster;
        Year = year;
        AsOf = asOf;
        YearStart = PackedDate.Pack(new LocalDate(year, 1, 1));
        YearEnd = PackedDate.Pack(new LocalDate(year, 12, 31));
        AsOfPacked = PackedDate.Pack(asOf);
        MeetingNeedsPairing = edition.Adopts(InterpretationIds.UnitMeetingNeedsPairing);
        WholeQuarters = edition.Adopts(InterpretationIds.WholeQuarterCoverage);
        Prorate = edition.Adopts(InterpretationIds.ProrateByQuarter);
        PerCountyMinimumEach = edition.Adopts(InterpretationIds.PerCountyMinimumEach);
        QuarterEnd = [.. Enumerable.Range(0, 4).Select(q => PackedDate.Pack(DutyPeriod.ForQuarter(year, q + 1).End))];
        QuarterFirstDay = [.. Enumerable.Range(0, 4).Select(q => DutyPeriod.ForQuarter(year, q + 1).Start.DayOfYear)];
        QuarterLastDay = [.. Enumerable.Range(0, 4).Select(q => DutyPeriod.ForQuarter(year, q + 1).End.DayOfYear)];
        _shortPeriods = Enumerable.Range(0, 32).Select(PeriodsOf).ToArray();

        Duties = [.. edition.Duties];
        DutyKind = Duties.Select(d => (byte)d.ActivityKind!.Value).ToArray();
        DutyPost = Duties.Select(d => d.Holder.Post?.Value ?? 0).ToArray();
        DutyScope = Duties.Select(d => d.Scope == CountingScope.PerUnit ? ScopeUnit : d.Scope == CountingScope.PerCountyLed ? ScopeLed : ScopeAssisted).ToArray();
        int maxKind = ActivityKind.List.Max(k => k.Value);
        KindDuties = new int[maxKind + 1][];
        for (int k = 0; k <= maxKind; k++)
        {
            KindDuties[k] = Enumerable.Range(0, Duties.Length).Where(d => DutyKind[d] == k).ToArray();
        }

        LeaderPostOf = roster.AllLeaders.Select(l => l.Post.Value).ToArray();
        LeaderFrom = roster.AllLeaders.Select(l => PackedDate.Pack(l.Tenure.Start)).ToArray();
        LeaderTo = roster.AllLeaders.Select(l => PackedDate.PackEnd(l.Tenure.End)).ToArray();

        var window = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        int units = roster.Units.Length;
        UnitSpanFrom = new int[units + 1];
        UnitSlots = new int[units][];
        var spanCounty = new List<int>();
        var spanFrom = new List<int>();
        var spanTo = new List<int>();
        var spanLead = new List<bool>();
        var spanSlot = new List<int>();
        var spanDays = new List<(int From, int To)>();
        CounterBase = new int[units + 1];
        for (int u = 0; u < units; u++)
        {
            UnitSpanFrom[u] = spanCounty.Count;
            var slots = new List<int>();
            foreach (int p in roster.PairingIndicesOf(u))
            {
                CountyPairing pairing = roster.Pairings[p];
                DateInterval? inYear = pairing.Validity.Intersect(window);
                if (inYear is null)
                {
                    continue;
                }
                roster.TryGetCountyIndex(pairing.County, out int county);
                int slot = slots.IndexOf(county);
                if (slot < 0)
                {
                    slots.Add(county);
                    slot = slots.Count - 1;
                }
                spanCounty.Add(county);
                spanFrom.Add(PackedDate.Pack(pairing.Validity.Start));
                spanTo.Add(PackedDate.PackEnd(pairing.Validity.End));
                spanLead.Add(pairing.Lead == roster.Units[u].Id);
                spanSlot.Add(slot + 1);
                spanDays.Add((inYear.Start.DayOfYear, inYear.End.DayOfYear));
            }
            UnitSlots[u] = [.. slots];
            CounterBase[u + 1] = CounterBase[u] + ((slots.Count + 1) * Duties.Length * 4);
        }
        UnitSpanFrom[units] = spanCounty.Count;
        SpanCounty = [.. spanCounty];
        SpanFrom = [.. spanFrom];
        SpanTo = [.. spanTo];
        SpanLead = [.. spanLead];
        SpanSlot = [.. spanSlot];
        SpanDays = [.. spanDays];
    }

    internal PolicyEdition Edition { get; }

    internal Roster Roster { get; }

    internal int Year { get; }

    internal LocalDate AsOf { get; }

    internal int YearStart { get; }

    internal int YearEnd { get; }

    internal int AsOfPacked { get; }

    internal bool MeetingNeedsPairing { get; }

    /// <summary><c>WHOLE-QUARTER-COVERAGE</c>: a quarter is in force only when all its days are; otherwise any day suffices.</summary>
    internal bool WholeQuarters { get; }

    /// <summary><c>PRORATE-BY-QUARTER</c>.</summary>
    internal bool Prorate { get; }

    /// <summary><c>PER-COUNTY-MINIMUM-EACH</c>.</summary>
    internal bool PerCountyMinimumEach { get; }

    /// <summary>The first and last day of each quarter, as days of the year.</summary>
    private int[] QuarterFirstDay { get; }

    private int[] QuarterLastDay { get; }

    /// <summary>The last day of each quarter of the year, packed.</summary>
    internal int[] QuarterEnd { get; }

    private readonly ImmutableArray<DutyPeriod>[] _shortPeriods;

    private CadreGrade?[]? _grades;

    /// <summary>The short periods of a mask (bits 0–3 the quarters, bit 4 the year), in time order, shared between results.</summary>
    internal ImmutableArray<DutyPeriod> ShortPeriods(int mask) => _shortPeriods[mask];

    private ImmutableArray<DutyPeriod> PeriodsOf(int mask)
    {
        var list = new List<DutyPeriod>();
        if ((mask & (1 << 4)) != 0)
        {
            list.Add(DutyPeriod.ForYear(Year));
        }
        for (int q = 0; q < 4; q++)
        {
            if ((mask & (1 << q)) != 0)
            {
                list.Add(DutyPeriod.ForQuarter(Year, q + 1));
            }
        }
        return [.. list];
    }

    /// <summary>
    /// Each cadre's grade for the assessed year, by roster index; computed once, since a plan serves one assessment and
    /// so one grade book.
    /// </summary>
    internal CadreGrade?[] GradesOf(GradeBook grades)
    {
        lock (_shortPeriods)
        {
            if (_grades is null)
            {
                var byCadre = new CadreGrade?[Roster.Cadres.Length];
                for (int i = 0; i < grades.Grades.Length; i++)
                {
                    if (grades.Grades[i].Year == Year)
                    {
                        byCadre[grades.CadreIndices[i]] = grades.Grades[i].Grade;
                    }
                }
                _grades = byCadre;
            }
            return _grades;
        }
    }

    internal DutyRule[] Duties { get; }

    internal byte[] DutyKind { get; }

    internal int[] DutyPost { get; }

    internal byte[] DutyScope { get; }

    internal int[][] KindDuties { get; }

    internal int[] LeaderPostOf { get; }

    internal int[] LeaderFrom { get; }

    internal int[] LeaderTo { get; }

    /// <summary>Unit u's spans are <c>[UnitSpanFrom[u], UnitSpanFrom[u + 1])</c>.</summary>
    internal int[] UnitSpanFrom { get; }

    /// <summary>For each unit, the county index of each of its slots (slot s is target s + 1).</summary>
    internal int[][] UnitSlots { get; }

    internal int[] SpanCounty { get; }

    internal int[] SpanFrom { get; }

    internal int[] SpanTo { get; }

    internal bool[] SpanLead { get; }

    internal int[] SpanSlot { get; }

    /// <summary>Each span clipped to the year, as days of the year.</summary>
    internal (int From, int To)[] SpanDays { get; }

    /// <summary>Unit u's counters start at <c>CounterBase[u]</c>; the last entry is the total size.</summary>
    internal int[] CounterBase { get; }

    internal bool IsPaired(int unit) => UnitSpanFrom[unit + 1] > UnitSpanFrom[unit];

    internal int CounterIndex(int unit, int target, int duty, int quarter) =>
        CounterBase[unit] + (((target * Duties.Length) + duty) * 4) + quarter;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool InYear(int date) => date >= YearStart && date <= AsOfPacked;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool LeaderHolds(int leader, int post, int date) =>
        leader >= 0 && LeaderPostOf[leader] == post && date >= LeaderFrom[leader] && date <= LeaderTo[leader];

    /// <summary>
    /// Looks up the unit's pairing of the county on the date: 0 when not assisted, otherwise the slot's target
    /// (1-based), negated when the unit assisted but did not lead the county that day.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int FindTarget(int unit, int county, int date)
    {
        int found = 0;
        for (int s = UnitSpanFrom[unit], end = UnitSpanFrom[unit + 1]; s < end; s++)
        {
            if (SpanCounty[s] == county && date >= SpanFrom[s] && date <= SpanTo[s])
            {
                if (SpanLead[s])
                {
                    return SpanSlot[s];
                }
                found = -SpanSlot[s];
            }
        }
        return found;
    }

    /// <summary>Whether the unit assists any county on the date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool AssistsAny(int unit, int date)
    {
        for (int s = UnitSpanFrom[unit], end = UnitSpanFrom[unit + 1]; s < end; s++)
        {
            if (date >= SpanFrom[s] && date <= SpanTo[s])
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><see cref="Locate"/>'s answer for an activity without a county on a day the unit may hold it.</summary>
    internal const int AtUnit = int.MaxValue;

    /// <summary>
    /// Where an activity stands against its unit's pairings, looked up once per activity: 0 when outside every pairing
    /// (<c>ACTIVITY-OUTSIDE-PAIRING</c>); <see cref="AtUnit"/> for a meeting without a county that may count; otherwise
    /// the county slot's target as <see cref="FindTarget"/> gives it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Locate(in ActivityRecord r) =>
        r.County >= 0 ? FindTarget(r.Unit, r.County, r.Date)
        : MeetingNeedsPairing && !AssistsAny(r.Unit, r.Date) ? 0 : AtUnit;

    /// <summary>
    /// Judges one activity against one duty: the single definition of "counts" that the bulk pass and the explanation share.
    /// </summary>
    /// <param name="r">The activity.</param>
    /// <param name="duty">The duty's index.</param>
    /// <param name="target">0 for the unit, or the county slot's target, when the activity counts.</param>
    internal int Judge(in ActivityRecord r, int duty, out int target) => Judge(in r, duty, Locate(in r), out target);

    /// <summary>Judges one activity against one duty, given where <see cref="Locate"/> placed it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Judge(in ActivityRecord r, int duty, int location, out int target)
    {
        target = 0;
        if (r.Date < YearStart || r.Date > YearEnd)
        {
            return Verdicts.OtherYear;
        }
        if (r.Date > AsOfPacked)
        {
            return Verdicts.AfterAsOf;
        }
        if (DutyKind[duty] != r.Kind)
        {
            return Verdicts.OtherKind;
        }
        int post = DutyPost[duty];
        if (post != 0 && !LeaderHolds(r.Leader, post, r.Date))
        {
            return Verdicts.LeaderNotInPost;
        }
        byte scope = DutyScope[duty];
        if (location == 0 || (location == AtUnit && scope != ScopeUnit))
        {
            return Verdicts.OutsidePairing;
        }
        if (location == AtUnit)
        {
            return Verdicts.Counted;
        }
        if (scope == ScopeLed)
        {
            if (location < 0)
            {
                return Verdicts.NotLeadUnit;
            }
            target = location;
        }
        else if (scope == ScopeAssisted)
        {
            target = Math.Abs(location);
        }
        return Verdicts.Counted;
    }

    /// <summary>
    /// The quarters (bits 0 to 3) in force for a unit's spans (of one county slot when <paramref name="slot"/> is not 0;
    /// only those it leads when <paramref name="leadOnly"/>): every day covered under
    /// <c>WHOLE-QUARTER-COVERAGE</c>, otherwise at least one day.
    /// </summary>
    internal int CoveredQuarters(int unit, int slot, bool leadOnly)
    {
        int from = UnitSpanFrom[unit], count = UnitSpanFrom[unit + 1] - from;
        Span<(int From, int To)> days = count <= 16 ? stackalloc (int, int)[count] : new (int, int)[count];
        int n = 0;
        for (int s = from; s < from + count; s++)
        {
            if ((slot == 0 || SpanSlot[s] == slot) && (!leadOnly || SpanLead[s]))
            {
                days[n++] = SpanDays[s];
            }
        }
        days = days[..n];
        days.Sort();
        int mask = 0;
        for (int q = 0; q < 4; q++)
        {
            int first = QuarterFirstDay[q], last = QuarterLastDay[q];
            int next = first;
            bool any = false;
            foreach ((int f, int t) in days)
            {
                if (f <= next && t >= next)
                {
                    next = t + 1;
                }
                any |= f <= last && t >= first;
            }
            if (WholeQuarters ? next > last : any)
            {
                mask |= 1 << q;
            }
        }
        return mask;
    }

    internal static ActivityVerdict ToVerdict(int verdict) => ActivityVerdict.FromValue(verdict);
}

/// <summary>The values of <see cref="ActivityVerdict"/> as constants for the bulk path.</summary>
internal static class Verdicts
{
    internal const int Counted = 0, OtherKind = 1, OtherYear = 2, AfterAsOf = 3, LeaderNotInPost = 4, OutsidePairing = 5, NotLeadUnit = 6;
}
