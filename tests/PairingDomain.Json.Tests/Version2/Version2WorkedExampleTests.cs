using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// The worked example's <c>/2</c> twin (<c>src/PairingDomain/docs/examples/example-1.v2.*.json</c>), worked out by hand
/// from case-format-2.md §2–§4: the writer's <c>pairing-assessment/2</c> of the case matches the hand's assessment field
/// by field, each duty's <c>periods</c> included, with exactly its members in its order; only the findings' messages are
/// set aside, which the hand leaves to the core's wording.
/// </summary>
public sealed class Version2WorkedExampleTests
{
    private static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", name));

    private static JsonObject Expected() => JsonNode.Parse(Example("example-1.v2.assessment.json"))!.AsObject();

    private static JsonObject Written()
    {
        CaseReadResult read = CaseReader.Read(Example("example-1.v2.case.json"));
        read.Problems.Should().BeEmpty();
        JsonObject written = JsonNode.Parse(AssessmentWriter.Write(read.Case.Assess(), new AssessmentWriterOptions { IncludeEvidence = false }))!.AsObject();
        // The exit standards (issue 14) are not worked by hand in this example yet: its case has no indicator records, so
        // its exits are empty and its two claims of 2019 unsupported. Set aside until the example gains its records.
        written.Remove("exits");
        JsonArray findings = written["findings"]!.AsArray();
        foreach (JsonNode? claim in findings.Where(f => f!["rule"]!.GetValue<string>() == "EXIT-CLAIM-UNSUPPORTED").ToList())
        {
            findings.Remove(claim);
        }
        return written;
    }

    [Fact]
    public void WorkedExampleV2_EveryField_MatchesTheHandsAssessment()
    {
        JsonObject expected = Expected();

        expected["units"]!.AsArray().SelectMany(u => u!["duties"]!.AsArray()).Should()
            .OnlyContain(d => d!["periods"]!.AsArray().Count > 0, "the hand gives every duty its periods");
        JsonSubset.Differences(expected, Written()).Should().BeEmpty();
    }

    [Fact]
    public void WorkedExampleV2_Members_AreExactlyTheHandsInItsOrder()
    {
        JsonObject expected = Expected();

        // The hand gives no finding its message, which is the core's wording (the writer goldens set messages aside too).
        // statistics (part 2) is set aside until the hand-built example is given it: only the helper told so edits the example.
        List<string> written = [.. MemberPaths(Written()).Where(p => !(p.StartsWith("$.findings[", StringComparison.Ordinal)
            && p.EndsWith("].message", StringComparison.Ordinal)) && !p.StartsWith("$.statistics", StringComparison.Ordinal))];
        List<string> hand = MemberPaths(expected);
        written.Except(hand).Should().BeEmpty("the writer writes no member the hand does not");
        hand.Except(written).Should().BeEmpty("the writer writes every member the hand does");
        written.Should().Equal(hand, "in the same order");
    }

    /// <summary>Every member's path in document order, array elements by index.</summary>
    private static List<string> MemberPaths(JsonNode node)
    {
        var paths = new List<string>();
        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach ((string name, JsonNode? value) in o)
                    {
                        paths.Add(path + "." + name);
                        Walk(value, path + "." + name);
                    }
                    break;
                case JsonArray a:
                    for (int i = 0; i < a.Count; i++)
                    {
                        Walk(a[i], $"{path}[{i}]");
                    }
                    break;
            }
        }
        Walk(node, "$");
        return paths;
    }
}
