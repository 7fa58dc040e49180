using NodaTime;
using PairingDomain.Time;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Time;

/// <summary>
/// <see cref="PairingDomain.Time.DateRange.ToString"/> prints an open end as open (issue 7: its string mutants survived).
/// </summary>
public sealed partial class DateRangeTests
{
    [Fact]
    public void ToString_ClosedRange_NamesBothDaysAndIsNotOpen()
    {
        string text = R("2019-01-01", "2019-12-31").ToString();

        text.Should().Contain("2019-01-01").And.Contain("2019-12-31").And.NotContain("open");
    }

    [Fact]
    public void ToString_OpenRange_NamesTheStartAndSaysOpen()
    {
        string text = R("2019-05-01").ToString();

        text.Should().Contain("2019-05-01").And.Contain("open");
    }
}
