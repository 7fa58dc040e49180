using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;

namespace PairingDomain.Testing.Tests;

/// <summary>The default report's exit-standards section (issue 14): its figures are the assessment's, computed here.</summary>
public sealed partial class AnnualAssessmentSampleTests
{
    [Fact]
    public void Run_NoArguments_ExitStandardsAsTheAssessmentJudgesThem()
    {
        AnnualAssessment assessment = s_embedded.Value.Assessment;
        int unsupported = assessment.Findings.Count(f => f.Rule == RuleIds.ExitClaimUnsupported);
        ExitResults exits = assessment.Exits;

        (_, string output, _) = Run();

        string section = Section(output, "13. ");
        section.Should().Contain($"13. Exit standards 退出标准 ({N(unsupported)} claims unsupported");
        section.Should().MatchRegex($@"EXIT-VILLAGE\s+贫困村 一低五有\s+{N(exits.Villages.Length)}\s+{N(exits.Villages.Count(v => v.Met))}\s+{N(exits.Villages.Count(v => !v.Met))}");
        section.Should().MatchRegex($@"EXIT-COUNTY\s+贫困县 一低三有\s+{N(exits.Counties.Length)}\s+");
        section.Should().Contain("poverty line 3218");
        string first = assessment.Findings.First(f => f.Rule == RuleIds.ExitClaimUnsupported).Subject;
        section.Should().Contain(first);
    }
}
