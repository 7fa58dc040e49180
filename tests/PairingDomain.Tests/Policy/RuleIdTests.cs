using System;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Policy;

public sealed partial class RuleIdTests
{
    [Theory]
    [InlineData("BUNDLE-CADRE", true)]
    [InlineData("A1", true)]
    [InlineData("bundle-cadre", false)]
    [InlineData("-BUNDLE", false)]
    [InlineData("BUNDLE-", false)]
    [InlineData("BUNDLE CADRE", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_UpperCaseLettersDigitsAndInnerHyphens(string? text, bool valid)
    {
        RuleId.IsValid(text).Should().Be(valid);
    }

    [Fact]
    public void Constructor_InvalidText_Throws()
    {
        Action act = () => _ = new RuleId("duty");
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equality_SameText_IsEqual()
    {
        new RuleId("BUNDLE-CADRE").Should().Be(RuleIds.BundleCadre);
        RuleIds.BundleCadre.ToString().Should().Be("BUNDLE-CADRE");
    }
}
