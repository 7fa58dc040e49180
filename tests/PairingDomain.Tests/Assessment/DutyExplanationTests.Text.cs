using PairingDomain.Assessment;
using PairingDomain.Policy;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// Pins what the rendered explanation carries — unit, rule, counts, short periods, every activity — in both languages,
/// without fixing its wording (issue 7: these lines had no test).
/// </summary>
public sealed partial class DutyExplanationTests
{
    private static readonly AnnualAssessment s_assessment =
        Standard()
            .Visit("A-1", U1, M1, "2019-03-01")
            .Visit("A-2", U1, D1, "2019-03-03")
            .Assess();

    [Fact]
    public void Text_ShortDuty_NamesUnitRuleCountsShortPeriodAndEveryActivity()
    {
        DutyExplanation e = s_assessment.Explain(new UnitId(U1), RuleIds.DutyMainLeaderVisits);

        foreach (string text in new[] { e.ChineseText, e.EnglishText })
        {
            text.Should().Contain(U1).And.Contain(RuleIds.DutyMainLeaderVisits.Value)
                .And.Contain($" {e.Result!.Required}").And.Contain($" {e.Result.Recorded}")
                .And.Contain("2019").And.Contain("A-1").And.Contain("A-2");
            text.Split('\n').Should().HaveCount(2 + e.Judgements.Length + 1, "a header, the short periods, one line per activity and a final newline");
        }
        e.ChineseText.Should().NotBe(e.EnglishText);
    }

    [Fact]
    public void Text_MetDuty_HasNoShortPeriodLine()
    {
        AnnualAssessment assessment = Standard()
            .Visit("A-1", U1, M1, "2019-03-01").Visit("A-2", U1, M1, "2019-09-01").Assess();
        DutyExplanation e = assessment.Explain(new UnitId(U1), RuleIds.DutyMainLeaderVisits);

        e.Result!.ShortPeriods.Should().BeEmpty();
        e.EnglishText.Split('\n').Should().HaveCount(1 + e.Judgements.Length + 1);
    }

    [Fact]
    public void Text_DutyNotOwed_SaysSoWithoutCounts()
    {
        // U-1 leads C1 in the standard roster; a unit with no pairing owes no duty at all.
        AnnualAssessment assessment = Standard().Unit(U2).Main(U2, M2).Assess();
        DutyExplanation e = assessment.Explain(new UnitId(U2), RuleIds.DutyMainLeaderVisits);

        e.Result.Should().BeNull();
        foreach (string text in new[] { e.ChineseText, e.EnglishText })
        {
            text.Should().Contain(U2).And.Contain(RuleIds.DutyMainLeaderVisits.Value);
            text.Split('\n').Should().HaveCount(2);
        }
        e.ChineseText.Should().NotBe(e.EnglishText);
    }
}
