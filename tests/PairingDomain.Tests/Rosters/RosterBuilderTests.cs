using System.Linq;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Tests.Support;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Rosters;

public sealed partial class RosterBuilderTests
{
    [Fact]
    public void Build_DanglingReferencesAndDuplicateIds_AreAllReportedAtOnceWithPaths()
    {
        BuildResult<PairingDomain.Rosters.Roster> result = new TestRoster()
            .Unit(U1).Main(U1, "L-1")
            .Unit(U1)
            .Unit(U2).Main(U2, "L-1")
            .County(C1).County(C1)
            .Village(V1).Village(V1).Village(V2)
            .Pairing(C3, "U-9", participants: [U2, "U-8"])
            .Cadre("K-1", U1, V1).Cadre("K-1", "U-7", V3)
            .TryBuildRoster();

        result.Success.Should().BeFalse();
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.units[1].id", ProblemCodes.DuplicateId),
            ("$.units[2].leaders[0].id", ProblemCodes.DuplicateId),
            ("$.counties[1].code", ProblemCodes.DuplicateId),
            ("$.villages[1].code", ProblemCodes.DuplicateId),
            ("$.villages[2].county", ProblemCodes.UnknownReference),
            ("$.countyPairings[0].county", ProblemCodes.UnknownReference),
            ("$.countyPairings[0].lead", ProblemCodes.UnknownReference),
            ("$.countyPairings[0].participants[1]", ProblemCodes.UnknownReference),
            ("$.cadres[1].id", ProblemCodes.DuplicateId),
            ("$.cadres[1].unit", ProblemCodes.UnknownReference),
            ("$.cadres[1].village", ProblemCodes.UnknownReference));
    }

    [Fact]
    public void Build_CallerPaths_AreKeptSoIndicesMatchTheSource()
    {
        var unit = new AssistanceUnit(new UnitId(U1), "厅", UnitKind.University, CompleteMechanism, []);
        var result = new RosterBuilder()
            .AddUnit(unit, "$.units[0]")
            .AddCounty(new County(DivisionCode.Parse(C1), "普格县", Region.Yi, 2020, null), "$.counties[3]")
            .AddCadre(new StationedCadre(new CadreId("K-1"), "李", new UnitId(U1), VillageCode.Parse(V1), CadrePost.TeamMember, R("2019-01-01")), "$.cadres[5]")
            .Build();
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("$.cadres[5].village", ProblemCodes.UnknownReference));
    }

    [Fact]
    public void Build_SoundRoster_ResolvesEveryReference()
    {
        var roster = Standard().Unit(U2).Pairing(C1, U2, "2016-01-01", "2017-12-31").BuildRoster();
        roster.FindUnit(new UnitId(U1))!.Leaders.Should().HaveCount(2);
        roster.FindLeader(new LeaderId(D1))!.Value.Unit.Id.Value.Should().Be(U1);
        roster.FindCounty(DivisionCode.Parse(C1)).Should().NotBeNull();
        roster.FindVillage(VillageCode.Parse(V1)).Should().NotBeNull();
        roster.FindCadre(new CadreId("K-1")).Should().NotBeNull();
        roster.FindUnit(new UnitId("U-9")).Should().BeNull();
        roster.Findings.Should().BeEmpty();
        roster.Assists(new UnitId(U2), DivisionCode.Parse(C1), D("2017-12-31")).Should().BeTrue();
        roster.Assists(new UnitId(U2), DivisionCode.Parse(C1), D("2018-01-01")).Should().BeFalse();
        roster.LeadsOf(DivisionCode.Parse(C1), D("2019-06-01")).Select(u => u.Value).Should().Equal(U1);
        roster.PairingsOf(new UnitId(U2)).Should().ContainSingle();
    }

    [Fact]
    public void Build_WithoutAnyRecord_IsAnEmptyRoster()
    {
        var roster = new RosterBuilder().Build().GetValueOrThrow();
        roster.Units.Should().BeEmpty();
        roster.Findings.Should().BeEmpty();
        roster.CoverageFindings(2019).Should().BeEmpty();
    }
}
