using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests;

/// <summary>
/// A finding cites its rule's clause (<see cref="Finding.Source"/>) as a duty result does (issue 12): the roster's own
/// findings, the coverage findings and the assessor's alike carry the clause of the edition applied.
/// </summary>
public sealed partial class FindingTests
{
    // Two leads for C1 at once (PAIR-ONE-LEAD), a night school in C2 that U1 does not assist (ACTIVITY-OUTSIDE-PAIRING).
    private static TestRoster Findings() =>
        Standard().Unit(U2).County(C2).Pairing(C2, U2).Pairing(C1, U2).NightSchool("A-1", U1, "2019-05-01", C2);

    [Fact]
    public void Assess_EveryFinding_CitesItsRulesClauseInTheEdition()
    {
        AnnualAssessment assessment = Findings().Assess();

        assessment.Findings.Select(f => f.Rule).Should().Contain([RuleIds.PairOneLead, RuleIds.ActivityOutsidePairing]);
        assessment.Findings.Should().OnlyContain(f => f.Source.Length > 0 && f.Source == PolicyEditions.Sichuan2019.SourceOf(f.Rule));
        assessment.Findings.First(f => f.Rule == RuleIds.ActivityOutsidePairing).Source.Should().Be("SC-2019-4 §III.1");
    }

    [Fact]
    public void Assess_EditionCitingAnotherClause_FindingCitesThatClause()
    {
        PolicyRule rule = PolicyEditions.Sichuan2019.GetRule(RuleIds.PairOneLead);
        PolicyEdition edition = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("test-2019", 2019)
            .RemoveRule(rule.Id)
            .AddRule(PolicyRule.Create(rule.Id, rule.ChineseText, rule.EnglishText, "TEST §9", rule.IsEvaluated, rule.IsEnabled))
            .Build().GetValueOrThrow();

        Findings().Assess(edition: edition).Findings.Single(f => f.Rule == RuleIds.PairOneLead).Source.Should().Be("TEST §9");
    }

    [Fact]
    public void RosterFindings_BeforeAnyEdition_CiteNoClause()
    {
        var roster = Findings().BuildRoster();

        roster.Findings.Should().NotBeEmpty().And.OnlyContain(f => f.Source.Length == 0);
    }

    [Fact]
    public void Constructor_WithSource_KeepsIt_AndANullSourceIsRefused()
    {
        new Finding(RuleIds.PairOneLead, C1, "m", "甲", "SC-2019-4 §III.1").Source.Should().Be("SC-2019-4 §III.1");
        new Finding(RuleIds.PairOneLead, C1, "m").Source.Should().BeEmpty();
        Refusal.ShouldRefuseNull(() => _ = new Finding(RuleIds.PairOneLead, C1, "m", "甲", null!), "source");
    }
}
