using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Time;

namespace PairingDomain.Assessment;

/// <summary>
/// The roster, edition and grade book flattened into arrays for one assessment year: what the bulk pass and the
/// explanation both read, so that both judge an activity by the same code.
/// </summary>
/// <remarks>
/// <para>
/// <b>Indices.</b> Units, counties, cadres and leaders are their roster indices (a leader's across all units). Duty
/// <c>d</c> is <c>Duties[d]</c>, the edition's evaluated duties in catalogue order. A unit's pairings clipped to the year
/// are its <em>spans</em>, <c>[UnitSpanFrom[u], UnitSpanFrom[u + 1])</c>; each span's county is one of the unit's county
/// <em>slots</em> (<c>UnitSlots[u][s]</c>, one per distinct county).
/// </para>
/// <para>
/// <b>Counter layout.</b> The bulk pass fills one <see cref="int"/> array of <c>CounterBase[^1]</c> counters. Unit
/// <c>u</c> owns <c>[CounterBase[u], CounterBase[u + 1])</c>, laid out as <c>[target][duty][quarter]</c>:
/// </para>
/// <code>
/// CounterIndex(u, t, d, q) = CounterBase[u] + ((t * Duties.Length + d) * 4) + q
///   t = 0          the unit itself            (ScopeCode.Unit duties)
///   t = s + 1      the unit's county slot s   (ScopeCode.Led and ScopeCode.Assisted duties)
///   q = 0 … 3      the quarter of the activity's date
/// </code>
/// <para>
/// so a unit with <c>n</c> slots has <c>(n + 1) × Duties.Length × 4</c> counters, and a duty's four quarters for one
/// target are adjacent. Dates are <see cref="PackedDate"/>s; where an activity stands is a <see cref="Location"/>;
/// quarters in force and short periods are <see cref="QuarterMask"/>s.
/// </para>
/// </remarks>
internal sealed class AssessmentPlan
{
    private readonly ImmutableArray<DutyPeriod>[] _shortPeriods;

    /// <summary>The first day of each quarter, as a day of the year.</summary>
    private readonly int[] _quarterFirstDay;

    /// <summary>The last day of each quarter, as a day of the year.</summary>
    private readonly int[] _quarterLastDay;

    internal AssessmentPlan(PolicyEdition edition, Roster roster, GradeBook grades, int year, LocalDate asOf)
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
        _quarterFirstDay = [.. Enumerable.Range(0, 4).Select(q => DutyPeriod.ForQuarter(year, q + 1).Start.DayOfYear)];
        _quarterLastDay = [.. Enumerable.Range(0, 4).Select(q => DutyPeriod.ForQuarter(year, q + 1).End.DayOfYear)];
        _shortPeriods = [.. Enumerable.Range(0, QuarterMask.Combinations).Select(bits => PeriodsOf(QuarterMask.FromBits(bits)))];
        CadreGrades = GradesIn(grades, roster, year);

        Duties = [.. edition.Duties];
        DutyKind = [.. Duties.Select(d => (byte)d.ActivityKind!.Value)];
        DutyPost = [.. Duties.Select(d => d.Holder.Post?.Value ?? 0)];
        DutyScope = [.. Duties.Select(d => ScopeOf(d.Scope))];
        int maxKind = ActivityKind.List.Max(k => k.Value);
        KindDuties = new int[maxKind + 1][];
        for (int k = 0; k <= maxKind; k++)
        {
            KindDuties[k] = [.. Enumerable.Range(0, Duties.Length).Where(d => DutyKind[d] == k)];
        }

        LeaderPostOf = [.. roster.AllLeaders.Select(l => l.Post.Value)];
        LeaderFrom = [.. roster.AllLeaders.Select(l => PackedDate.Pack(l.Tenure.Start))];
        LeaderTo = [.. roster.AllLeaders.Select(l => PackedDate.PackEnd(l.Tenure.End))];

        var window = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        int units = roster.Units.Length;
        UnitSpanFrom = new int[units + 1];
        UnitSlots = new int[units][];
        var spanCounty = new List<int>();
        var spanFrom = new List<PackedDate>();
        var spanTo = new List<PackedDate>();
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

    internal PackedDate YearStart { get; }

    internal PackedDate YearEnd { get; }

    internal PackedDate AsOfPacked { get; }

    /// <summary><c>UNIT-MEETING-NEEDS-PAIRING</c>: a meeting without a county counts only on a day the unit assists some county.</summary>
    internal bool MeetingNeedsPairing { get; }

    /// <summary><c>WHOLE-QUARTER-COVERAGE</c>: a quarter is in force only when all its days are; otherwise any day suffices.</summary>
    internal bool WholeQuarters { get; }

    /// <summary><c>PRORATE-BY-QUARTER</c>.</summary>
    internal bool Prorate { get; }

    /// <summary><c>PER-COUNTY-MINIMUM-EACH</c>.</summary>
    internal bool PerCountyMinimumEach { get; }

    /// <summary>The last day of each quarter of the year.</summary>
    internal PackedDate[] QuarterEnd { get; }

    /// <summary>Each cadre's grade for the assessed year, by roster index; null when the grade book has none.</summary>
    internal CadreGrade?[] CadreGrades { get; }

    /// <summary>The duties evaluated, in catalogue order: duty <c>d</c> of the counter layout.</summary>
    internal DutyRule[] Duties { get; }

    /// <summary>Each duty's activity kind, as its value.</summary>
    internal byte[] DutyKind { get; }

    /// <summary>Each duty's holder's post, as its value; 0 when any leader (or none) may feed it.</summary>
    internal int[] DutyPost { get; }

    internal ScopeCode[] DutyScope { get; }

    /// <summary>For each activity kind's value, the duties it feeds.</summary>
    internal int[][] KindDuties { get; }

    /// <summary>Each leader's post, as its value, by the leader's roster-wide index.</summary>
    internal int[] LeaderPostOf { get; }

    internal PackedDate[] LeaderFrom { get; }

    internal PackedDate[] LeaderTo { get; }

    /// <summary>Unit u's spans are <c>[UnitSpanFrom[u], UnitSpanFrom[u + 1])</c>.</summary>
    internal int[] UnitSpanFrom { get; }

    /// <summary>For each unit, the county index of each of its slots (slot s is target s + 1).</summary>
    internal int[][] UnitSlots { get; }

    internal int[] SpanCounty { get; }

    internal PackedDate[] SpanFrom { get; }

    internal PackedDate[] SpanTo { get; }

    internal bool[] SpanLead { get; }

    /// <summary>Each span's county slot as a counter target (slot + 1).</summary>
    internal int[] SpanSlot { get; }

    /// <summary>Each span clipped to the year, as days of the year.</summary>
    internal (int From, int To)[] SpanDays { get; }

    /// <summary>Unit u's counters start at <c>CounterBase[u]</c>; the last entry is the total size.</summary>
    internal int[] CounterBase { get; }

    /// <summary>The short periods of a mask, in time order (the year first), shared between results.</summary>
    internal ImmutableArray<DutyPeriod> ShortPeriods(QuarterMask mask) => _shortPeriods[mask.Bits];

    internal bool IsPaired(int unit) => UnitSpanFrom[unit + 1] > UnitSpanFrom[unit];

    /// <summary><c>PRORATE-BY-QUARTER</c>: a yearly minimum over <paramref name="quarters"/> quarters in force, rounded up.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ProratedMinimum(int minimum, int quarters) => ((minimum * quarters) + 3) / 4;

    /// <summary>Whether the unit leads some county on some day of the year.</summary>
    internal bool Leads(int unit)
    {
        bool leads = false;
        for (int s = UnitSpanFrom[unit], to = UnitSpanFrom[unit + 1]; s < to; s++)
        {
            leads |= SpanLead[s];
        }
        return leads;
    }

    /// <summary>
    /// The quarters in force, once per unit: for the unit, and for each county slot as assisted and as led
    /// (<see cref="QuarterMask.NotOwed"/> when never led). Index t of a slot array is counter target t; index 0 is unused.
    /// The bulk pass and the period breakdown (<see cref="DutyResult.Periods"/>) share this one definition.
    /// </summary>
    internal (QuarterMask Unit, QuarterMask[] Assisted, QuarterMask[] Led) MasksOf(int unit)
    {
        int slots = UnitSlots[unit].Length;
        var assistedMask = new QuarterMask[slots + 1];
        var ledMask = new QuarterMask[slots + 1];
        QuarterMask unitMask = MasksOf(unit, assistedMask, ledMask);
        return (unitMask, assistedMask, ledMask);
    }

    /// <summary>
    /// <see cref="MasksOf(int)"/> into spans of the unit's slot count plus one (slot 0 is left alone): the unit's mask is
    /// returned.
    /// </summary>
    internal QuarterMask MasksOf(int unit, Span<QuarterMask> assistedMask, Span<QuarterMask> ledMask)
    {
        int from = UnitSpanFrom[unit], to = UnitSpanFrom[unit + 1];
        int slots = UnitSlots[unit].Length;
        QuarterMask unitMask = Prorate ? CoveredQuarters(unit, 0, false) : QuarterMask.AllQuarters;
        for (int slot = 1; slot <= slots; slot++)
        {
            assistedMask[slot] = Prorate ? CoveredQuarters(unit, slot, false) : QuarterMask.AllQuarters;
            bool ledSlot = false;
            for (int s = from; s < to; s++)
            {
                ledSlot |= SpanSlot[s] == slot && SpanLead[s];
            }
            ledMask[slot] = !ledSlot ? QuarterMask.NotOwed : Prorate ? CoveredQuarters(unit, slot, true) : QuarterMask.AllQuarters;
        }
        return unitMask;
    }

    /// <summary>The counter of (unit, target, duty, quarter): see the counter layout above.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int CounterIndex(int unit, int target, int duty, int quarter) =>
        CounterBase[unit] + (((target * Duties.Length) + duty) * 4) + quarter;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool InYear(PackedDate date) => date >= YearStart && date <= AsOfPacked;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool LeaderHolds(int leader, int post, PackedDate date) =>
        leader >= 0 && LeaderPostOf[leader] == post && date >= LeaderFrom[leader] && date <= LeaderTo[leader];

    /// <summary>
    /// Looks up the unit's pairing of the county on the date: <see cref="Location.Outside"/> when not assisted, otherwise
    /// the county's slot, led when some pairing in force that day has the unit as lead.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Location FindTarget(int unit, int county, PackedDate date)
    {
        Location found = Location.Outside;
        for (int s = UnitSpanFrom[unit], end = UnitSpanFrom[unit + 1]; s < end; s++)
        {
            if (SpanCounty[s] == county && date >= SpanFrom[s] && date <= SpanTo[s])
            {
                if (SpanLead[s])
                {
                    return Location.Led(SpanSlot[s]);
                }
                found = Location.AssistedOnly(SpanSlot[s]);
            }
        }
        return found;
    }

    /// <summary>Whether the unit assists any county on the date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool AssistsAny(int unit, PackedDate date)
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

    /// <summary>
    /// Where an activity stands against its unit's pairings, looked up once per activity: <see cref="Location.Outside"/>
    /// when outside every pairing (<c>ACTIVITY-OUTSIDE-PAIRING</c>); <see cref="Location.AtUnit"/> for a meeting without a
    /// county that may count; otherwise the county slot as <see cref="FindTarget"/> gives it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Location Locate(in ActivityRecord r) =>
        r.County >= 0 ? FindTarget(r.Unit, r.County, r.Date)
        : MeetingNeedsPairing && !AssistsAny(r.Unit, r.Date) ? Location.Outside : Location.AtUnit;

    /// <summary>
    /// Judges one activity against one duty: the single definition of "counts" that the bulk pass and the explanation share.
    /// </summary>
    /// <param name="r">The activity.</param>
    /// <param name="duty">The duty's index.</param>
    /// <param name="target">0 for the unit, or the county slot's target, when the activity counts.</param>
    internal VerdictCode Judge(in ActivityRecord r, int duty, out int target) => Judge(in r, duty, Locate(in r), out target);

    /// <summary>Judges one activity against one duty, given where <see cref="Locate"/> placed it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal VerdictCode Judge(in ActivityRecord r, int duty, Location location, out int target)
    {
        target = 0;
        if (r.Date < YearStart || r.Date > YearEnd)
        {
            return VerdictCode.OtherYear;
        }
        if (r.Date > AsOfPacked)
        {
            return VerdictCode.AfterAsOf;
        }
        if (DutyKind[duty] != r.Kind)
        {
            return VerdictCode.OtherKind;
        }
        int post = DutyPost[duty];
        if (post != 0 && !LeaderHolds(r.Leader, post, r.Date))
        {
            return VerdictCode.LeaderNotInPost;
        }
        ScopeCode scope = DutyScope[duty];
        if (location.IsOutside || (location.IsAtUnit && scope != ScopeCode.Unit))
        {
            return VerdictCode.OutsidePairing;
        }
        if (location.IsAtUnit)
        {
            return VerdictCode.Counted;
        }
        if (scope == ScopeCode.Led)
        {
            if (location.IsAssistedOnly)
            {
                return VerdictCode.NotLeadUnit;
            }
            target = location.Target;
        }
        else if (scope == ScopeCode.Assisted)
        {
            target = location.Target;
        }
        return VerdictCode.Counted;
    }

    /// <summary>
    /// The quarters in force for a unit's spans (of one county slot when <paramref name="slot"/> is not 0; only those it
    /// leads when <paramref name="leadOnly"/>): every day covered under <c>WHOLE-QUARTER-COVERAGE</c>, otherwise at least
    /// one day.
    /// </summary>
    internal QuarterMask CoveredQuarters(int unit, int slot, bool leadOnly)
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
        QuarterMask mask = QuarterMask.None;
        for (int q = 0; q < 4; q++)
        {
            int first = _quarterFirstDay[q], last = _quarterLastDay[q];
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
                mask = mask.WithQuarter(q);
            }
        }
        return mask;
    }

    internal static ActivityVerdict ToVerdict(VerdictCode verdict) => ActivityVerdict.FromValue((int)verdict);

    private static ScopeCode ScopeOf(CountingScope scope) =>
        scope == CountingScope.PerUnit ? ScopeCode.Unit : scope == CountingScope.PerCountyLed ? ScopeCode.Led : ScopeCode.Assisted;

    /// <summary>Each cadre's grade for <paramref name="year"/>, by roster index, read once from the grade book.</summary>
    private static CadreGrade?[] GradesIn(GradeBook grades, Roster roster, int year)
    {
        var byCadre = new CadreGrade?[roster.Cadres.Length];
        for (int i = 0; i < grades.Grades.Length; i++)
        {
            if (grades.Grades[i].Year == year)
            {
                byCadre[grades.CadreIndices[i]] = grades.Grades[i].Grade;
            }
        }
        return byCadre;
    }

    private ImmutableArray<DutyPeriod> PeriodsOf(QuarterMask mask)
    {
        var list = new List<DutyPeriod>();
        if (mask.HasYear)
        {
            list.Add(DutyPeriod.ForYear(Year));
        }
        for (int q = 0; q < 4; q++)
        {
            if (mask.HasQuarter(q))
            {
                list.Add(DutyPeriod.ForQuarter(Year, q + 1));
            }
        }
        return [.. list];
    }
}
