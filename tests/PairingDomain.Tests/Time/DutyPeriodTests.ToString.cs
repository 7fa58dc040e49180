using PairingDomain.Assessment;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using PairingDomain.Time;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Time;

/// <summary>
/// The four-digit year of the text (issue 7: its string mutant survived).
/// </summary>
public sealed partial class DutyPeriodTests
{
    [Fact]
    public void ToString_YearBelowOneThousand_HasFourDigits()
    {
        DutyPeriod.ForYear(1).ToString().Should().Be("0001");
        DutyPeriod.ForQuarter(987, 2).ToString().Should().Be("0987-Q2");
    }
}
