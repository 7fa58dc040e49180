using PairingDomain.Activities;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Activities;

public sealed partial class ActivityTimeTests
{
    [Fact]
    public void At_InstantAfter16Utc_CountsOnTheNextSichuanDay()
    {
        ActivityTime time = ActivityTime.At(I("2019-12-31T16:00:00Z"));
        time.Date.Should().Be(D("2020-01-01"));
        time.Instant.Should().Be(I("2019-12-31T16:00:00Z"));
    }

    [Fact]
    public void At_LastMinuteOfTheYearInCst_StaysIn2019()
    {
        ActivityTime.At(I("2019-12-31T23:59:00+08:00")).Date.Should().Be(D("2019-12-31"));
        ActivityTime.At(I("2020-01-01T00:30:00+08:00")).Date.Should().Be(D("2020-01-01"));
    }

    [Fact]
    public void On_LocalDate_HasNoInstant()
    {
        ActivityTime time = ActivityTime.On(D("2019-04-12"));
        time.Date.Should().Be(D("2019-04-12"));
        time.Instant.Should().BeNull();
    }
}
