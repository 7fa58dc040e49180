using System.Linq;
using System.Text.Json.Nodes;
using PairingDomain.Assessment;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// <c>score</c> in <c>pairing-assessment/2</c> (case-format-2.md §3): after <c>mainLeaderExcellence</c>, <c>{ "points",
/// "grade", "capped", "deductions": [{ "rule", "missing", "points" }] }</c>, the core's score as it stands; not in
/// <c>/1</c>.
/// </summary>
public sealed class Version2ScoreWriterTests
{
    private static (AnnualAssessment Typed, JsonObject Written) Assessed(string name)
    {
        AnnualAssessment a = TestFiles.ReadValid(TestFiles.Golden(name + ".case.json")).Assess();
        return (a, JsonNode.Parse(AssessmentWriter.Write(a))!.AsObject());
    }

    [Fact]
    public void Version2Case_Score_IsTheCoresScoreInTheContractsMembers()
    {
        (AnnualAssessment a, JsonObject written) = Assessed("version2-1");

        JsonArray units = written["units"]!.AsArray();
        for (int i = 0; i < units.Count; i++)
        {
            UnitScore? score = a.Units[i].Score;
            JsonNode? node = units[i]!["score"];
            if (score is null)
            {
                node.Should().BeNull();
                continue;
            }
            node!.AsObject().Select(p => p.Key).Should().Equal("points", "grade", "capped", "deductions");
            node["points"]!.GetValue<int>().Should().Be(score.Points);
            node["grade"]!.GetValue<string>().Should().Be(score.Grade.ContractId);
            node["capped"]!.GetValue<bool>().Should().Be(score.Capped);
            node["deductions"]!.AsArray().Select(d => (d!["rule"]!.GetValue<string>(), d["missing"]!.GetValue<int>(), d["points"]!.GetValue<int>()))
                .Should().Equal(score.Deductions.Select(d => (d.Rule.Value, d.Missing, d.Points)));
        }
    }

    [Fact]
    public void Version1Case_HasNoScore() =>
        Assessed("example-1").Written["units"]!.AsArray().Should().OnlyContain(u => !u!.AsObject().ContainsKey("score"));
}
