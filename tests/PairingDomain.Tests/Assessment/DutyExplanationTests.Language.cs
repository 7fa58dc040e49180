using PairingDomain.Assessment;
using PairingDomain.Policy;
using static PairingDomain.Tests.BilingualEnumerationTests;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// The explanation is in its language: the English text carries no Chinese, every Chinese line carries some (issue 7:
/// swapped languages survived).
/// </summary>
public sealed partial class DutyExplanationTests
{
    [Fact]
    public void Explanation_EnglishTextHasNoChineseAndEveryChineseLineHasChinese()
    {
        DutyExplanation e = Standard()
            .Visit("A-1", U1, M1, "2019-03-01").Visit("A-2", U1, D1, "2019-03-03").Visit("A-3", U1, M1, "2018-03-03")
            .Assess().Explain(new UnitId(U1), RuleIds.DutyMainLeaderVisits);

        HasCjk(e.EnglishText).Should().BeFalse();
        e.ChineseText.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Should().OnlyContain(line => HasCjk(line));
        e.Result!.ShortPeriods.Should().NotBeEmpty();
    }
}
