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

namespace PairingDomain.Tests.Cadres;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class AnnualGradeTests
{
    [Fact]
    public void AnnualGrade_DefaultCadre_IsRefused() =>
        ShouldRefuse(() => _ = new AnnualGrade(default, 2019, CadreGrade.Competent), "cadre", "default");

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void AnnualGrade_YearOutOfRange_IsRefused(int year) =>
        ShouldBeOutOfRange(() => _ = new AnnualGrade(new CadreId("K-1"), year, CadreGrade.Competent), "year");

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void AnnualGrade_YearAtTheEdgesOfItsRange_IsKept(int year) =>
        new AnnualGrade(new CadreId("K-1"), year, CadreGrade.Competent).Year.Should().Be(year);

    [Fact]
    public void AnnualGrade_NullGrade_IsRefused() =>
        ShouldRefuseNull(() => _ = new AnnualGrade(new CadreId("K-1"), 2019, null!), "grade");
}
