using System;
using PairingDomain.Exits;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests;

/// <summary>A case carries its exit indicator records (case-format-2.md §1) for the same roster, keeping its other parts.</summary>
public sealed class PairingCaseExitsTests
{
    [Fact]
    public void WithExitIndicators_KeepsTheOtherPartsAndLeavesTheOriginal()
    {
        PairingCase original = StandardCase(out Roster roster);
        ExitIndicatorBook book = new ExitIndicatorBookBuilder(roster, PolicyEditions.Sichuan2019).AddVillage(ExitCases.Village()).Build().Value;

        PairingCase with = original.WithExitIndicators(book);

        with.ExitIndicators.Should().BeSameAs(book);
        with.CadreWork.Should().BeSameAs(original.CadreWork);
        with.HasCadreWork.Should().BeTrue();
        original.ExitIndicators.Villages.Should().BeEmpty();
        with.Assess().Exits.Villages.Should().ContainSingle();
    }

    [Fact]
    public void WithExitIndicators_AnotherRosterOrNull_Throws()
    {
        PairingCase c = StandardCase(out _);
        Roster other = Standard().BuildRoster();
        Action another = () => _ = c.WithExitIndicators(ExitIndicatorBook.Empty(other));
        Action none = () => _ = c.WithExitIndicators(null!);
        another.Should().Throw<ArgumentException>().WithParameterName("indicators");
        none.Should().Throw<ArgumentNullException>();
    }
}
