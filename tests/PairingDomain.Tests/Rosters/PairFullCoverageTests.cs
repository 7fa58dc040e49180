using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Rosters;

/// <summary>
/// PAIR-FULL-COVERAGE, §II and §III.1: "实现了 88 个贫困县定点帮扶全覆盖" — every poverty county not yet delisted has a
/// pairing in force during the year.
/// </summary>
public class PairFullCoverageTests
{
    [Fact]
    public void CoverageFindings_CountyWithNoPairing_IsReported()
    {
        var roster = new TestRoster().Unit(U1).County(C1).County(C2).Pairing(C1, U1).BuildRoster();
        roster.CoverageFindings(2019).FindingKeys().Should().Equal((RuleIds.PairFullCoverage.Value, C2));
    }

    [Fact]
    public void CoverageFindings_DelistedInAnEarlierBatch_IsNotReported()
    {
        var roster = new TestRoster().County(C2, plannedDelistingYear: 2018, delistedYear: 2018).BuildRoster();
        roster.CoverageFindings(2019).Should().BeEmpty();
    }

    [Fact]
    public void CoverageFindings_DelistedInTheYearsOwnBatch_StillNeedsCover()
    {
        var roster = new TestRoster().County(C2, plannedDelistingYear: 2019, delistedYear: 2019).BuildRoster();
        roster.CoverageFindings(2019).FindingKeys().Should().Equal((RuleIds.PairFullCoverage.Value, C2));
    }

    [Theory]
    [InlineData("2016-01-01", "2018-12-31", true)]
    [InlineData("2016-01-01", "2019-01-01", false)]
    [InlineData("2019-12-31", null, false)]
    [InlineData("2020-01-01", null, true)]
    public void CoverageFindings_PairingAtTheYearsEdges_CoversWhenItSharesADay(string from, string? to, bool reported)
    {
        var roster = new TestRoster().Unit(U1).County(C1).Pairing(C1, U1, from, to).BuildRoster();
        roster.CoverageFindings(2019).Should().HaveCount(reported ? 1 : 0);
    }

    [Fact]
    public void CoverageFindings_SeveralCounties_OrderedByCode()
    {
        var roster = new TestRoster().County(C3).County(C1).County(C2).BuildRoster();
        roster.CoverageFindings(2019).FindingKeys().Should().Equal(
            (RuleIds.PairFullCoverage.Value, C1), (RuleIds.PairFullCoverage.Value, C2), (RuleIds.PairFullCoverage.Value, C3));
    }

    [Fact]
    public void Assess_UncoveredCounty_AppearsInFindings()
    {
        var assessment = Standard().County(C2).Assess();
        assessment.FindingKeys().Should().Contain((RuleIds.PairFullCoverage.Value, C2));
    }

    [Fact]
    public void Assess_RuleSwitchedOff_NoCoverageFinding()
    {
        var assessment = Standard().County(C2).Assess(edition: PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.PairFullCoverage, false));
        assessment.Findings.Should().NotContain(f => f.Rule == RuleIds.PairFullCoverage);
    }
}
