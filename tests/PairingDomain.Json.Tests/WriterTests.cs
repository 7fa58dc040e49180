using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using PairingDomain.Assessment;

namespace PairingDomain.Json.Tests;

public sealed class WriterTests
{
    private static AnnualAssessment Example(string name) => TestFiles.ReadValid(TestFiles.Golden(name + ".case.json")).Assess();

    [Fact]
    public void AssessmentWriter_SameCaseReadTwice_GivesByteIdenticalOutput()
    {
        byte[] first = AssessmentWriter.Write(Example("example-1"));
        byte[] second = AssessmentWriter.Write(Example("example-1"));

        second.Should().Equal(first);
    }

    [Fact]
    public void AssessmentWriter_Output_IsUtf8WithoutBomIndentedByTwoWithLineFeedsAndATrailingNewline()
    {
        byte[] written = AssessmentWriter.Write(Example("example-1"));

        written.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        written[0].Should().Be((byte)'{');
        written[^1].Should().Be((byte)'\n');
        written[^2].Should().Be((byte)'}');
        written.Should().NotContain((byte)'\r');
        string text = Encoding.UTF8.GetString(written);
        text.Split('\n')[1].Should().Be("  \"format\": \"pairing-assessment/1\",");
        text.Should().Contain("\"source\": \"SC-2019-4 §III.1\"");
    }

    [Fact]
    public void CaseWriter_ChineseText_IsWrittenUnescaped()
    {
        string text = Encoding.UTF8.GetString(CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("example-1.case.json"))));

        text.Should().Contain("\"name\": \"示例医院\"").And.NotContain("\\u");
    }

    [Fact]
    public void AssessmentWriter_Members_AppearInTheContractsOrder()
    {
        JsonObject written = JsonNode.Parse(AssessmentWriter.Write(Example("example-1")))!.AsObject();

        written.Select(p => p.Key).Should().Equal("format", "policy", "year", "asOf", "units", "cadres", "findings");
        JsonObject unit = written["units"]![0]!.AsObject();
        unit.Select(p => p.Key).Should().Equal("unit", "duties", "mechanism", "excellence", "mainLeaderExcellence");
        unit["duties"]![0]!.AsObject().Select(p => p.Key).Should()
            .Equal("rule", "source", "required", "recorded", "status", "shortPeriods", "evidence");
        unit["mechanism"]!.AsObject().Select(p => p.Key).Should().Equal("rule", "complete", "missing");
        unit["excellence"]!.AsObject().Select(p => p.Key).Should().Equal("eligible", "blockedBy");
        written["cadres"]![0]!.AsObject().Select(p => p.Key).Should().Equal("cadre", "actions");
        written["findings"]![0]!.AsObject().Select(p => p.Key).Should().Equal("rule", "subject", "message");
    }

    [Fact]
    public void AssessmentWriter_Evidence_ListsTheActivitiesThatCounted()
    {
        JsonNode written = JsonNode.Parse(AssessmentWriter.Write(Example("example-1")))!;

        JsonNode deputyVisits = written["units"]![0]!["duties"]![4]!;
        deputyVisits["rule"]!.GetValue<string>().Should().Be("DUTY-DEPUTY-VISITS");
        deputyVisits["evidence"]!.AsArray().Select(e => e!.GetValue<string>()).Should().Equal("A-3", "A-5", "A-6");
    }

    [Fact]
    public void AssessmentWriter_WithoutEvidence_LeavesEvidenceOut()
    {
        AnnualAssessment assessment = Example("example-1");

        JsonNode written = JsonNode.Parse(AssessmentWriter.Write(assessment, new AssessmentWriterOptions { IncludeEvidence = false }))!;

        written["units"]![0]!["duties"]![0]!.AsObject().ContainsKey("evidence").Should().BeFalse();
        JsonSubset.Differences(TestFiles.GoldenNode("example-1.assessment.json"), written).Should().BeEmpty();
    }

    [Fact]
    public void AssessmentWriter_Stream_GetsTheSameBytes()
    {
        AnnualAssessment assessment = Example("example-2");
        using var stream = new System.IO.MemoryStream();

        AssessmentWriter.Write(assessment, stream);

        stream.ToArray().Should().Equal(AssessmentWriter.Write(assessment));
    }

    [Fact]
    public void ErrorWriter_Problems_AreWrittenAsPairingErrors()
    {
        Problem[] problems =
        [
            new("$.activities[3].on", JsonProblemCodes.InvalidDate, "2019-02-30 is not a date"),
            new("$.units[0].name", ProblemCodes.MissingField, "名称缺失"),
        ];

        byte[] written = ErrorWriter.Write(problems);

        JsonObject document = JsonNode.Parse(written)!.AsObject();
        document.Select(p => p.Key).Should().Equal("format", "errors");
        document["format"]!.GetValue<string>().Should().Be(JsonFormats.Errors);
        document["errors"]!.AsArray().Select(e => (e!["path"]!.GetValue<string>(), e["code"]!.GetValue<string>()))
            .Should().Equal(("$.activities[3].on", JsonProblemCodes.InvalidDate), ("$.units[0].name", ProblemCodes.MissingField));
        document["errors"]![0]!.AsObject().Select(p => p.Key).Should().Equal("path", "code", "message");
        Encoding.UTF8.GetString(written).Should().Be("""
            {
              "format": "pairing-errors/1",
              "errors": [
                {
                  "path": "$.activities[3].on",
                  "code": "invalid-date",
                  "message": "2019-02-30 is not a date"
                },
                {
                  "path": "$.units[0].name",
                  "code": "missing-field",
                  "message": "名称缺失"
                }
              ]
            }

            """);
    }

    [Fact]
    public void ErrorWriter_NoProblems_WritesAnEmptyList()
    {
        JsonNode document = JsonNode.Parse(ErrorWriter.Write([]))!;

        document["errors"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public void ErrorWriter_ProblemsOfARead_AreWrittenInOrder()
    {
        CaseReadResult result = CaseReader.Read("{\"format\": \"pairing-case/1\", \"year\": \"x\"}"u8);

        JsonNode document = JsonNode.Parse(ErrorWriter.Write(result.Problems))!;

        document["errors"]!.AsArray().Select(e => e!["path"]!.GetValue<string>())
            .Should().Equal(result.Problems.Select(p => p.Path));
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("$.policy", ProblemCodes.MissingField), ("$.year", ProblemCodes.InvalidValue));
    }
}
