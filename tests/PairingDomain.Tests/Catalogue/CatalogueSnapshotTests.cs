using PairingDomain.Tests.Support;

namespace PairingDomain.Tests.Catalogue;

/// <summary>
/// The published catalogue — every rule's texts, clause, flags and parameters, every interpretation, the grade scales and
/// every value of every smart enumeration — is what reports print; it changes only on purpose (issue 7: emptied texts
/// and flipped flags of rules the assessment does not evaluate survived).
/// </summary>
public sealed class CatalogueSnapshotTests
{
    [Fact]
    public void Render_PublicCatalogue_EqualsTheGoldenFile()
    {
        Golden.Verify("Catalogue/catalogue.golden.txt", CatalogueText.Render());
    }

    [Fact]
    public void Render_CalledTwice_IsTheSameText()
    {
        CatalogueText.Render().Should().Be(CatalogueText.Render());
    }

    [Fact]
    public void Describe_EqualTexts_IsNull()
    {
        Golden.Describe("a\nb\n", "a\nb\n").Should().BeNull();
    }

    [Theory]
    [InlineData("a\nb\nc\n", "a\nB\nc\n", 2)]
    [InlineData("a\nb\n", "a\nb\nc\n", 3)]
    [InlineData("a\nb\nc\n", "a\n", 2)]
    public void Describe_DifferentTexts_NamesTheFirstDifferingLine(string expected, string actual, int line)
    {
        Golden.Describe(expected, actual).Should().Contain($"line {line}");
    }
}
