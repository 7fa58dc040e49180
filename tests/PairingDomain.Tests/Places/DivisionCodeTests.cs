using System;
using PairingDomain.Places;

namespace PairingDomain.Tests.Places;

public sealed partial class DivisionCodeTests
{
    [Theory]
    [InlineData("51342")]
    [InlineData("5134311")]
    [InlineData("51343a")]
    [InlineData("513 31")]
    [InlineData("５１３４３１")]
    [InlineData("003431")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_WrongLengthOrNotDigits_IsFalse(string? text)
    {
        DivisionCode.TryParse(text, out DivisionCode code).Should().BeFalse();
        code.Should().Be(default(DivisionCode));
    }

    [Fact]
    public void Parse_WrongLength_Throws()
    {
        Action act = () => _ = DivisionCode.Parse("51343");
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Parse_SixDigits_KeepsTheText()
    {
        DivisionCode.Parse("513431").Value.Should().Be("513431");
        DivisionCode.Parse("513431").Should().Be(DivisionCode.Parse("513431"));
    }
}
