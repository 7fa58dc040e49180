using System;
using System.IO;
using System.Linq;
using System.Text;

namespace PairingDomain.Json.Tests;

/// <summary>
/// Golden files of the writers: the full output, layout and extra members included, exact except for the wording of
/// messages. The expected files were reviewed by hand against case-format.md; set PAIRING_JSON_WRITE_GOLDEN=1 to
/// rewrite them after a deliberate change.
/// </summary>
public sealed class WriterGoldenTests
{
    [Theory]
    [InlineData("example-1")]
    [InlineData("example-2")]
    [InlineData("version2-1")]
    [InlineData("version2-2")]
    public void AssessmentWriter_GoldenCase_WritesTheGoldenBytes(string name)
    {
        byte[] written = AssessmentWriter.Write(TestFiles.ReadValid(TestFiles.Golden(name + ".case.json")).Assess());

        Check(name + ".assessment.full.json", written);
    }

    [Fact]
    public void CaseWriter_Example2_WritesTheGoldenBytes()
    {
        byte[] written = CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("example-2.case.json")));

        Check("example-2.case.written.json", written);
    }

    [Fact]
    public void CaseWriter_Version2Case_WritesItsOwnBytesBack()
    {
        byte[] written = CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("version2-1.case.json")));

        written.Should().Equal(TestFiles.Golden("version2-1.case.json"), "the /2 golden case is in the writer's own layout");
    }

    [Fact]
    public void ErrorWriter_BadCase_WritesTheGoldenBytes()
    {
        byte[] written = ErrorWriter.Write(CaseReader.Read(TestFiles.Golden("bad-1.case.json")).Problems);

        Check("bad-1.errors.json", written);
    }

    private static void Check(string golden, byte[] written)
    {
        if (Environment.GetEnvironmentVariable("PAIRING_JSON_WRITE_GOLDEN") == "1")
        {
            string source = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Golden", golden);
            File.WriteAllBytes(source, written);
        }
        // Messages are the core's wording, which may change; every other byte, layout included, must match.
        WithoutMessages(written).Should().Equal(WithoutMessages(TestFiles.Golden(golden)));
        written.Length.Should().BeGreaterThan(0);
    }

    private static string[] WithoutMessages(byte[] json) =>
        Encoding.UTF8.GetString(json).Split('\n')
            .Select(line => line.TrimStart().StartsWith("\"message\": ", StringComparison.Ordinal) ? "(message)" : line)
            .ToArray();
}
