using System;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.Refusal;
using static PairingDomain.Tests.Support.TestRoster;
using NodaTime;

namespace PairingDomain.Tests.Cadres;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class StationedCadreTests
{
    private static readonly DateRange s_since2019 = R("2019-01-01");

    [Fact]
    public void StationedCadre_DefaultIdUnitOrVillage_SaysWhichIsDefault()
    {
        VillageCode village = VillageCode.Parse(V1);

        ShouldRefuse(() => _ = new StationedCadre(default, "李", new UnitId(U1), village, CadrePost.TeamMember, s_since2019), "id", "default");
        ShouldRefuse(() => _ = new StationedCadre(new CadreId("K-1"), "李", default, village, CadrePost.TeamMember, s_since2019), "unit", "default");
        ShouldRefuse(() => _ = new StationedCadre(new CadreId("K-1"), "李", new UnitId(U1), default, CadrePost.TeamMember, s_since2019), "village", "default");
    }

    [Fact]
    public void StationedCadre_Properties_KeepWhatWasGiven()
    {
        var cadre = new StationedCadre(new CadreId("C-9"), "李四", new UnitId(U1), VillageCode.Parse(V1), CadrePost.TeamLeader, R("2019-01-01"));

        (cadre.Name, cadre.Post).Should().Be(("李四", CadrePost.TeamLeader));
    }
}
