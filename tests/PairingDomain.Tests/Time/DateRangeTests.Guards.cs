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
public sealed partial class DateRangeTests
{
    private static readonly DateRange s_since2019 = R("2019-01-01");

    [Fact]
    public void DateRange_EndBeforeStart_NamesBothDays() =>
        FluentActions.Invoking(() => new DateRange(D("2019-05-02"), D("2018-05-01")))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("end")
            .Which.Message.Should().Contain("2018").And.Contain("2019");

    [Fact]
    public void DateRangeOverlaps_NullInterval_IsRefused() =>
        ShouldRefuseNull(() => _ = s_since2019.Overlaps((NodaTime.DateInterval)null!), "interval");

    [Fact]
    public void DateRangeIntersect_NullWindow_IsRefused() =>
        ShouldRefuseNull(() => _ = s_since2019.Intersect(null!), "window");
}
