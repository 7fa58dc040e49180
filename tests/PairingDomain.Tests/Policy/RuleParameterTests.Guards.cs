using System;
using PairingDomain.Policy;
using static PairingDomain.Tests.Support.Refusal;

namespace PairingDomain.Tests.Policy;

/// <summary>
/// Argument checks of <see cref="RuleParameter"/>, by the constructor and by <c>with</c> alike (issue 12): each names
/// the parameter it refuses.
/// </summary>
public sealed class RuleParameterTests
{
    [Theory]
    [InlineData("minimum")]
    [InlineData("incidence-below-percent")]
    [InlineData("national-poverty-line-yuan-at-2010-prices")]
    public void Constructor_KebabCaseName_IsKept(string name) =>
        new RuleParameter(name, "3", "TEST doc").Should().Be(new RuleParameter(name, "3", "TEST doc"));

    [Theory]
    [InlineData("a", true)]
    [InlineData("z", true)]
    [InlineData("0", true)]
    [InlineData("9", true)]
    [InlineData("a-9", true)]
    [InlineData("`", false)] // 'a' - 1
    [InlineData("{", false)] // 'z' + 1
    [InlineData("/", false)] // '0' - 1
    [InlineData(":", false)] // '9' + 1
    [InlineData("A", false)]
    public void Constructor_NameCharacterClassEdges(string name, bool valid)
    {
        Action act = () => _ = new RuleParameter(name, "3");

        if (valid)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().ThrowExactly<ArgumentException>().WithParameterName(nameof(name));
        }
    }

    [Fact]
    public void Constructor_NullNameOrValue_IsRefused()
    {
        ShouldRefuseNull(() => _ = new RuleParameter(null!, "3"), "name");
        ShouldRefuseNull(() => _ = new RuleParameter("minimum", null!), "value");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Minimum")]
    [InlineData("minimum ")]
    [InlineData("-minimum")]
    [InlineData("minimum-")]
    [InlineData("incidence--below")]
    [InlineData("incidence_below")]
    public void Constructor_NameNotKebabCase_NamesIt(string name) =>
        ShouldRefuse(() => _ = new RuleParameter(name, "3"), "name", $"'{name}'");

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void Constructor_BlankValueOrSource_IsRefused(string blank)
    {
        ShouldRefuse(() => _ = new RuleParameter("minimum", blank), "value", "blank");
        ShouldRefuse(() => _ = new RuleParameter("minimum", "3", blank), "source", "blank");
    }

    [Fact]
    public void Constructor_NoSource_IsTheRulesOwnClause() => new RuleParameter("minimum", "3").Source.Should().BeNull();

    [Fact]
    public void With_InvalidValues_AreRefusedAsByTheConstructor()
    {
        var parameter = new RuleParameter("minimum", "3");

        ShouldRefuse(() => _ = parameter with { Name = "Minimum" }, "name", "'Minimum'");
        ShouldRefuse(() => _ = parameter with { Value = "" }, "value", "blank");
        ShouldRefuse(() => _ = parameter with { Source = " " }, "source", "blank");
    }
}
