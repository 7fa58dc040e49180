using System;
using PairingDomain.Policy;
using static PairingDomain.Tests.Support.Refusal;

namespace PairingDomain.Tests.Policy;

/// <summary>
/// Argument checks of <see cref="Interpretation"/>, by the constructor and by <c>with</c> alike (issue 12): each names
/// the parameter it refuses.
/// </summary>
public sealed class InterpretationTests
{
    private static readonly InterpretationId s_id = new("TEST-READING");

    private static Interpretation Reading() => new(s_id, "测试", "test");

    [Fact]
    public void Constructor_DefaultId_IsRefused() =>
        ShouldRefuse(() => _ = new Interpretation(default, "测试", "test"), "id", "default");

    [Fact]
    public void Constructor_NullTexts_AreRefused()
    {
        ShouldRefuseNull(() => _ = new Interpretation(s_id, null!, "test"), "chineseText");
        ShouldRefuseNull(() => _ = new Interpretation(s_id, "测试", null!), "englishText");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\u3000")]
    public void Constructor_BlankTexts_AreRefused(string blank)
    {
        ShouldRefuse(() => _ = new Interpretation(s_id, blank, "test"), "chineseText", "blank");
        ShouldRefuse(() => _ = new Interpretation(s_id, "测试", blank), "englishText", "blank");
        ShouldRefuse(() => _ = new Interpretation(s_id, "测试", "test", setAsideBy: blank), "setAsideBy", "blank");
    }

    [Fact]
    public void With_InvalidValues_AreRefusedAsByTheConstructor()
    {
        ShouldRefuse(() => _ = Reading() with { Id = default }, "id", "default");
        ShouldRefuseNull(() => _ = Reading() with { ChineseText = null! }, "chineseText");
        ShouldRefuse(() => _ = Reading() with { EnglishText = " " }, "englishText", "blank");
        ShouldRefuse(() => _ = Reading() with { SetAsideBy = "" }, "setAsideBy", "blank");
    }

    [Fact]
    public void Constructor_ValidValues_AreKept()
    {
        var reading = new Interpretation(s_id, "测试", "test", isAdopted: false, setAsideBy: "fixed");

        (reading.Id, reading.ChineseText, reading.EnglishText, reading.IsAdopted, reading.SetAsideBy)
            .Should().Be((s_id, "测试", "test", false, "fixed"));
        reading.CanBeSetAside.Should().BeFalse();
        Reading().CanBeSetAside.Should().BeTrue();
        Reading().Should().Be(Reading());
        (Reading() with { IsAdopted = false }).Should().NotBe(Reading());
    }

    [Fact]
    public void SetInterpretation_DefaultId_IsRefused()
    {
        Action act = () => PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).SetInterpretation(default(InterpretationId), false);

        act.Should().ThrowExactly<ArgumentException>().WithParameterName("id");
    }
}
