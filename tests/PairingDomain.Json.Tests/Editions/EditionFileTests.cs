using System;
using System.IO;
using PairingDomain.Policy;

namespace PairingDomain.Json.Tests.Editions;

/// <summary>
/// The shipped example <c>docs/examples/sichuan-2019.edition.json</c> is what <see cref="EditionWriter"/> writes for
/// the built-in edition, byte for byte, and reads back to it. Set PAIRING_JSON_WRITE_GOLDEN=1 to rewrite it after a
/// deliberate change of the edition or the format.
/// </summary>
public sealed class EditionFileTests
{
    private static string ExamplePath => Path.Combine(AppContext.BaseDirectory, "Examples", "sichuan-2019.edition.json");

    [Fact]
    public void ShippedExample_IsTheWritersBytesForSichuan2019()
    {
        byte[] written = EditionWriter.Write(PolicyEditions.Sichuan2019);
        if (Environment.GetEnvironmentVariable("PAIRING_JSON_WRITE_GOLDEN") == "1")
        {
            File.WriteAllBytes(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "PairingDomain", "docs",
                "examples", "sichuan-2019.edition.json"), written);
        }

        File.ReadAllBytes(ExamplePath).Should().Equal(written);
    }

    [Fact]
    public void ShippedExample_ReadsAsSichuan2019()
    {
        EditionReadResult result = EditionReader.Read(File.ReadAllBytes(ExamplePath));

        result.Problems.Should().BeEmpty();
        EditionDiff.Compare(PolicyEditions.Sichuan2019, result.Edition).IsEmpty.Should().BeTrue();
    }
}
