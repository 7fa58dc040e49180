using PairingDomain.Assessment;

namespace PairingDomain.Tests.Assessment;

/// <summary>The set of periods of a year: quarters, the year bit, and "not owed" apart from the empty set.</summary>
public sealed class QuarterMaskTests
{
    [Fact]
    public void WithQuarter_AddsOnlyThatQuarter()
    {
        QuarterMask mask = QuarterMask.None.WithQuarter(1).WithQuarter(3);

        (mask.HasQuarter(0), mask.HasQuarter(1), mask.HasQuarter(2), mask.HasQuarter(3), mask.QuarterCount, mask.HasYear)
            .Should().Be((false, true, false, true, 2, false));
        mask.Bits.Should().Be(0b1010);
    }

    [Fact]
    public void WithYear_SetsTheYearBitWithoutCountingAQuarter()
    {
        QuarterMask mask = QuarterMask.None.WithYear();

        (mask.HasYear, mask.QuarterCount, mask.IsEmpty, mask.Bits).Should().Be((true, 0, false, 16));
    }

    [Fact]
    public void AllQuarters_HoldsFourQuarters() =>
        (QuarterMask.AllQuarters.QuarterCount, QuarterMask.AllQuarters.HasYear).Should().Be((4, false));

    [Fact]
    public void NotOwed_IsNeitherOwedNorEmpty()
    {
        (QuarterMask.NotOwed.IsOwed, QuarterMask.NotOwed.IsEmpty).Should().Be((false, false));
        (QuarterMask.None.IsOwed, QuarterMask.None.IsEmpty).Should().Be((true, true));
    }
}
