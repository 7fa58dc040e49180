using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using AssessmentProgram = PairingDomain.Samples.AnnualReport.Program;

namespace PairingDomain.Samples.Tests;

/// <summary>
/// The annual-assessment sample on a <c>pairing-case/2</c> file whose part-2 members are hostile (issue 14: "Amounts
/// with too many decimals, negative, NaN-like text, rates above 1, townships with more facilities than townships,
/// duplicate indicator records: exit 2, every problem listed, no cascade"): the worked <c>/2</c> example
/// (<c>src/PairingDomain/docs/examples/example-1.v2.case.json</c>) with one bad field in each of several records.
/// </summary>
public sealed class AnnualAssessmentHostileCaseTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pd-samples-" + Guid.NewGuid().ToString("N"));

    public AnnualAssessmentHostileCaseTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static JsonObject Example() =>
        JsonNode.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", "example-1.v2.case.json")))!.AsObject();

    private string Write(string name, JsonObject document)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, document.ToJsonString());
        return path;
    }

    [Fact]
    public void Run_WorkedExampleV2_IsValid()
    {
        SampleRun run = SampleRun.Of(AssessmentProgram.Run, "--case", Write("good.case.json", Example()));

        run.ExitCode.Should().Be(AssessmentProgram.Ok, run.Error);
    }

    [Fact]
    public void Run_CaseOverMaxBytes_ExitsTwoWithTheLimitAndNoProgressBarWhenNotATerminal()
    {
        string path = Write("good.case.json", Example());

        SampleRun over = SampleRun.Of(AssessmentProgram.Run, "--case", path, "--max-bytes", "1000");
        SampleRun under = SampleRun.Of(AssessmentProgram.Run, "--case", path, "--max-bytes", new FileInfo(path).Length.ToString(System.Globalization.CultureInfo.InvariantCulture));

        over.ExitCode.Should().Be(2);
        over.Error.Trim().Should().Be("$: limit-exceeded: the document is longer than this reader's limit of 1000 bytes");
        under.ExitCode.Should().Be(AssessmentProgram.Ok, under.Error);
        under.Error.Should().BeEmpty("a progress bar is drawn on a terminal only");
        SampleRun.Of(AssessmentProgram.Run, "--case", path, "--max-bytes", "0").ExitCode.Should().Be(1);
    }

    [Fact]
    public void Run_HostilePartTwoMembers_ExitsTwoPrintingEveryProblemOnceAndNothingElse()
    {
        JsonObject d = Example();
        JsonArray outcomes = d["outcomes"]!.AsArray();
        outcomes[0]!["amount"] = JsonNode.Parse("150000.505");                    // money with 3 decimals
        outcomes[1]!["amount"] = "NaN";                                           // NaN-like text
        outcomes[3]!["amount"] = -2;                                              // negative
        d["villageIndicators"]![1]!["povertyIncidence"] = JsonNode.Parse("1.5"); // a rate above 1
        d["countyIndicators"]![0]!["townshipsWithSchool"] = 21;                   // of 20 townships
        d["countyIndicators"]![1]!["county"] = "513428";                          // a second record of 513428 for 2019
        d["partyPairings"] = JsonNode.Parse("""[{"unit":"U-999","village":"513428100001","from":"2019-01-01","to":null}]""");
        string casePath = Write("hostile.case.json", d);
        string jsonPath = Path.Combine(_directory, "hostile.errors.json");

        SampleRun run = SampleRun.Of(AssessmentProgram.Run, "--case", casePath, "--json", jsonPath);

        run.ExitCode.Should().Be(AssessmentProgram.InvalidCase).And.Be(2);
        run.Output.Should().BeEmpty("nothing is assessed");
        string[] lines = [.. run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
        lines.Select(l => string.Join(": ", l.Split(": ").Take(2))).Should().BeEquivalentTo(
        [
            "$.outcomes[0].amount: invalid-value",
            "$.outcomes[1].amount: invalid-value",
            "$.outcomes[3].amount: invalid-value",
            "$.partyPairings[0].unit: unknown-reference",
            "$.villageIndicators[1].povertyIncidence: invalid-value",
            "$.countyIndicators[0].townshipsWithSchool: invalid-value",
            "$.countyIndicators[1].county: duplicate-id",
        ], "one line per bad field, each with its message, and no problem derived from another");
        lines.Should().OnlyContain(l => l.Split(": ").Length >= 3 && l.Split(": ")[2].Length > 0, "every line carries its message");
        using JsonDocument errors = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        errors.RootElement.GetProperty("format").GetString().Should().Be("pairing-errors/1");
        errors.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("path").GetString()).Should()
            .BeEquivalentTo(lines.Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]));
    }
}
