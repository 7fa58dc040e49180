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

namespace PairingDomain.Tests.Places;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class CountyTests
{
    [Fact]
    public void County_DefaultCode_IsRefused() =>
        ShouldRefuse(() => _ = new County(default, "县", Region.Yi, 2020, null), "code", "default");

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void County_PlannedYearOutOfRange_IsRefused(int year) =>
        ShouldBeOutOfRange(() => _ = new County(DivisionCode.Parse(C1), "县", Region.Yi, year, null), "plannedDelistingYear");

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void County_DelistedYearOutOfRange_IsRefused(int year) =>
        ShouldBeOutOfRange(() => _ = new County(DivisionCode.Parse(C1), "县", Region.Yi, 2020, year), "delistedYear");

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void County_YearsAtTheEdgesOfTheirRange_AreKept(int year)
    {
        var county = new County(DivisionCode.Parse(C1), "县", Region.Yi, year, year);

        (county.PlannedDelistingYear, county.DelistedYear).Should().Be((year, year));
    }

    [Fact]
    public void County_NullName_IsRefused() =>
        ShouldRefuseNull(() => _ = new County(DivisionCode.Parse(C1), null!, Region.Yi, 2020, null), "name");

    [Fact]
    public void County_Region_IsKept()
    {
        new County(DivisionCode.Parse(C1), "昭觉县", Region.Yi, 2020, null).Region.Should().Be(Region.Yi);
    }
}
