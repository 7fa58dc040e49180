using NodaTime;
using PairingDomain.Time;

namespace PairingDomain.Tests.Time;

public class DutyPeriodTests
{
    [Theory]
    [InlineData(2019, 3, 31, 1)]
    [InlineData(2019, 4, 1, 2)]
    [InlineData(2019, 9, 30, 3)]
    [InlineData(2019, 10, 1, 4)]
    public void QuarterOf_QuarterEdges_FallInTheRightQuarter(int y, int m, int d, int quarter)
    {
        DutyPeriod.QuarterOf(new LocalDate(y, m, d)).Quarter.Should().Be(quarter);
    }

    [Fact]
    public void ToString_YearAndQuarter_UseContractForm()
    {
        DutyPeriod.ForYear(2019).ToString().Should().Be("2019");
        DutyPeriod.ForQuarter(2019, 3).ToString().Should().Be("2019-Q3");
    }

    [Fact]
    public void ToLocalDate_InstantAfter16Utc_IsNextDayInSichuan()
    {
        Instant instant = Instant.FromUtc(2019, 12, 31, 16, 0);
        ChinaStandardTime.ToLocalDate(instant).Should().Be(new LocalDate(2020, 1, 1));
    }
}
