using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment;

namespace PairingDomain.Testing.Tests;

/// <summary>
/// The synthetic province's party building (case-format-2.md §1, §III.5), with <see cref="SyntheticOptions.IncludeCadreWork"/>:
/// party pairings for most posted villages, some party lectures and branch guidance; none without the option.
/// </summary>
public sealed class SyntheticProvincePartyBuildingTests
{
    private static readonly PairingCase s_case = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true });

    [Fact]
    public void Version2Case_PairsMostPostedVillages()
    {
        AnnualAssessment a = s_case.Assess();
        int posted = a.Units.Sum(u => u.Links!.PartyBuilding!.PostedVillages);
        int paired = a.Units.Sum(u => u.Links!.PartyBuilding!.PairedVillages);
        posted.Should().BePositive();
        ((double)paired / posted).Should().BeInRange(0.7, 0.97, "most posted villages, not all, have a party pairing");
        s_case.PartyPairings.Pairings.Should().NotBeEmpty();
    }

    [Fact]
    public void Version2Case_HasPartyLecturesAndBranchGuidance()
    {
        AnnualAssessment a = s_case.Assess();
        a.Units.Sum(u => u.Links!.PartyBuilding!.PartyLectures).Should().BePositive();
        a.Units.Sum(u => u.Links!.PartyBuilding!.BranchGuidance).Should().BePositive();
    }

    [Fact]
    public void Version1Case_HasNoPartyBuilding()
    {
        PairingCase plain = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019);
        plain.PartyPairings.Pairings.Should().BeEmpty();
        plain.Ledger.Should().NotContain(x => x.Kind.IsPartyBuilding);
    }
}
