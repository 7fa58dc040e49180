using System;
using NodaTime;
using PairingDomain.Exits;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests;

/// <summary>
/// A case re-dated with <see cref="PairingCase.WithAsOf"/> (the assessment service's <c>?asOf=</c>) keeps its other parts
/// and assesses as a case built with that date.
/// </summary>
public sealed class PairingCaseAsOfTests
{
    [Fact]
    public void WithAsOf_KeepsTheOtherPartsAndLeavesTheOriginal()
    {
        PairingCase original = StandardCase(out Roster roster);
        ExitIndicatorBook book = new ExitIndicatorBookBuilder(roster, PolicyEditions.Sichuan2019).AddVillage(ExitCases.Village()).Build().Value;
        PairingCase withBook = original.WithExitIndicators(book);
        var asOf = new LocalDate(2019, 6, 30);

        PairingCase dated = withBook.WithAsOf(asOf);

        dated.AsOf.Should().Be(asOf);
        dated.Year.Should().Be(2019);
        dated.Ledger.Should().BeSameAs(original.Ledger);
        dated.Grades.Should().BeSameAs(original.Grades);
        dated.CadreWork.Should().BeSameAs(original.CadreWork);
        dated.HasCadreWork.Should().BeTrue();
        dated.ExitIndicators.Should().BeSameAs(book);
        withBook.AsOf.Should().BeNull();
        dated.WithAsOf(null).AsOf.Should().BeNull();
    }

    [Fact]
    public void WithAsOf_AssessesAsACaseBuiltWithThatDate()
    {
        PairingCase original = StandardCase(out _);
        var asOf = new LocalDate(2019, 3, 31);
        var built = new PairingCase(original.Edition, original.Year, asOf, original.Ledger, original.Grades, original.CadreWork);

        PairingDomain.Assessment.AnnualAssessment dated = original.WithAsOf(asOf).Assess();

        dated.AsOf.Should().Be(asOf);
        dated.Units.Should().BeEquivalentTo(built.Assess().Units, o => o.WithStrictOrdering());
    }

    [Fact]
    public void WithAsOf_ADateOutsideTheYear_Throws()
    {
        PairingCase c = StandardCase(out _);
        Action outside = () => _ = c.WithAsOf(new LocalDate(2020, 1, 1));
        outside.Should().Throw<ArgumentException>().WithParameterName("asOf");
    }
}
