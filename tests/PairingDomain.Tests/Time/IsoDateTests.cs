using NodaTime;
using PairingDomain.Time;

namespace PairingDomain.Tests.Time;

/// <summary>The one spelling of a local date in text: ISO <c>uuuu-MM-dd</c>, the year padded to four digits.</summary>
public sealed class IsoDateTests
{
    [Theory]
    [InlineData(2019, 3, 1, "2019-03-01")]
    [InlineData(2019, 12, 31, "2019-12-31")]
    [InlineData(5, 1, 2, "0005-01-02")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    public void Format_Date_IsIsoWithAFourDigitYear(int year, int month, int day, string expected) =>
        IsoDate.Format(new LocalDate(year, month, day)).Should().Be(expected);

    [Theory]
    [InlineData(2019, 3, "2019-03")]
    [InlineData(2019, 12, "2019-12")]
    [InlineData(5, 1, "0005-01")]
    public void FormatMonth_Month_IsIsoWithAFourDigitYear(int year, int month, string expected) =>
        IsoDate.FormatMonth(new YearMonth(year, month)).Should().Be(expected);
}
