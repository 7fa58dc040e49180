using System;
using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;

namespace PairingDomain.Testing.Tests;

/// <summary>
/// A pairing-case/2 case's optional parts (cadres' work, outcomes, exit indicators, party pairings): each With… method
/// replaces its own part and keeps every other, and the assessment reads them all.
/// </summary>
public sealed class SyntheticCasePartsTests
{
    private static readonly Lazy<PairingCase> s_case =
        new(() => SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true }));

    private static void KeepsTheParts(PairingCase with, PairingCase original)
    {
        with.CadreWork.Should().BeSameAs(original.CadreWork);
        with.Outcomes.Should().BeSameAs(original.Outcomes);
        with.ExitIndicators.Should().BeSameAs(original.ExitIndicators);
        with.PartyPairings.Should().BeSameAs(original.PartyPairings);
    }

    [Fact]
    public void GeneratedCase_HasEveryPart()
    {
        PairingCase c = s_case.Value;

        c.Outcomes.Should().NotBeEmpty();
        c.ExitIndicators.Villages.Should().NotBeEmpty();
        c.PartyPairings.Pairings.Should().NotBeEmpty();
    }

    [Fact]
    public void EachWithMethod_KeepsTheOtherParts()
    {
        PairingCase c = s_case.Value;

        KeepsTheParts(c.WithCadreWork(c.CadreWork), c);
        KeepsTheParts(c.WithEdition(PolicyEditions.Sichuan2019), c);
        KeepsTheParts(c.WithOutcomes(c.Outcomes), c);
        KeepsTheParts(c.WithExitIndicators(c.ExitIndicators), c);
        KeepsTheParts(c.WithPartyPairings(c.PartyPairings), c);
    }

    [Fact]
    public void Assess_ReadsThePartyPairingsBesideTheOtherParts()
    {
        PairingCase c = s_case.Value;
        PairingCase without = c.WithPartyPairings(Party.PartyPairingBook.Empty(c.Roster));

        AnnualAssessment with = c.Assess(), none = without.Assess();

        with.Exits.Villages.Should().NotBeEmpty();
        none.Exits.Villages.Should().BeEquivalentTo(with.Exits.Villages, o => o.WithStrictOrdering());
        with.Units.Sum(u => u.Links!.PartyBuilding!.PairedVillages).Should().BeGreaterThan(0);
        none.Units.Sum(u => u.Links!.PartyBuilding!.PairedVillages).Should().Be(0);
    }
}
