using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System;
using NodaTime;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Units;

namespace PairingDomain.Rosters;

/// <summary>
/// The aggregate of who assists whom: units with their leaders, counties, villages, county pairings and stationed
/// cadres, with every reference resolved and every identifier unique.
/// </summary>
/// <remarks>
/// Built only through <see cref="RosterBuilder"/>, which refuses dangling references and duplicate identifiers and
/// reports, without refusing, the cross-record findings <c>PAIR-ONE-LEAD</c>, <c>PAIR-LEAD-AND-PARTICIPANT</c> and
/// <c>POSTING-OUTSIDE-PAIRING</c> in <see cref="Findings"/>. <c>PAIR-FULL-COVERAGE</c> depends on a year:
/// see <see cref="CoverageFindings(int)"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class Roster
{
    private readonly Dictionary<UnitId, int> _unitIndex;
    private readonly Dictionary<DivisionCode, int> _countyIndex;
    private readonly Dictionary<VillageCode, int> _villageIndex;
    private readonly Dictionary<CadreId, int> _cadreIndex;
    private readonly Dictionary<LeaderId, (int Unit, int Leader)> _leaderIndex;
    private readonly ImmutableArray<ImmutableArray<int>> _pairingsByUnit;

    internal Roster(
        ImmutableArray<AssistanceUnit> units,
        ImmutableArray<County> counties,
        ImmutableArray<Village> villages,
        ImmutableArray<CountyPairing> pairings,
        ImmutableArray<StationedCadre> cadres,
        Dictionary<UnitId, int> unitIndex,
        Dictionary<DivisionCode, int> countyIndex,
        Dictionary<VillageCode, int> villageIndex,
        Dictionary<CadreId, int> cadreIndex,
        Dictionary<LeaderId, (int Unit, int Leader)> leaderIndex)
    {
        Units = units;
        Counties = counties;
        Villages = villages;
        Pairings = pairings;
        Cadres = cadres;
        _unitIndex = unitIndex;
        _countyIndex = countyIndex;
        _villageIndex = villageIndex;
        _cadreIndex = cadreIndex;
        _leaderIndex = leaderIndex;
        var byUnit = new List<int>[units.Length];
        for (int u = 0; u < byUnit.Length; u++)
        {
            byUnit[u] = [];
        }
        for (int p = 0; p < pairings.Length; p++)
        {
            foreach (UnitId unit in pairings[p].Units.Distinct())
            {
                byUnit[unitIndex[unit]].Add(p);
            }
        }
        _pairingsByUnit = byUnit.Select(l => l.ToImmutableArray()).ToImmutableArray();
        var offsets = new int[units.Length];
        var leaders = new List<Leader>();
        for (int u = 0; u < units.Length; u++)
        {
            offsets[u] = leaders.Count;
            leaders.AddRange(units[u].Leaders);
        }
        LeaderOffsets = [.. offsets];
        AllLeaders = [.. leaders];
        CadreUnit = cadres.Select(c => unitIndex[c.Unit]).ToArray();
        CadreVillage = cadres.Select(c => villageIndex[c.Village]).ToArray();
        PairingCounty = pairings.Select(p => countyIndex[p.County]).ToArray();
        Findings = RosterRules.Check(this);
    }

    /// <summary>The units, in the order given.</summary>
    public ImmutableArray<AssistanceUnit> Units { get; }

    /// <summary>The counties, in the order given.</summary>
    public ImmutableArray<County> Counties { get; }

    /// <summary>The villages, in the order given.</summary>
    public ImmutableArray<Village> Villages { get; }

    /// <summary>The county pairings, in the order given.</summary>
    public ImmutableArray<CountyPairing> Pairings { get; }

    /// <summary>The stationed cadres, in the order given.</summary>
    public ImmutableArray<StationedCadre> Cadres { get; }

    /// <summary>
    /// The year-independent cross-record findings: <c>PAIR-ONE-LEAD</c>, <c>PAIR-LEAD-AND-PARTICIPANT</c>,
    /// <c>POSTING-OUTSIDE-PAIRING</c>, ordered by rule then subject, one per rule and subject.
    /// </summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The unit with identifier <paramref name="id"/>, or null.</summary>
    /// <param name="id">A unit identifier.</param>
    public AssistanceUnit? FindUnit(UnitId id) => _unitIndex.TryGetValue(id, out int i) ? Units[i] : null;

    /// <summary>The county with code <paramref name="code"/>, or null.</summary>
    /// <param name="code">A county code.</param>
    public County? FindCounty(DivisionCode code) => _countyIndex.TryGetValue(code, out int i) ? Counties[i] : null;

    /// <summary>The village with code <paramref name="code"/>, or null.</summary>
    /// <param name="code">A village code.</param>
    public Village? FindVillage(VillageCode code) => _villageIndex.TryGetValue(code, out int i) ? Villages[i] : null;

    /// <summary>The cadre with identifier <paramref name="id"/>, or null.</summary>
    /// <param name="id">A cadre identifier.</param>
    public StationedCadre? FindCadre(CadreId id) => _cadreIndex.TryGetValue(id, out int i) ? Cadres[i] : null;

    /// <summary>The leader with identifier <paramref name="id"/>, with the unit it belongs to, or null.</summary>
    /// <param name="id">A leader identifier.</param>
    public (AssistanceUnit Unit, Leader Leader)? FindLeader(LeaderId id) =>
        _leaderIndex.TryGetValue(id, out var at) ? (Units[at.Unit], Units[at.Unit].Leaders[at.Leader]) : null;

    /// <summary>The pairings <paramref name="unit"/> takes part in, as lead or participant, in roster order.</summary>
    /// <param name="unit">A unit of the roster.</param>
    /// <exception cref="ArgumentException">The unit is not in the roster.</exception>
    public IEnumerable<CountyPairing> PairingsOf(UnitId unit) =>
        _pairingsByUnit[IndexOf(unit)].Select(p => Pairings[p]);

    /// <summary>Whether <paramref name="unit"/> assists <paramref name="county"/> (as lead or participant) on <paramref name="date"/>.</summary>
    /// <param name="unit">A unit of the roster.</param>
    /// <param name="county">A county code.</param>
    /// <param name="date">A local date in China Standard Time.</param>
    public bool Assists(UnitId unit, DivisionCode county, LocalDate date) =>
        PairingsOf(unit).Any(p => p.County == county && p.Validity.Contains(date));

    /// <summary>The lead units of <paramref name="county"/> on <paramref name="date"/>: one when the roster is sound.</summary>
    /// <param name="county">A county code.</param>
    /// <param name="date">A local date in China Standard Time.</param>
    public IEnumerable<UnitId> LeadsOf(DivisionCode county, LocalDate date) =>
        Pairings.Where(p => p.County == county && p.Validity.Contains(date)).Select(p => p.Lead).Distinct();

    /// <summary>
    /// <c>PAIR-FULL-COVERAGE</c> for <paramref name="year"/>: each county not delisted before the year with no pairing in
    /// force on any day of it.
    /// </summary>
    /// <param name="year">The assessment year.</param>
    public ImmutableArray<Finding> CoverageFindings(int year)
    {
        var window = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        return Counties
            .Where(c => c.IsPoorIn(year) && !Pairings.Any(p => p.County == c.Code && p.Validity.Overlaps(window)))
            .Select(c => new Finding(RuleIds.PairFullCoverage, c.Code.Value,
                $"County {c.Code} {c.Name} is not delisted before {year} and no unit assists it in {year}.",
                $"县 {c.Code} {c.Name} 在{year}年前未摘帽，{year}年无任何单位帮扶。"))
            .OrderBy(f => f.Subject, StringComparer.Ordinal)
            .ToImmutableArray();
    }

    internal int IndexOf(UnitId unit) =>
        _unitIndex.TryGetValue(unit, out int i) ? i : throw new ArgumentException($"Unit {unit} is not in the roster.", nameof(unit));

    internal bool TryGetUnitIndex(UnitId unit, out int index) => _unitIndex.TryGetValue(unit, out index);

    internal bool TryGetCountyIndex(DivisionCode county, out int index) => _countyIndex.TryGetValue(county, out index);

    internal bool TryGetVillageIndex(VillageCode village, out int index) => _villageIndex.TryGetValue(village, out index);

    internal bool TryGetCadreIndex(CadreId cadre, out int index) => _cadreIndex.TryGetValue(cadre, out index);

    internal bool TryGetLeader(LeaderId leader, out (int Unit, int Leader) at) => _leaderIndex.TryGetValue(leader, out at);

    internal ImmutableArray<int> PairingIndicesOf(int unitIndex) => _pairingsByUnit[unitIndex];

    /// <summary>For each unit, the index of its first leader in <see cref="AllLeaders"/>.</summary>
    internal ImmutableArray<int> LeaderOffsets { get; }

    /// <summary>Every leader of every unit, unit by unit.</summary>
    internal ImmutableArray<Leader> AllLeaders { get; }

    internal Leader LeaderAt(int globalIndex) => AllLeaders[globalIndex];

    /// <summary>For each cadre, the index of its unit.</summary>
    internal int[] CadreUnit { get; }

    /// <summary>For each cadre, the index of its village.</summary>
    internal int[] CadreVillage { get; }

    /// <summary>For each pairing, the index of its county.</summary>
    internal int[] PairingCounty { get; }
}
