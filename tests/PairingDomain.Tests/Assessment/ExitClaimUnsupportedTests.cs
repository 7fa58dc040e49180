using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.ExitCases;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// EXIT-CLAIM-UNSUPPORTED (case-format-2.md §2, §4): a village whose exitedYear, or a county whose delistedYear, is the
/// assessed year while its indicator record for the year fails its standard, or is missing.
/// </summary>
public class ExitClaimUnsupportedTests
{
    private static TestRoster Claims() =>
        new TestRoster().Unit(U1).Main(U1, M1).County(C1, plannedDelistingYear: 2019, delistedYear: 2019).Village(V1, plannedExitYear: 2019, exitedYear: 2019)
            .Pairing(C1, U1);

    private static string[] Unsupported(AnnualAssessment a) =>
        [.. a.Findings.Where(f => f.Rule == RuleIds.ExitClaimUnsupported).Select(f => f.Subject)];

    [Fact]
    public void ClaimsBorneOut_HaveNoFinding() =>
        Unsupported(Claims().AssessWithExits(b => b.AddVillage(Village()).AddCounty(County()))).Should().BeEmpty();

    [Fact]
    public void ClaimsWithFailingRecords_AreFindings()
    {
        AnnualAssessment a = Claims().AssessWithExits(b => b.AddVillage(Village(clinic: false)).AddCounty(County(approval: 0.8m)));
        Unsupported(a).Should().Equal(C1, V1); // by subject, ordinally
        Finding village = a.Findings.Single(f => f.Subject == V1);
        village.Message.Should().Contain("clinic").And.Contain("2019");
        village.ChineseMessage.Should().Contain("退出");
        village.Source.Should().NotBeEmpty();
        a.Findings.Single(f => f.Subject == C1).Message.Should().Contain("approval-rate");
    }

    [Fact]
    public void ClaimsWithoutARecordForTheYear_AreFindings() =>
        // §4: "also flags a claimed exit or delisting of the year that has no indicator record for the year".
        Unsupported(Claims().AssessWithExits(b => b.AddVillage(Village(year: 2018)).AddCounty(County(year: 2018)))).Should().Equal(C1, V1);

    [Fact]
    public void ClaimsOfAnotherYear_AreNotJudged() =>
        Unsupported(new TestRoster().Unit(U1).Main(U1, M1).County(C1, delistedYear: 2018).Village(V1, exitedYear: 2018).Pairing(C1, U1)
            .AssessWithExits(_ => { })).Should().BeEmpty();

    [Fact]
    public void FailingRecordWithoutAClaim_IsNoFinding() =>
        Unsupported(Standard().AssessWithExits(b => b.AddVillage(Village(clinic: false)))).Should().BeEmpty();

    [Fact]
    public void RuleSwitchedOff_HasNoFinding() =>
        Unsupported(Claims().AssessWithExits(_ => { }, PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.ExitClaimUnsupported, false)))
            .Should().BeEmpty();

    [Fact]
    public void StandardSwitchedOff_OnlyAMissingRecordIsUnsupported() =>
        Unsupported(Claims().AssessWithExits(b => b.AddVillage(Village(clinic: false)),
            PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.ExitVillage, false))).Should().Equal(C1);

    [Fact]
    public void Version1Case_HasNoFinding() => Unsupported(Claims().Assess()).Should().BeEmpty();
}
