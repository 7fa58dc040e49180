using System.Linq;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Rosters;

/// <summary>
/// A path given to the builder is the path of that record's problems (issue 7: ignoring it survived), so a reader that
/// skipped invalid records still reports at the source's indices.
/// </summary>
public sealed partial class RosterBuilderTests
{
    private static AssistanceUnit Unit(string id) => new(new UnitId(id), "单位", UnitKind.University, FourInOneMechanism.None, []);

    [Fact]
    public void Build_GivenPaths_AreThePathsOfEveryKindOfRecord()
    {
        County county = new(DivisionCode.Parse(C1), "县", Region.Yi, 2020, null);
        Village village = new(VillageCode.Parse(V1), DivisionCode.Parse(C1), "村", 2020, null);
        var pairing = new CountyPairing(DivisionCode.Parse(C2), new UnitId(U1), [], R("2019-01-01"));

        var problems = new RosterBuilder()
            .AddUnit(Unit(U1), "$.units[3]").AddUnit(Unit(U1), "$.units[7]")
            .AddCounty(county, "$.counties[4]").AddCounty(county, "$.counties[8]")
            .AddVillage(village, "$.villages[5]").AddVillage(village, "$.villages[9]")
            .AddPairing(pairing, "$.countyPairings[6]")
            .Build().Problems.Select(p => (p.Path, p.Code)).ToList();

        problems.Should().BeEquivalentTo(new[]
        {
            ("$.units[7].id", ProblemCodes.DuplicateId),
            ("$.counties[8].code", ProblemCodes.DuplicateId),
            ("$.villages[9].code", ProblemCodes.DuplicateId),
            ("$.countyPairings[6].county", ProblemCodes.UnknownReference),
        });
    }

    [Fact]
    public void Build_DuplicateMessage_NamesTheFirstRecordsPath()
    {
        var problem = new RosterBuilder().AddUnit(Unit(U1), "$.units[3]").AddUnit(Unit(U1), "$.units[7]").Build().Problems.Single();

        problem.Message.Should().Contain(U1).And.Contain("$.units[3]");
    }
}
