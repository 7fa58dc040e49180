using System;
using NodaTime;
using PairingDomain.Time;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Time;

public sealed partial class DateRangeTests
{
    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        Action act = () => _ = new DateRange(D("2019-05-02"), D("2019-05-01"));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_SingleDay_IsValidAndContainsThatDay()
    {
        DateRange day = R("2019-05-01", "2019-05-01");
        day.Contains(D("2019-05-01")).Should().BeTrue();
        day.Contains(D("2019-04-30")).Should().BeFalse();
        day.Contains(D("2019-05-02")).Should().BeFalse();
    }

    [Fact]
    public void Contains_BothEnds_AreInclusive()
    {
        DateRange tenure = R("2016-01-01", "2019-04-30");
        tenure.Contains(D("2016-01-01")).Should().BeTrue();
        tenure.Contains(D("2019-04-30")).Should().BeTrue();
        tenure.Contains(D("2015-12-31")).Should().BeFalse();
        tenure.Contains(D("2019-05-01")).Should().BeFalse();
    }

    [Fact]
    public void Contains_OpenEnded_HasNoLastDay()
    {
        DateRange open = DateRange.From(D("2019-05-01"));
        open.IsOpenEnded.Should().BeTrue();
        open.End.Should().BeNull();
        open.Contains(new LocalDate(9999, 12, 31)).Should().BeTrue();
        open.Contains(D("2019-04-30")).Should().BeFalse();
    }

    [Theory]
    [InlineData("2018-01-01", "2018-12-31", false)]
    [InlineData("2018-01-01", "2019-01-01", true)]
    [InlineData("2019-12-31", null, true)]
    [InlineData("2020-01-01", null, false)]
    [InlineData("2010-01-01", null, true)]
    public void Overlaps_Interval_SharesAtLeastOneDay(string from, string? to, bool overlaps)
    {
        var year = new DateInterval(D("2019-01-01"), D("2019-12-31"));
        R(from, to).Overlaps(year).Should().Be(overlaps);
    }

    [Theory]
    [InlineData("2019-01-01", "2019-03-31", "2019-04-01", null, false)]
    [InlineData("2019-01-01", "2019-04-01", "2019-04-01", null, true)]
    [InlineData("2019-01-01", null, "2025-04-01", null, true)]
    [InlineData("2019-06-01", null, "2019-01-01", "2019-05-31", false)]
    public void Overlaps_Range_IsSymmetricAndHandlesOpenEnds(string aFrom, string? aTo, string bFrom, string? bTo, bool overlaps)
    {
        R(aFrom, aTo).Overlaps(R(bFrom, bTo)).Should().Be(overlaps);
        R(bFrom, bTo).Overlaps(R(aFrom, aTo)).Should().Be(overlaps);
    }

    [Fact]
    public void Intersect_OpenRangeStartingMidYear_ClipsToYearEnd()
    {
        var year = new DateInterval(D("2019-01-01"), D("2019-12-31"));
        DateInterval? part = DateRange.From(D("2019-05-15")).Intersect(year);
        part.Should().NotBeNull();
        part!.Start.Should().Be(D("2019-05-15"));
        part.End.Should().Be(D("2019-12-31"));
    }

    [Fact]
    public void Intersect_RangeBeforeWindow_IsNull()
    {
        var year = new DateInterval(D("2019-01-01"), D("2019-12-31"));
        R("2017-01-01", "2018-12-31").Intersect(year).Should().BeNull();
    }
}
