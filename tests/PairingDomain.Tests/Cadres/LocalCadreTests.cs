using PairingDomain.Cadres;
using PairingDomain.Places;
using PairingDomain.Time;
using static PairingDomain.Tests.Support.Refusal;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Cadres;

/// <summary>A local work-team member (case-format-2.md §1, <c>localCadres</c>): its guards and what it keeps.</summary>
public sealed class LocalCadreTests
{
    private static readonly DateRange s_since2019 = R("2019-01-01");
    private static readonly VillageCode s_village = VillageCode.Parse(V1);

    [Fact]
    public void LocalCadre_DefaultIdOrVillage_SaysWhichIsDefault()
    {
        ShouldRefuse(() => _ = new LocalCadre(default, "王", LocalCadreLevel.County, s_village, CadrePost.TeamMember, s_since2019), "id", "default");
        ShouldRefuse(() => _ = new LocalCadre(new CadreId("L-1"), "王", LocalCadreLevel.County, default, CadrePost.TeamMember, s_since2019), "village", "default");
    }

    [Fact]
    public void LocalCadre_NullNameLevelOrPost_IsRefused()
    {
        ShouldRefuseNull(() => _ = new LocalCadre(new CadreId("L-1"), null!, LocalCadreLevel.County, s_village, CadrePost.TeamMember, s_since2019), "name");
        ShouldRefuseNull(() => _ = new LocalCadre(new CadreId("L-1"), "王", null!, s_village, CadrePost.TeamMember, s_since2019), "level");
        ShouldRefuseNull(() => _ = new LocalCadre(new CadreId("L-1"), "王", LocalCadreLevel.County, s_village, null!, s_since2019), "post");
    }

    [Fact]
    public void LocalCadre_Properties_KeepWhatWasGiven()
    {
        var cadre = new LocalCadre(new CadreId("L-7"), "王五", LocalCadreLevel.Township, s_village, CadrePost.TeamLeader, R("2019-02-01", "2020-01-31"));

        (cadre.Id, cadre.Name, cadre.Level, cadre.Village, cadre.Post, cadre.Posting)
            .Should().Be((new CadreId("L-7"), "王五", LocalCadreLevel.Township, s_village, CadrePost.TeamLeader, R("2019-02-01", "2020-01-31")));
    }
}
