using System;
using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// Every rule that pairing-case/2 feeds changes the assessment when the edition switches it off, and only its own part:
/// no rule is carried in the catalogue without effect (as <see cref="RuleSensitivityTests"/> checks for version 1).
/// </summary>
public class Version2RuleSensitivityTests
{
    // K-1 (U-1's first secretary in V1) keeps no work record: DUTY-CADRE-FULL-TIME short, so CADRE-CRITICISE. V1's team is
    // K-1 and L-1 (TEAM-MIN-SIZE), L-2 left after three months (TEAM-TERM); V2 exited in 2018 and its only member L-3
    // left on 28 February (TEAM-STAYS-AFTER-EXIT). The Work Committee held no training (DUTY-COMMITTEE-TRAINING short).
    private static readonly TestRoster s_records = Standard().County(C2).Village(V2, plannedExitYear: 2018, exitedYear: 2018).Pairing(C2, U1);

    private static readonly Action<CadreWorkBookBuilder> s_work = w => w
        .AddLocalCadre(Local("L-1", V1, "2018-01-01", null))
        .AddLocalCadre(Local("L-2", V1, "2019-01-01", "2019-03-31"))
        .AddLocalCadre(Local("L-3", V2, "2017-01-01", "2019-02-28"));

    private static LocalCadre Local(string id, string village, string from, string? to) =>
        new(new CadreId(id), "本地" + id, LocalCadreLevel.Township, VillageCode.Parse(village), CadrePost.TeamMember, R(from, to));

    private static string[] Parts(AnnualAssessment a) =>
    [
        .. a.Cadres.SelectMany(c => c.Duties.Where(d => d.Status == DutyStatus.Short).Select(d => $"{c.Cadre} {d.Rule}")),
        .. a.Cadres.SelectMany(c => c.Actions.Select(r => $"{c.Cadre} {r}")),
        .. a.CommitteeDuties.Select(d => $"committee {d.Rule} {d.Status.Name}"),
        .. a.Findings.Select(f => $"{f.Rule} {f.Subject}"),
    ];

    [Fact]
    public void Assess_AllOn_EveryVersion2RuleFires() =>
        Parts(s_records.AssessWith(s_work)).Should().BeEquivalentTo(
            "K-1 DUTY-CADRE-FULL-TIME", "K-1 CADRE-CRITICISE", "committee DUTY-COMMITTEE-TRAINING Short",
            $"TEAM-MIN-SIZE {V1}", $"TEAM-MIN-SIZE {V2}", "TEAM-TERM L-2", $"TEAM-STAYS-AFTER-EXIT {V2}");

    [Theory]
    [InlineData("DUTY-CADRE-FULL-TIME", "K-1 DUTY-CADRE-FULL-TIME", "K-1 CADRE-CRITICISE")]
    [InlineData("CADRE-CRITICISE", "K-1 CADRE-CRITICISE")]
    [InlineData("DUTY-COMMITTEE-TRAINING", "committee DUTY-COMMITTEE-TRAINING Short")]
    [InlineData("TEAM-MIN-SIZE", "TEAM-MIN-SIZE 513428100001", "TEAM-MIN-SIZE 513429100001")]
    [InlineData("TEAM-TERM", "TEAM-TERM L-2")]
    [InlineData("TEAM-STAYS-AFTER-EXIT", "TEAM-STAYS-AFTER-EXIT 513429100001")]
    public void Assess_RuleSwitchedOff_RemovesExactlyWhatItProduced(string id, params string[] produced)
    {
        // Switching off DUTY-CADRE-FULL-TIME also removes the criticism it caused (CRITICISE-ON-CADRE-DUTY-SHORT).
        string[] all = Parts(s_records.AssessWith(s_work));
        string[] off = Parts(s_records.AssessWith(s_work, edition: PolicyEditions.Sichuan2019.WithRuleEnabled(new RuleId(id), false)));

        off.Should().BeEquivalentTo(all.Except(produced));
        all.Should().Contain(produced);
    }

    [Fact]
    public void Assess_CadreDutyOff_NoDutyIsListedForTheCadre()
    {
        AnnualAssessment off = s_records.AssessWith(s_work, edition: PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.DutyCadreFullTime, false));

        off.Cadres.Single(c => c.Cadre == new CadreId("K-1")).Duties.Should().BeEmpty();
    }

    [Fact]
    public void Assess_CommitteeMinimumRaised_RaisesRequired()
    {
        AnnualAssessment six = s_records.AssessWith(s_work, edition: PolicyEditions.Sichuan2019.WithDutyMinimum(RuleIds.DutyCommitteeTraining, 6));

        six.CommitteeDuties.Single().Required.Should().Be(6);
        s_records.AssessWith(s_work).CommitteeDuties.Single().Required.Should().Be(5);
    }

    // The three links (§III.8 三挂钩: "与单位年度目标绩效考核、领导班子“四好一强”评选、党建工作责任制挂钩"), one summary per
    // unit and link: a link whose rule the edition does not apply is null (LINKS-FOLLOW-EDITION).
    private static string[] LinkParts(AnnualAssessment a) =>
    [
        .. a.Units.Select(u => $"{u.Unit} performance {(u.Links?.Performance is { } p ? $"{p.Points} {p.Grade.ContractId}" : "null")}"),
        .. a.Units.Select(u => $"{u.Unit} fourGoodOneStrong {(u.Links?.FourGoodOneStrong is { } e ? $"{e.Eligible} {e.BlockedBy.Length}" : "null")}"),
        .. a.Units.Select(u => $"{u.Unit} partyBuilding {(u.Links?.PartyBuilding is { } b ? $"{b.PostedVillages} {b.PairedVillages} {b.PartyLectures} {b.BranchGuidance}" : "null")}"),
    ];

    [Theory]
    [InlineData("LINK-PERFORMANCE", "performance")]
    [InlineData("LINK-FOUR-GOOD-ONE-STRONG", "fourGoodOneStrong")]
    [InlineData("LINK-PARTY-BUILDING", "partyBuilding")]
    public void Assess_LinkRuleSwitchedOff_NullsExactlyItsLink(string id, string link)
    {
        AnnualAssessment on = s_records.AssessWith(s_work);
        AnnualAssessment off = s_records.AssessWith(s_work, edition: PolicyEditions.Sichuan2019.WithRuleEnabled(new RuleId(id), false));
        string[] all = LinkParts(on);
        string[] produced = [.. all.Where(p => p.Split(' ')[1] == link)];

        produced.Should().NotBeEmpty().And.OnlyContain(p => !p.EndsWith(" null", StringComparison.Ordinal));
        LinkParts(off).Should().Equal(all.Select(p => produced.Contains(p) ? string.Join(' ', p.Split(' ')[..2]) + " null" : p));
        off.Units.Select(u => u.Score?.Points).Should().Equal(on.Units.Select(u => u.Score?.Points), "the score does not depend on the links");
    }

    [Fact]
    public void Assess_AllLinkRulesRemoved_LinksIsNull()
    {
        PolicyEdition none = PolicyEditions.Sichuan2019
            .WithoutRule(RuleIds.LinkPerformance).WithoutRule(RuleIds.LinkFourGoodOneStrong).WithoutRule(RuleIds.LinkPartyBuilding);

        AnnualAssessment a = s_records.AssessWith(s_work, edition: none);

        a.Units.Should().NotBeEmpty().And.OnlyContain(u => u.Links == null);
        a.Unit(U1).Score.Should().NotBeNull();
    }

    [Fact]
    public void Assess_LinkPerformance_SeedIII8_PerformanceAssessmentReceivesTheScore()
    {
        // §III.8 "与单位年度目标绩效考核挂钩": the score goes to 部门年度目标绩效考核. Fails when LINK-PERFORMANCE is removed.
        UnitAssessment u1 = s_records.AssessWith(s_work).Unit(U1);

        u1.Links!.Performance.Should().NotBeNull();
        (u1.Links.Performance!.Points, u1.Links.Performance.Grade).Should().Be((u1.Score!.Points, u1.Score.Grade));
    }

    [Fact]
    public void Assess_LinkFourGoodOneStrong_SeedIII8_LeadershipEvaluationReceivesTheExcellenceBar()
    {
        // §III.8 "与领导班子“四好一强”评选挂钩": the excellence bar goes to 四好一强. Fails when LINK-FOUR-GOOD-ONE-STRONG is removed.
        UnitAssessment u1 = s_records.AssessWith(s_work).Unit(U1);

        u1.Links!.FourGoodOneStrong.Should().BeSameAs(u1.Excellence);
    }

    [Fact]
    public void Assess_LinkPartyBuilding_SeedIII8_PartyBuildingSystemReceivesThePostedVillages()
    {
        // §III.8 "与党建工作责任制挂钩": U-1's cadre K-1 is posted in V1. Fails when LINK-PARTY-BUILDING is removed.
        UnitAssessment u1 = s_records.AssessWith(s_work).Unit(U1);

        u1.Links!.PartyBuilding.Should().NotBeNull();
        u1.Links.PartyBuilding!.PostedVillages.Should().Be(1);
    }
}
