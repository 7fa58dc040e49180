using BenchmarkDotNet.Attributes;
using PairingDomain.Benchmarks.Data;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.Benchmarks.Rosters;

/// <summary>Building the roster: every unit, county, village, pairing and cadre added, checked and indexed.</summary>
[MemoryDiagnoser]
public class RosterBuilderBenchmarks
{
    private AssistanceUnit[] _units = [];
    private County[] _counties = [];
    private Village[] _villages = [];
    private CountyPairing[] _pairings = [];
    private StationedCadre[] _cadres = [];

    /// <summary>The scale.</summary>
    [Params(Scale.Province, Scale.National)]
    public Scale Scale { get; set; }

    /// <summary>Takes the records of the generated roster.</summary>
    [GlobalSetup]
    public void Setup()
    {
        global::PairingDomain.Rosters.Roster roster = Cases.Get(Scale).Roster;
        _units = [.. roster.Units];
        _counties = [.. roster.Counties];
        _villages = [.. roster.Villages];
        _pairings = [.. roster.Pairings];
        _cadres = [.. roster.Cadres];
    }

    /// <summary>Builds the roster.</summary>
    /// <returns>The roster.</returns>
    [Benchmark]
    public global::PairingDomain.Rosters.Roster Build()
    {
        var builder = new RosterBuilder();
        foreach (AssistanceUnit unit in _units)
        {
            builder.AddUnit(unit);
        }
        foreach (County county in _counties)
        {
            builder.AddCounty(county);
        }
        foreach (Village village in _villages)
        {
            builder.AddVillage(village);
        }
        foreach (CountyPairing pairing in _pairings)
        {
            builder.AddPairing(pairing);
        }
        foreach (StationedCadre cadre in _cadres)
        {
            builder.AddCadre(cadre);
        }
        return builder.Build().GetValueOrThrow();
    }
}
