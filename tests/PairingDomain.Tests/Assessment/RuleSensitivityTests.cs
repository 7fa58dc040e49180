using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// Every evaluated rule of sichuan-2019 changes the assessment when it is switched off or its parameter is changed, so
/// that no rule is carried in the catalogue without effect.
/// </summary>
public class RuleSensitivityTests
{
    // U-1 leads C1 all year and participates in C2: every duty applies, with per-county duties counted twice.
    private static readonly TestRoster s_records = Standard().Unit(U2).County(C2).Pairing(C2, U2, participants: U1);

    [Theory]
    [InlineData("DUTY-LEAD-JOINT-MEETINGS", 1)]
    [InlineData("DUTY-MAIN-LEADER-VISITS", 1)]
    [InlineData("DUTY-MAIN-LEADER-MEETINGS", 1)]
    [InlineData("DUTY-ANNUAL-PLAN", 2)]
    [InlineData("DUTY-DEPUTY-VISITS", 4)]
    [InlineData("DUTY-DEPUTY-MEETINGS", 1)]
    [InlineData("DUTY-STUDY-TOUR", 1)]
    [InlineData("DUTY-NIGHT-SCHOOL", 1)]
    public void Assess_DutyMinimumRaisedByOne_RaisesRequiredByItsTargetsOrQuarters(string id, int targets)
    {
        var rule = new RuleId(id);
        int minimum = ((DutyRule)PolicyEditions.Sichuan2019.GetRule(rule)).Minimum;
        int before = s_records.Assess().Duty(U1, rule).Required;
        int after = s_records.Assess(edition: PolicyEditions.Sichuan2019.WithDutyMinimum(rule, minimum + 1)).Duty(U1, rule).Required;
        (after - before).Should().Be(targets);
    }

    [Theory]
    [InlineData("DUTY-LEAD-JOINT-MEETINGS")]
    [InlineData("DUTY-MAIN-LEADER-VISITS")]
    [InlineData("DUTY-MAIN-LEADER-MEETINGS")]
    [InlineData("DUTY-ANNUAL-PLAN")]
    [InlineData("DUTY-DEPUTY-VISITS")]
    [InlineData("DUTY-DEPUTY-MEETINGS")]
    [InlineData("DUTY-STUDY-TOUR")]
    [InlineData("DUTY-NIGHT-SCHOOL")]
    public void Assess_DutySwitchedOffOrRemoved_IsNoLongerAssessed(string id)
    {
        var rule = new RuleId(id);
        s_records.Assess().Unit(U1).Duty(rule).Should().NotBeNull();
        s_records.Assess(edition: PolicyEditions.Sichuan2019.WithRuleEnabled(rule, false)).Unit(U1).Duty(rule).Should().BeNull();
        AnnualAssessment removed = s_records.Assess(edition: PolicyEditions.Sichuan2019.WithoutRule(rule));
        removed.Unit(U1).Duty(rule).Should().BeNull();
        removed.Unit(U1).Duties.Should().HaveCount(PolicyEditions.Sichuan2019.Duties.Length - 1);
    }

    [Theory]
    [InlineData("BUNDLE-CADRE")]
    [InlineData("BUNDLE-VILLAGE")]
    [InlineData("BUNDLE-COUNTY")]
    public void Assess_BundleSwitchedOff_NoLongerBlocks(string id)
    {
        var rule = new RuleId(id);
        TestRoster records = new TestRoster().Unit(U1).County(C1, 2019, null).Village(V1, 2019, null).Pairing(C1, U1)
            .Cadre("K-1", U1, V1).Grade("K-1", CadreGrade.Incompetent);
        records.Assess().Unit(U1).Excellence.BlockedBy.Should().Contain(b => b.Rule == rule);
        records.Assess(edition: PolicyEditions.Sichuan2019.WithRuleEnabled(rule, false)).Unit(U1).Excellence.BlockedBy
            .Should().NotContain(b => b.Rule == rule).And.HaveCount(2);
    }

    [Theory]
    [InlineData("BUNDLE-VILLAGE", "BUNDLE-VILLAGE-AT-RISK")]
    [InlineData("BUNDLE-COUNTY", "BUNDLE-COUNTY-AT-RISK")]
    public void Assess_BundleSwitchedOff_NoLongerAtRiskMidYear(string bundle, string atRisk)
    {
        TestRoster records = new TestRoster().Unit(U1).County(C1, 2019, null).Village(V1, 2019, null).Pairing(C1, U1).Cadre("K-1", U1, V1);
        records.Assess("2019-06-30").Findings.Select(f => f.Rule.Value).Should().Contain(atRisk);
        records.Assess("2019-06-30", PolicyEditions.Sichuan2019.WithRuleEnabled(new RuleId(bundle), false)).Findings
            .Select(f => f.Rule.Value).Should().NotContain(atRisk);
    }

    [Theory]
    [InlineData("PAIR-ONE-LEAD")]
    [InlineData("PAIR-LEAD-AND-PARTICIPANT")]
    [InlineData("PAIR-FULL-COVERAGE")]
    [InlineData("POSTING-OUTSIDE-PAIRING")]
    [InlineData("ACTIVITY-OUTSIDE-PAIRING")]
    public void Assess_FindingRuleSwitchedOff_IsNotReported(string id)
    {
        // PolicyRule.IsEnabled: "Whether the edition applies the rule."
        var rule = new RuleId(id);
        TestRoster records = new TestRoster().Unit(U1).Unit(U2).Main(U1, M1).County(C1).County(C2).County(C3).Village(V2)
            .Pairing(C1, U1, participants: U1).Pairing(C1, U2)
            .Cadre("K-1", U1, V2)
            .Visit("A-1", U1, M1, "2019-05-01", C2);
        records.Assess().Findings.Should().Contain(f => f.Rule == rule);
        records.Assess(edition: PolicyEditions.Sichuan2019.WithRuleEnabled(rule, false)).Findings
            .Should().NotContain(f => f.Rule == rule).And.NotBeEmpty();
    }

    [Theory]
    [InlineData("BUNDLE-VILLAGE-AT-RISK")]
    [InlineData("BUNDLE-COUNTY-AT-RISK")]
    public void Assess_AtRiskRuleSwitchedOff_IsNotReportedButTheOtherIs(string id)
    {
        var rule = new RuleId(id);
        TestRoster records = new TestRoster().Unit(U1).County(C1, 2019, null).Village(V1, 2019, null).Pairing(C1, U1).Cadre("K-1", U1, V1);
        records.Assess("2019-06-30").Findings.Should().Contain(f => f.Rule == rule);
        records.Assess("2019-06-30", PolicyEditions.Sichuan2019.WithRuleEnabled(rule, false)).Findings
            .Should().NotContain(f => f.Rule == rule).And.ContainSingle();
    }
}
