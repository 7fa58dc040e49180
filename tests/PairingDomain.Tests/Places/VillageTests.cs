using System;
using PairingDomain.Places;

namespace PairingDomain.Tests.Places;

public sealed partial class VillageTests
{
    private static Village Due2019(int? exited) =>
        new(VillageCode.Parse("513431100201"), DivisionCode.Parse("513431"), "示例村", 2019, exited);

    [Fact]
    public void Constructor_CodeWithMismatchedCountyPrefix_Throws()
    {
        Action act = () => _ = new Village(VillageCode.Parse("513431100201"), DivisionCode.Parse("513430"), "村", 2019, null);
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(2020, true)]
    [InlineData(2019, false)]
    [InlineData(2018, false)]
    public void MissedExit_DueIn2019_MissedWhenNotExitedInThe2019BatchOrBefore(int? exited, bool missed)
    {
        Due2019(exited).MissedExit(2019).Should().Be(missed);
    }

    [Fact]
    public void MissedExit_OtherYear_IsFalse()
    {
        Due2019(null).MissedExit(2018).Should().BeFalse();
        Due2019(null).MissedExit(2020).Should().BeFalse();
    }
}
