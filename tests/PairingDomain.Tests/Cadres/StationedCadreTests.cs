using System;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Cadres;

public sealed partial class StationedCadreTests
{
    [Fact]
    public void Constructor_DefaultIdentifiers_Throw()
    {
        Action noId = () => _ = new StationedCadre(default, "李", new UnitId(U1), VillageCode.Parse(V1), CadrePost.TeamMember, R("2019-01-01"));
        Action noUnit = () => _ = new StationedCadre(new CadreId("C-1"), "李", default, VillageCode.Parse(V1), CadrePost.TeamMember, R("2019-01-01"));
        Action noVillage = () => _ = new StationedCadre(new CadreId("C-1"), "李", new UnitId(U1), default, CadrePost.TeamMember, R("2019-01-01"));
        noId.Should().Throw<ArgumentException>();
        noUnit.Should().Throw<ArgumentException>();
        noVillage.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void CadrePost_FirstSecretary_IsFirst()
    {
        CadrePost.FromValue(1).Should().Be(CadrePost.FirstSecretary);
        CadrePost.List.Should().HaveCount(3);
    }
}
