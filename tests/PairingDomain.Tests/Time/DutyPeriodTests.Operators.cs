using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;
using PairingDomain.Assessment;
using PairingDomain.Tests.Support;

namespace PairingDomain.Tests.Time;

/// <summary>
/// The order operators agree with <see cref="PairingDomain.Time.DutyPeriod.CompareTo"/> (issue 7: their boundary mutants survived).
/// </summary>
public sealed partial class DutyPeriodTests
{
    [Fact]
    public void DutyPeriod_Comparisons_OrderQuartersWithinTheirYear()
    {
        DutyPeriod q2 = DutyPeriod.ForQuarter(2019, 2), q3 = DutyPeriod.ForQuarter(2019, 3), next = DutyPeriod.ForQuarter(2020, 1);
        DutyPeriod q2Again = DutyPeriod.ForQuarter(2019, 2), q3Again = DutyPeriod.ForQuarter(2019, 3);

        (q2 <= q3).Should().BeTrue();
        (q3 <= q2).Should().BeFalse();
        (q2 <= q2Again).Should().BeTrue();
        (q3 >= q2).Should().BeTrue();
        (q2 >= q3).Should().BeFalse();
        (q3 >= q3Again).Should().BeTrue();
        (next > q3).Should().BeTrue();
    }

    private static DutyPeriod Period(string text) => text.Length == 4
        ? DutyPeriod.ForYear(int.Parse(text, System.Globalization.CultureInfo.InvariantCulture))
        : DutyPeriod.ForQuarter(int.Parse(text[..4], System.Globalization.CultureInfo.InvariantCulture), text[^1] - '0');

    [Theory]
    [InlineData("2019-Q2", "2019-Q2", 0)]
    [InlineData("2019", "2019", 0)]
    [InlineData("2019-Q2", "2019-Q3", -1)]
    [InlineData("2019-Q4", "2020-Q1", -1)]
    [InlineData("2019", "2019-Q1", -1)]   // a year sorts before its first quarter
    [InlineData("2019-Q4", "2020", -1)]
    [InlineData("2019-Q3", "2019-Q2", 1)]
    [InlineData("2020-Q1", "2019-Q4", 1)]
    [InlineData("2019-Q1", "2019", 1)]
    public void Operators_AgreeWithCompareTo(string left, string right, int sign)
    {
        DutyPeriod a = Period(left), b = Period(right);

        int.Sign(a.CompareTo(b)).Should().Be(sign);
        (a < b).Should().Be(sign < 0);
        (a > b).Should().Be(sign > 0);
        (a <= b).Should().Be(sign <= 0);
        (a >= b).Should().Be(sign >= 0);
    }
}
