using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// The explanation of a short or pending duty names, from <see cref="DutyResult.Periods"/>, which county and which period
/// is short or still open (issue 13), in both languages; a met duty has no such line.
/// </summary>
public sealed partial class DutyExplanationTests
{
    private static readonly AnnualAssessment s_twoCountiesOnePlan =
        Standard().Unit(U2).County(C2).Pairing(C2, U2, participants: U1).Plan("A-1", U1, "2019-01-25").Assess();

    [Fact]
    public void Text_AnnualPlanShortInOneOfTwoCounties_NamesThatCountyAlone()
    {
        DutyExplanation e = s_twoCountiesOnePlan.Explain(new UnitId(U1), RuleIds.DutyAnnualPlan);

        string english = e.EnglishText.Split('\n').Single(l => l.StartsWith("Short: ", System.StringComparison.Ordinal));
        english.Should().Be($"Short: 2019 county {C2} (required 1, recorded 0).");
        string chinese = e.ChineseText.Split('\n').Single(l => l.StartsWith("未达标：", System.StringComparison.Ordinal));
        chinese.Should().Be($"未达标：2019 县 {C2}（应 1 次，计入 0 次）。");
        e.EnglishText.Should().NotContain($"county {C1} (required");
    }

    [Fact]
    public void Text_QuarterlyDutyMidYear_NamesTheShortQuarterAndTheOpenOnes()
    {
        AnnualAssessment a = Standard().Visit("A-1", U1, D1, "2019-02-01").Visit("A-2", U1, D1, "2019-07-10").Assess(asOf: "2019-08-15");
        DutyExplanation e = a.Explain(new UnitId(U1), RuleIds.DutyDeputyVisits);

        e.EnglishText.Split('\n').Should()
            .Contain("Short: 2019-Q2 (required 1, recorded 0).")
            .And.Contain("Still open: 2019-Q3 (required 1, recorded 1); 2019-Q4 (required 1, recorded 0).");
        e.ChineseText.Split('\n').Should()
            .Contain("未达标：2019-Q2（应 1 次，计入 0 次）。")
            .And.Contain("尚未结束：2019-Q3（应 1 次，计入 1 次）；2019-Q4（应 1 次，计入 0 次）。");
    }

    [Fact]
    public void Text_PendingPerCountyDuty_NamesEveryCountyStillOpen()
    {
        AnnualAssessment a = Standard().Unit(U2).County(C2).Pairing(C2, U2, participants: U1).Plan("A-1", U1, "2019-01-25")
            .Assess(asOf: "2019-06-30");

        a.Explain(new UnitId(U1), RuleIds.DutyAnnualPlan).EnglishText.Split('\n').Should()
            .Contain($"Still open: 2019 county {C1} (required 1, recorded 1); 2019 county {C2} (required 1, recorded 0).");
    }

    [Fact]
    public void Text_MetDuty_NamesNoPeriodEntry()
    {
        AnnualAssessment a = Standard().Plan("A-1", U1, "2019-01-25").Assess();
        DutyExplanation e = a.Explain(new UnitId(U1), RuleIds.DutyAnnualPlan);

        e.EnglishText.Should().NotContain("Short:").And.NotContain("Still open:");
        e.ChineseText.Should().NotContain("未达标：").And.NotContain("尚未结束：");
    }
}
