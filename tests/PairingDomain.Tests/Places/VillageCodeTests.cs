using System;
using PairingDomain.Places;

namespace PairingDomain.Tests.Places;

public sealed partial class VillageCodeTests
{
    [Theory]
    [InlineData("51343110020")]
    [InlineData("5134311002011")]
    [InlineData("51343110020x")]
    [InlineData("001431100201")]
    [InlineData(null)]
    public void TryParse_WrongLengthOrBadCountyPart_IsFalse(string? text)
    {
        VillageCode.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Parse_WrongLength_Throws()
    {
        Action act = () => _ = VillageCode.Parse("513431");
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void CountyAndTownship_AreTheFirstSixAndNineDigits()
    {
        VillageCode code = VillageCode.Parse("513431100201");
        code.County.Should().Be(DivisionCode.Parse("513431"));
        code.Township.Should().Be("513431100");
    }

    [Fact]
    public void IsIn_MatchesOnlyItsOwnCountyPrefix()
    {
        VillageCode code = VillageCode.Parse("513431100201");
        code.IsIn(DivisionCode.Parse("513431")).Should().BeTrue();
        code.IsIn(DivisionCode.Parse("513430")).Should().BeFalse();
        code.IsIn(default).Should().BeFalse();
    }
}
