using System;
using System.Linq;
using NodaTime;
using PairingDomain.Time;

namespace PairingDomain.Tests.Time;

public sealed partial class DutyPeriodTests
{
    [Theory]
    [InlineData(2019, 1, 1, 1)]
    [InlineData(2019, 3, 31, 1)]
    [InlineData(2019, 4, 1, 2)]
    [InlineData(2019, 6, 30, 2)]
    [InlineData(2019, 7, 1, 3)]
    [InlineData(2019, 9, 30, 3)]
    [InlineData(2019, 10, 1, 4)]
    [InlineData(2019, 12, 31, 4)]
    public void QuarterOf_QuarterEdges_FallInTheRightQuarter(int y, int m, int d, int quarter)
    {
        DutyPeriod.QuarterOf(new LocalDate(y, m, d)).Should().Be(DutyPeriod.ForQuarter(y, quarter));
    }

    [Fact]
    public void ToString_YearAndQuarter_UseContractForm()
    {
        DutyPeriod.ForYear(2019).ToString().Should().Be("2019");
        DutyPeriod.ForQuarter(2019, 3).ToString().Should().Be("2019-Q3");
    }

    [Theory]
    [InlineData(1, "2019-01-01", "2019-03-31")]
    [InlineData(2, "2019-04-01", "2019-06-30")]
    [InlineData(3, "2019-07-01", "2019-09-30")]
    [InlineData(4, "2019-10-01", "2019-12-31")]
    public void StartEnd_Quarter_AreItsFirstAndLastDay(int quarter, string start, string end)
    {
        DutyPeriod period = DutyPeriod.ForQuarter(2019, quarter);
        period.Start.Should().Be(Support.TestRoster.D(start));
        period.End.Should().Be(Support.TestRoster.D(end));
        period.ToDateInterval().Length.Should().Be(period.End.DayOfYear - period.Start.DayOfYear + 1);
    }

    [Fact]
    public void StartEnd_Year_AreFirstOfJanuaryAndLastOfDecember()
    {
        DutyPeriod.ForYear(2020).Start.Should().Be(new LocalDate(2020, 1, 1));
        DutyPeriod.ForYear(2020).End.Should().Be(new LocalDate(2020, 12, 31));
        DutyPeriod.ForYear(2020).IsYear.Should().BeTrue();
    }

    [Fact]
    public void Contains_DayOfNextYear_IsOutsideYearAndQuarter()
    {
        var newYear = new LocalDate(2020, 1, 1);
        DutyPeriod.ForYear(2019).Contains(newYear).Should().BeFalse();
        DutyPeriod.ForQuarter(2019, 1).Contains(newYear).Should().BeFalse();
        DutyPeriod.ForQuarter(2020, 1).Contains(newYear).Should().BeTrue();
        DutyPeriod.ForYear(2019).Contains(new LocalDate(2019, 12, 31)).Should().BeTrue();
    }

    [Fact]
    public void CompareTo_YearAndQuarters_SortInTimeOrderWithYearFirst()
    {
        DutyPeriod[] shuffled = [DutyPeriod.ForQuarter(2019, 4), DutyPeriod.ForYear(2020), DutyPeriod.ForQuarter(2019, 1), DutyPeriod.ForYear(2019)];
        shuffled.Order().Select(p => p.ToString()).Should().Equal("2019", "2019-Q1", "2019-Q4", "2020");
        (DutyPeriod.ForQuarter(2019, 2) < DutyPeriod.ForQuarter(2019, 3)).Should().BeTrue();
        (DutyPeriod.ForQuarter(2019, 3) >= DutyPeriod.ForQuarter(2019, 3)).Should().BeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void ForQuarter_QuarterOutOfRange_Throws(int quarter)
    {
        Action act = () => _ = DutyPeriod.ForQuarter(2019, quarter);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
