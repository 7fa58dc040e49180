using NodaTime;
using PairingDomain.Time;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Time;

/// <summary>
/// <see cref="PairingDomain.Time.DateRange.Intersect"/> clips each end to the window independently (issue 7: always taking the
/// range's start or the window's end survived).
/// </summary>
public sealed partial class DateRangeTests
{
    private static readonly DateInterval s_year = new(D("2019-01-01"), D("2019-12-31"));

    [Theory]
    [InlineData("2018-06-01", "2019-06-30", "2019-01-01", "2019-06-30")] // starts before the window, ends inside
    [InlineData("2019-03-01", "2019-05-31", "2019-03-01", "2019-05-31")] // wholly inside
    [InlineData("2019-03-01", "2020-06-30", "2019-03-01", "2019-12-31")] // ends after the window
    [InlineData("2018-03-01", "2020-06-30", "2019-01-01", "2019-12-31")] // covers the window
    [InlineData("2019-01-01", "2019-12-31", "2019-01-01", "2019-12-31")] // equal boundaries
    [InlineData("2019-12-31", "2019-12-31", "2019-12-31", "2019-12-31")] // the window's last day only
    [InlineData("2018-01-01", "2019-01-01", "2019-01-01", "2019-01-01")] // the window's first day only
    [InlineData("2019-07-01", null, "2019-07-01", "2019-12-31")]         // open end inside
    [InlineData("2017-07-01", null, "2019-01-01", "2019-12-31")]         // open end, starts before
    public void Intersect_OverlappingRange_ClipsEachEndToTheWindow(string from, string? to, string start, string end)
    {
        DateInterval? part = R(from, to).Intersect(s_year);

        part.Should().NotBeNull();
        (part!.Start, part.End).Should().Be((D(start), D(end)));
    }

    [Theory]
    [InlineData("2020-01-01", null)]
    [InlineData("2018-01-01", "2018-12-31")]
    public void Intersect_RangeOutsideTheWindow_IsNull(string from, string? to) =>
        R(from, to).Intersect(s_year).Should().BeNull();
}
