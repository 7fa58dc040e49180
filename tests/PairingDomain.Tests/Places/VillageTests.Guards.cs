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

namespace PairingDomain.Tests.Places;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class VillageTests
{
    [Fact]
    public void Village_DefaultCode_IsRefused() =>
        ShouldRefuse(() => _ = new Village(default, DivisionCode.Parse(C1), "村", 2020, null), "code", "default");

    [Fact]
    public void Village_CodeOutsideItsCounty_NamesBothCodes()
    {
        Action act = () => _ = new Village(VillageCode.Parse(V1), DivisionCode.Parse(C2), "村", 2020, null);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("county")
            .Which.Message.Should().Contain(V1).And.Contain(C2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Village_PlannedYearOutOfRange_IsRefused(int year) =>
        ShouldBeOutOfRange(() => _ = new Village(VillageCode.Parse(V1), DivisionCode.Parse(C1), "村", year, null), "plannedExitYear");

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Village_ExitedYearOutOfRange_IsRefused(int year) =>
        ShouldBeOutOfRange(() => _ = new Village(VillageCode.Parse(V1), DivisionCode.Parse(C1), "村", 2020, year), "exitedYear");

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void Village_YearsAtTheEdgesOfTheirRange_AreKept(int year)
    {
        var village = new Village(VillageCode.Parse(V1), DivisionCode.Parse(C1), "村", year, year);

        (village.PlannedExitYear, village.ExitedYear).Should().Be((year, year));
    }
}
