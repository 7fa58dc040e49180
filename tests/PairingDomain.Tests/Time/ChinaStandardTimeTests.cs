using NodaTime;
using PairingDomain.Time;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Time;

public class ChinaStandardTimeTests
{
    [Fact]
    public void ToLocalDate_2019_12_31T16Z_IsAlready2020InSichuan()
    {
        ChinaStandardTime.ToLocalDate(Instant.FromUtc(2019, 12, 31, 16, 0)).Should().Be(new LocalDate(2020, 1, 1));
    }

    [Fact]
    public void ToLocalDate_OneSecondBefore16Z_IsStill2019()
    {
        ChinaStandardTime.ToLocalDate(Instant.FromUtc(2019, 12, 31, 15, 59, 59)).Should().Be(new LocalDate(2019, 12, 31));
    }

    [Theory]
    [InlineData("2019-03-31T15:59:59Z", "2019-03-31", 1)]
    [InlineData("2019-03-31T16:00:00Z", "2019-04-01", 2)]
    [InlineData("2019-06-30T16:00:00Z", "2019-07-01", 3)]
    [InlineData("2019-09-30T18:00:00Z", "2019-10-01", 4)]
    [InlineData("2019-10-01T00:30:00+08:00", "2019-10-01", 4)]
    [InlineData("2019-09-30T23:59:00+08:00", "2019-09-30", 3)]
    [InlineData("2019-09-30T12:00:00-08:00", "2019-10-01", 4)]
    public void ToLocalDate_InstantsAtQuarterEdges_TakeTheQuarterOfTheSichuanDate(string instant, string local, int quarter)
    {
        LocalDate date = ChinaStandardTime.ToLocalDate(I(instant));
        date.Should().Be(D(local));
        ChinaStandardTime.QuarterOf(date).Should().Be(quarter);
    }

    [Fact]
    public void ToLocalDate_OffsetDateTime_UsesTheInstantNotTheWrittenDate()
    {
        var written = new OffsetDateTime(new LocalDateTime(2019, 12, 31, 10, 0), Offset.FromHours(-7));
        ChinaStandardTime.ToLocalDate(written).Should().Be(new LocalDate(2020, 1, 1));
    }

    [Fact]
    public void Zone_IsAsiaShanghaiAtUtcPlus8()
    {
        ChinaStandardTime.Zone.Id.Should().Be("Asia/Shanghai");
        ChinaStandardTime.Zone.GetUtcOffset(Instant.FromUtc(2019, 7, 1, 0, 0)).Should().Be(Offset.FromHours(8));
    }
}
