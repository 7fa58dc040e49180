using System.Linq;
using PairingDomain.Assessment;

namespace PairingDomain.Testing.Tests;

/// <summary>The default report's section 14, the score and grade of the three links (§III.8): the assessment's figures.</summary>
public sealed partial class AnnualAssessmentSampleTests
{
    [Fact]
    public void Run_NoArguments_GradesAsTheAssessmentScoresThem()
    {
        UnitScore[] scores = [.. s_embedded.Value.Assessment.Units.Select(u => u.Score).OfType<UnitScore>()];

        (_, string output, _) = Run();

        scores.Should().NotBeEmpty();
        string section = Section(output, "14. ");
        section.TrimStart().Should().StartWith("14. Score and grade 评分与等次");
        foreach (ScoreGrade grade in ScoreGrade.List)
        {
            section.Should().MatchRegex($@"{grade.ContractId} {grade.ChineseName}\s+{N(scores.Count(s => s.Grade == grade))}\s");
        }
        section.Should().MatchRegex($@"Units scored 参评单位\s+{N(scores.Length)}\r?\n");
        section.Should().MatchRegex($@"Capped by a bundle 因捆绑降为较好\s+{N(scores.Count(s => s.Capped))}\r?\n");
        section.Should().Contain("SCORING-TABLE-ILLUSTRATIVE");
    }
}
