using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace PairingDomain.Json.Tests;

public sealed class GoldenTests
{
    [Theory]
    [InlineData("example-1")]
    [InlineData("example-2")]
    public void Assess_GoldenCase_MatchesEveryFieldOfTheExpectedAssessment(string name)
    {
        PairingCase @case = TestFiles.ReadValid(TestFiles.Golden(name + ".case.json"));

        byte[] written = AssessmentWriter.Write(@case.Assess());

        List<string> differences = JsonSubset.Differences(TestFiles.GoldenNode(name + ".assessment.json"), JsonNode.Parse(written));
        differences.Should().BeEmpty();
    }
}
