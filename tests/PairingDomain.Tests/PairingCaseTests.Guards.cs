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

namespace PairingDomain.Tests;

/// <summary>
/// Argument checks of the constructor and the effective as-of date (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class PairingCaseTests
{
    private static readonly Roster s_rosterOfTwo = Standard().Unit(U2).Main(U2, M2).County(C2).Village(V2).BuildRoster();

    private static PairingCase Case(int year, string? asOf, GradeScale? scale = null, Roster? gradedRoster = null) =>
        new(PolicyEditions.Sichuan2019, year, asOf is null ? null : D(asOf), Standard().BuildLedger(s_rosterOfTwo),
            GradeBook.Empty(gradedRoster ?? s_rosterOfTwo, scale ?? GradeScale.ThreeGrade));

    [Fact]
    public void PairingCaseEffectiveAsOf_Given_IsTheGivenDate()
    {
        PairingCase pairingCase = Case(2019, "2019-06-30");

        pairingCase.AsOf.Should().Be(D("2019-06-30"));
        pairingCase.EffectiveAsOf.Should().Be(D("2019-06-30"));
    }

    [Fact]
    public void PairingCaseEffectiveAsOf_NotGiven_IsTheYearsLastDay()
    {
        PairingCase pairingCase = Case(2020, null);

        pairingCase.AsOf.Should().BeNull();
        pairingCase.EffectiveAsOf.Should().Be(D("2020-12-31"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void PairingCase_YearOutOfRange_IsRefused(int year) =>
        FluentActions.Invoking(() => Case(year, null)).Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(nameof(year));

    [Theory]
    [InlineData(1)]
    [InlineData(9998)]
    public void PairingCase_YearAtTheEdgesOfItsRange_IsKept(int year) => Case(year, null).Year.Should().Be(year);

    [Fact]
    public void PairingCase_AsOfInAnotherYear_NamesDateAndYear() =>
        FluentActions.Invoking(() => Case(2019, "2018-12-31")).Should().ThrowExactly<ArgumentException>().WithParameterName("asOf")
            .Which.Message.Should().Contain("2018-12-31").And.Contain("2019");

    [Fact]
    public void PairingCase_GradesOfAnotherRoster_SaysRoster() =>
        FluentActions.Invoking(() => Case(2019, null, gradedRoster: Standard().BuildRoster())).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("grades").Which.Message.Should().Contain("roster");

    [Fact]
    public void PairingCase_GradesOnAnotherScale_SaysScale() =>
        FluentActions.Invoking(() => Case(2019, null, scale: GradeScale.FourGrade)).Should().ThrowExactly<ArgumentException>()
            .WithParameterName("grades").Which.Message.Should().Contain("scale");

    [Fact]
    public void PairingCase_NullParts_AreRefused()
    {
        ActivityLedger ledger = Standard().BuildLedger(s_rosterOfTwo);
        GradeBook grades = GradeBook.Empty(s_rosterOfTwo, GradeScale.ThreeGrade);

        FluentActions.Invoking(() => new PairingCase(null!, 2019, null, ledger, grades)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("edition");
        FluentActions.Invoking(() => new PairingCase(PolicyEditions.Sichuan2019, 2019, null, null!, grades)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("ledger");
        FluentActions.Invoking(() => new PairingCase(PolicyEditions.Sichuan2019, 2019, null, ledger, null!)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("grades");
    }
}
