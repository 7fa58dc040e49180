using System.Collections.Generic;
using NodaTime;
using PairingDomain.Cadres;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.Json.Reading;

/// <summary>
/// The repair of bad records: placeholders for bad values, and the repaired roster that activities and grades are
/// checked against when the roster itself has problems.
/// </summary>
internal sealed partial class CaseParser
{
    /// <summary>Begins every placeholder identifier: no valid identifier of the input begins so, by its own rules.</summary>
    private const string DummyPrefix = "\uFFFF";

    private static readonly DivisionCode s_dummyCounty = DivisionCode.Parse("999999");
    private static readonly VillageCode s_dummyVillage = VillageCode.Parse("999999999999");
    private static readonly LocalDate s_dummyDate = new(1, 1, 1);

    /// <summary>A placeholder identifier unique to the record or field at <paramref name="path"/>.</summary>
    private static string Dummy(string path) => DummyPrefix + path;

    /// <summary>
    /// A roster from the same records with every duplicate dropped and every dangling reference made to resolve, so that
    /// activities and grades can still be checked when the roster has problems. Counties made up for villages are
    /// collected in <paramref name="synthetic"/>: an activity naming one is still an unknown reference.
    /// </summary>
    private Roster? Repaired(bool withCadres, HashSet<DivisionCode> synthetic)
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
}
