using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Benchmarks.Data;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.Benchmarks.Assessment;

/// <summary>
/// A single unit's assessment: a case holding one lead unit of the province case with its counties, their villages,
/// its cadres, their grades and its activities — the latency of assessing one unit on demand.
/// </summary>
[MemoryDiagnoser]
public class UnitAssessmentBenchmarks
{
    private PairingCase _unit = null!;

    /// <summary>Cuts the first unit that leads a county and takes part in no other pairing out of the province case.</summary>
    [GlobalSetup]
    public void Setup() => _unit = OneUnit(Cases.Get(Scale.Province));

    /// <summary>The cut-out case, for the report and the tests.</summary>
    public PairingCase Case => _unit;

    /// <summary>Assesses the unit.</summary>
    /// <returns>The assessment.</returns>
    [Benchmark]
    public AnnualAssessment SingleUnit() => _unit.Assess();

    /// <summary>Cuts one unit's records out of a case.</summary>
    /// <param name="source">The case.</param>
    /// <returns>A case with that unit only.</returns>
    public static PairingCase OneUnit(PairingCase source)
    {
        System.ArgumentNullException.ThrowIfNull(source);
        global::PairingDomain.Rosters.Roster roster = source.Roster;
        AssistanceUnit unit = roster.Units.First(u =>
            roster.Pairings.Any(p => p.Lead == u.Id) && !roster.Pairings.Any(p => p.Participants.Contains(u.Id)));
        CountyPairing[] pairings = [.. roster.Pairings.Where(p => p.Lead == unit.Id).Select(p => new CountyPairing(p.County, p.Lead, [], p.Validity))];
        HashSet<DivisionCode> counties = [.. pairings.Select(p => p.County)];
        var builder = new RosterBuilder().AddUnit(unit);
        foreach (County county in roster.Counties.Where(c => counties.Contains(c.Code)))
        {
            builder.AddCounty(county);
        }
        foreach (Village village in roster.Villages.Where(v => counties.Contains(v.County)))
        {
            builder.AddVillage(village);
        }
        foreach (CountyPairing pairing in pairings)
        {
            builder.AddPairing(pairing);
        }
        StationedCadre[] cadres = [.. roster.Cadres.Where(c => c.Unit == unit.Id && counties.Contains(c.Village.County))];
        foreach (StationedCadre cadre in cadres)
        {
            builder.AddCadre(cadre);
        }
        global::PairingDomain.Rosters.Roster one = builder.Build().GetValueOrThrow();

        var grades = new GradeBookBuilder(one, source.Grades.Scale);
        foreach (StationedCadre cadre in cadres)
        {
            if (source.Grades.GradeOf(cadre.Id, source.Year) is { } grade)
            {
                grades.Add(new AnnualGrade(cadre.Id, source.Year, grade));
            }
        }
        var ledger = new ActivityLedgerBuilder(one);
        foreach (Activity activity in source.Ledger.Where(a => a.Unit == unit.Id && (a.County is null || counties.Contains(a.County.Value))))
        {
            ledger.Add(activity);
        }
        return new PairingCase(source.Edition, source.Year, source.AsOf, ledger.Build().GetValueOrThrow(), grades.Build().GetValueOrThrow());
    }
}
