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

namespace PairingDomain.Tests.Time;

/// <summary>
/// Argument checks of the constructors (issue 7: removing a check, or emptying its message, survived).
/// </summary>
public sealed partial class DutyPeriodTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void DutyPeriod_YearOutOfRange_IsRefused(int year)
    {
        ShouldBeOutOfRange(() => _ = DutyPeriod.ForYear(year), "year");
        ShouldBeOutOfRange(() => _ = DutyPeriod.ForQuarter(year, 1), "year");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void DutyPeriod_YearAtTheEdgesOfItsRange_IsKept(int year)
    {
        DutyPeriod.ForYear(year).Year.Should().Be(year);
        DutyPeriod.ForQuarter(year, 4).Year.Should().Be(year);
    }
}
