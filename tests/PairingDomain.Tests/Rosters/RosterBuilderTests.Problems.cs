using System;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Rosters;

/// <summary>
/// Every problem names the record it is about (issue 7: emptying those messages survived), and records are located at the path the
/// caller gave or at their index among all records added.
/// </summary>
public sealed partial class RosterBuilderTests
{
    [Fact]
    public void RosterBuild_EveryProblem_NamesWhatKindOfRecordAndItsId()
    {
        static AssistanceUnit Unit(string id, params string[] leaders) => new(new UnitId(id), "单位", UnitKind.University,
            FourInOneMechanism.None, leaders.Select(l => new Leader(new LeaderId(l), "甲", LeaderPost.MainLeader, R("2016-01-01"))));
        County county = new(DivisionCode.Parse(C1), "县", Region.Yi, 2020, null);
        Village village = new(VillageCode.Parse(V1), DivisionCode.Parse(C1), "村", 2020, null);
        Village elsewhere = new(VillageCode.Parse(V2), DivisionCode.Parse(C2), "村", 2020, null);
        StationedCadre cadre = new(new CadreId("K-1"), "李", new UnitId(U1), VillageCode.Parse(V1), CadrePost.TeamMember, R("2019-01-01"));
        StationedCadre astray = new(new CadreId("K-1"), "李", new UnitId("U-7"), VillageCode.Parse(V3), CadrePost.TeamMember, R("2019-01-01"));

        Problem[] problems = [.. new RosterBuilder()
            .AddUnit(Unit(U1, "L-1"), "$.r[0]").AddUnit(Unit(U1), "$.r[1]").AddUnit(Unit(U2, "L-1"), "$.r[2]")
            .AddCounty(county, "$.r[3]").AddCounty(county, "$.r[4]")
            .AddVillage(village, "$.r[5]").AddVillage(village, "$.r[6]").AddVillage(elsewhere, "$.r[7]")
            .AddPairing(new CountyPairing(DivisionCode.Parse(C3), new UnitId("U-9"), [new UnitId("U-8")], R("2019-01-01")), "$.r[8]")
            .AddCadre(cadre, "$.r[9]").AddCadre(astray, "$.r[10]")
            .Build().Problems];

        (string Path, string What, string Id, string? First)[] expected =
        [
            ("$.r[1].id", "unit", U1, "$.r[0]"),
            ("$.r[2].leaders[0].id", "leader", "L-1", "$.r[0].leaders[0]"),
            ("$.r[4].code", "county", C1, "$.r[3]"),
            ("$.r[6].code", "village", V1, "$.r[5]"),
            ("$.r[7].county", "county", C2, null),
            ("$.r[8].county", "county", C3, null),
            ("$.r[8].lead", "unit", "U-9", null),
            ("$.r[8].participants[0]", "unit", "U-8", null),
            ("$.r[10].id", "cadre", "K-1", "$.r[9]"),
            ("$.r[10].unit", "unit", "U-7", null),
            ("$.r[10].village", "village", V3, null),
        ];
        problems.Select(p => p.Path).Should().Equal(expected.Select(e => e.Path));
        foreach ((Problem problem, var e) in problems.Zip(expected))
        {
            string message = problem.Message;
            if (e.First is not null)
            {
                message.Should().Contain(e.First);
                message = message.Replace(e.First, "", StringComparison.Ordinal);
            }
            message.Should().Contain(e.What, problem.Path).And.Contain(e.Id, problem.Path);
        }
    }
}
