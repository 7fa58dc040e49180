using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Units;

namespace PairingDomain.Rosters;

/// <summary>
/// Assembles a <see cref="Roster"/> from records, checking every identifier is unique and every reference resolves.
/// </summary>
/// <remarks>
/// <see cref="Build"/> reports every problem at once, each naming its record by a JSONPath: by default
/// <c>$.units[i]</c>, <c>$.counties[i]</c>, <c>$.villages[i]</c>, <c>$.countyPairings[i]</c>, <c>$.cadres[i]</c> with
/// <c>i</c> the order of addition, and a unit's leaders as the unit's path followed by <c>.leaders[j]</c>, with
/// <c>j</c> the leader's position in <see cref="AssistanceUnit.Leaders"/>; a caller reading another source passes its
/// own locator for each record, leaders included, and the caller's locator always wins.
/// <threadsafety>Not thread-safe: build on one thread, then share the immutable <see cref="Roster"/>.</threadsafety>
/// </remarks>
public sealed class RosterBuilder
{
    private readonly List<(AssistanceUnit Value, string Path)> _units = [];
    private readonly List<string?[]?> _leaderPaths = [];
    private readonly List<(County Value, string Path)> _counties = [];
    private readonly List<(Village Value, string Path)> _villages = [];
    private readonly List<(CountyPairing Value, string Path)> _pairings = [];
    private readonly List<(StationedCadre Value, string Path)> _cadres = [];

    /// <summary>Adds a unit and its leaders.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.units[i]</c>.</param>
    /// <param name="leaderPaths">
    /// Where each of <paramref name="unit"/>'s leaders came from, in the order of <see cref="AssistanceUnit.Leaders"/>;
    /// a null list or entry defaults to the unit's path followed by <c>.leaders[j]</c>.
    /// </param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="leaderPaths"/> does not hold one path for each leader.</exception>
    public RosterBuilder AddUnit(AssistanceUnit unit, string? path = null, IReadOnlyList<string?>? leaderPaths = null)
    {
        Preconditions.CheckNotNull(unit, nameof(unit));
        string?[]? leaders = null;
        if (leaderPaths is not null)
        {
            if (leaderPaths.Count != unit.Leaders.Length)
            {
                Preconditions.CheckArgument(false, nameof(leaderPaths),
                    $"{leaderPaths.Count} leader paths for the {unit.Leaders.Length} leaders of unit '{unit.Id}'.");
            }
            leaders = [.. leaderPaths];
        }
        _units.Add((unit, path ?? Locations.Default("units", _units.Count)));
        _leaderPaths.Add(leaders);
        return this;
    }

    /// <summary>Adds a county.</summary>
    /// <param name="county">The county.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.counties[i]</c>.</param>
    /// <returns>This builder.</returns>
    public RosterBuilder AddCounty(County county, string? path = null)
    {
        _counties.Add((Preconditions.CheckNotNull(county, nameof(county)), path ?? Locations.Default("counties", _counties.Count)));
        return this;
    }

    /// <summary>Adds a village.</summary>
    /// <param name="village">The village.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.villages[i]</c>.</param>
    /// <returns>This builder.</returns>
    public RosterBuilder AddVillage(Village village, string? path = null)
    {
        _villages.Add((Preconditions.CheckNotNull(village, nameof(village)), path ?? Locations.Default("villages", _villages.Count)));
        return this;
    }

    /// <summary>Adds a county pairing.</summary>
    /// <param name="pairing">The pairing.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.countyPairings[i]</c>.</param>
    /// <returns>This builder.</returns>
    public RosterBuilder AddPairing(CountyPairing pairing, string? path = null)
    {
        _pairings.Add((Preconditions.CheckNotNull(pairing, nameof(pairing)), path ?? Locations.Default("countyPairings", _pairings.Count)));
        return this;
    }

    /// <summary>Adds a stationed cadre.</summary>
    /// <param name="cadre">The cadre and posting.</param>
    /// <param name="path">Where the record came from; defaults to <c>$.cadres[i]</c>.</param>
    /// <returns>This builder.</returns>
    public RosterBuilder AddCadre(StationedCadre cadre, string? path = null)
    {
        _cadres.Add((Preconditions.CheckNotNull(cadre, nameof(cadre)), path ?? Locations.Default("cadres", _cadres.Count)));
        return this;
    }

    /// <summary>
    /// Builds the roster, or reports every duplicate identifier (<c>duplicate-id</c>) and every reference that does not
    /// resolve (<c>unknown-reference</c>).
    /// </summary>
    /// <returns>The roster, or all its problems.</returns>
    public BuildResult<Roster> Build()
    {
        var problems = new List<Problem>();
        var unitIndex = new Dictionary<UnitId, int>();
        var leaderIndex = new Dictionary<LeaderId, (int, int)>();
        var countyIndex = new Dictionary<DivisionCode, int>();
        var villageIndex = new Dictionary<VillageCode, int>();
        var cadreIndex = new Dictionary<CadreId, int>();

        for (int u = 0; u < _units.Count; u++)
        {
            (AssistanceUnit unit, string path) = _units[u];
            if (!unitIndex.TryAdd(unit.Id, u))
            {
                problems.Add(Duplicate(path + ".id", "unit", "单位", unit.Id.Value, _units[unitIndex[unit.Id]].Path));
            }
            for (int l = 0; l < unit.Leaders.Length; l++)
            {
                LeaderId leader = unit.Leaders[l].Id;
                if (!leaderIndex.TryAdd(leader, (u, l)))
                {
                    (int ou, int ol) = leaderIndex[leader];
                    problems.Add(Duplicate(LeaderPath(u, l) + ".id", "leader", "领导", leader.Value, LeaderPath(ou, ol)));
                }
            }
        }
        for (int c = 0; c < _counties.Count; c++)
        {
            (County county, string path) = _counties[c];
            if (!countyIndex.TryAdd(county.Code, c))
            {
                problems.Add(Duplicate(path + ".code", "county", "县", county.Code.Value, _counties[countyIndex[county.Code]].Path));
            }
        }
        for (int v = 0; v < _villages.Count; v++)
        {
            (Village village, string path) = _villages[v];
            if (!villageIndex.TryAdd(village.Code, v))
            {
                problems.Add(Duplicate(path + ".code", "village", "村", village.Code.Value, _villages[villageIndex[village.Code]].Path));
            }
            if (!countyIndex.ContainsKey(village.County))
            {
                problems.Add(Unknown(path + ".county", "county", "县", village.County.Value));
            }
        }
        foreach ((CountyPairing pairing, string path) in _pairings)
        {
            if (!countyIndex.ContainsKey(pairing.County))
            {
                problems.Add(Unknown(path + ".county", "county", "县", pairing.County.Value));
            }
            if (!unitIndex.ContainsKey(pairing.Lead))
            {
                problems.Add(Unknown(path + ".lead", "unit", "单位", pairing.Lead.Value));
            }
            for (int i = 0; i < pairing.Participants.Length; i++)
            {
                if (!unitIndex.ContainsKey(pairing.Participants[i]))
                {
                    problems.Add(Unknown($"{path}.participants[{i}]", "unit", "单位", pairing.Participants[i].Value));
                }
            }
        }
        for (int k = 0; k < _cadres.Count; k++)
        {
            (StationedCadre cadre, string path) = _cadres[k];
            if (!cadreIndex.TryAdd(cadre.Id, k))
            {
                problems.Add(Duplicate(path + ".id", "cadre", "驻村干部", cadre.Id.Value, _cadres[cadreIndex[cadre.Id]].Path));
            }
            if (!unitIndex.ContainsKey(cadre.Unit))
            {
                problems.Add(Unknown(path + ".unit", "unit", "单位", cadre.Unit.Value));
            }
            if (!villageIndex.ContainsKey(cadre.Village))
            {
                problems.Add(Unknown(path + ".village", "village", "村", cadre.Village.Value));
            }
        }

        if (problems.Count > 0)
        {
            return BuildResult<Roster>.ForProblems([.. problems]);
        }
        return BuildResult<Roster>.ForValue(new Roster(
            ToArray(_units), ToArray(_counties), ToArray(_villages), ToArray(_pairings), ToArray(_cadres),
            unitIndex, countyIndex, villageIndex, cadreIndex, leaderIndex));
    }

    /// <summary>The codes of the villages added, in the order of addition (duplicates included).</summary>
    internal IEnumerable<VillageCode> VillageCodes
    {
        get
        {
            foreach ((Village village, _) in _villages)
            {
                yield return village.Code;
            }
        }
    }

    /// <summary>
    /// A roster from the same records with every duplicate dropped and every dangling reference made to resolve, so that
    /// the ledger-side records can still be checked when <see cref="Build"/> reports problems (see
    /// <see cref="PairingCaseBuilder"/>). Pairings are left out; with <paramref name="withCadres"/> the cadres are kept,
    /// with a unit and a village made up for each that names none of the roster. Counties made up for villages are
    /// collected in <paramref name="synthetic"/>: a record naming one is still an unknown reference. Null when not even
    /// that roster can be built.
    /// </summary>
    internal Roster? BuildRepaired(bool withCadres, HashSet<DivisionCode> synthetic)
    {
        var builder = new RosterBuilder();
        var units = new HashSet<UnitId>();
        var leaders = new HashSet<LeaderId>();
        var counties = new HashSet<DivisionCode>();
        var villages = new HashSet<VillageCode>();
        foreach ((AssistanceUnit unit, _) in _units)
        {
            if (units.Add(unit.Id))
            {
                var kept = new List<Leader>();
                foreach (Leader leader in unit.Leaders)
                {
                    if (leaders.Add(leader.Id))
                    {
                        kept.Add(leader);
                    }
                }
                builder.AddUnit(new AssistanceUnit(unit.Id, unit.Name, unit.Kind, unit.Mechanism, kept));
            }
        }
        foreach ((County county, _) in _counties)
        {
            if (counties.Add(county.Code))
            {
                builder.AddCounty(county);
            }
        }
        void AddVillage(Village village)
        {
            if (villages.Add(village.Code))
            {
                if (counties.Add(village.County))
                {
                    synthetic.Add(village.County);
                    builder.AddCounty(new County(village.County, string.Empty, Region.Other, 1, null));
                }
                builder.AddVillage(village);
            }
        }
        foreach ((Village village, _) in _villages)
        {
            AddVillage(village);
        }
        if (withCadres)
        {
            var cadres = new HashSet<CadreId>();
            foreach ((StationedCadre cadre, _) in _cadres)
            {
                if (!cadres.Add(cadre.Id))
                {
                    continue;
                }
                if (units.Add(cadre.Unit))
                {
                    builder.AddUnit(new AssistanceUnit(cadre.Unit, string.Empty, UnitKind.ProvincialDepartment, FourInOneMechanism.None, []));
                }
                AddVillage(new Village(cadre.Village, cadre.Village.County, string.Empty, 1, null));
                builder.AddCadre(cadre);
            }
        }
        BuildResult<Roster> result = builder.Build();
        return result.Success ? result.Value : null;
    }

    private static ImmutableArray<T> ToArray<T>(List<(T Value, string Path)> records)
    {
        ImmutableArray<T>.Builder builder = ImmutableArray.CreateBuilder<T>(records.Count);
        foreach ((T value, _) in records)
        {
            builder.Add(value);
        }
        return builder.MoveToImmutable();
    }

    /// <summary>The locator of leader <paramref name="leader"/> of unit <paramref name="unit"/>: the caller's, or the default.</summary>
    private string LeaderPath(int unit, int leader) =>
        _leaderPaths[unit]?[leader] ?? string.Create(CultureInfo.InvariantCulture, $"{_units[unit].Path}.leaders[{leader}]");


    /// <summary>A <c>duplicate-id</c>; <paramref name="what"/> and <paramref name="whatZh"/> name the kind of record in English and Chinese.</summary>
    private static Problem Duplicate(string path, string what, string whatZh, string id, string firstPath) =>
        new(path, ProblemCodes.DuplicateId, $"{what} '{id}' is already used by {firstPath}",
            $"{whatZh}“{id}”已被 {firstPath} 使用");

    /// <summary>An <c>unknown-reference</c>; <paramref name="what"/> and <paramref name="whatZh"/> name the kind of record in English and Chinese.</summary>
    private static Problem Unknown(string path, string what, string whatZh, string id) =>
        new(path, ProblemCodes.UnknownReference, $"no {what} '{id}' in the roster", $"名册中没有{whatZh}“{id}”");
}
