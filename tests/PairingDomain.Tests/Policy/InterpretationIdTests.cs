using System.Linq;
using PairingDomain.Policy;
using static PairingDomain.Tests.Support.Refusal;

namespace PairingDomain.Tests.Policy;

/// <summary>
/// <see cref="InterpretationId"/>: the form of an interpretation's identifier, its equality and its text (issue 12).
/// </summary>
public sealed class InterpretationIdTests
{
    [Theory]
    [InlineData("PRORATE-BY-QUARTER", true)]
    [InlineData("A1", true)]
    [InlineData("prorate-by-quarter", false)]
    [InlineData("-PRORATE", false)]
    [InlineData("PRORATE-", false)]
    [InlineData("PRORATE BY", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_UpperCaseLettersDigitsAndInnerHyphens(string? text, bool valid) =>
        InterpretationId.IsValid(text).Should().Be(valid);

    [Fact]
    public void Constructor_Null_ThrowsArgumentNull() => ShouldRefuseNull(() => _ = new InterpretationId(null!), "value");

    [Fact]
    public void Constructor_LowerCase_NamesTheText() =>
        ShouldRefuse(() => _ = new InterpretationId("prorate-x"), "value", "prorate-x");

    [Fact]
    public void Equality_SameText_IsEqualAndHashesAlike()
    {
        var id = new InterpretationId("PRORATE-BY-QUARTER");

        id.Should().Be(InterpretationIds.ProrateByQuarter);
        (id == InterpretationIds.ProrateByQuarter).Should().BeTrue();
        id.GetHashCode().Should().Be(InterpretationIds.ProrateByQuarter.GetHashCode());
        id.Should().NotBe(InterpretationIds.VisitsPerUnit);
        (id != InterpretationIds.VisitsPerUnit).Should().BeTrue();
    }

    [Fact]
    public void ToString_IsTheText() =>
        InterpretationIds.WholeQuarterCoverage.ToString().Should().Be("WHOLE-QUARTER-COVERAGE");

    [Fact]
    public void Default_HasNoTextAndIsNotAnIdentifierOfTheEdition()
    {
        InterpretationId none = default;

        none.Value.Should().BeNull();
        none.ToString().Should().BeEmpty();
        PolicyEditions.Sichuan2019.Adopts(none).Should().BeFalse();
    }

    [Fact]
    public void InterpretationIds_EveryField_IsAValidIdentifierOfItsOwn()
    {
        InterpretationId[] ids = [.. typeof(InterpretationIds).GetFields().Select(f => (InterpretationId)f.GetValue(null)!)];

        ids.Should().NotBeEmpty().And.OnlyHaveUniqueItems();
        ids.Should().OnlyContain(i => InterpretationId.IsValid(i.Value));
    }
}
