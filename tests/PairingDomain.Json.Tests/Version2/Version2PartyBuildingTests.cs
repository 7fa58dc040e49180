using System;
using System.Linq;
using System.Text.Json.Nodes;
using PairingDomain.Assessment;
using PairingDomain.Policy;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// Party building in pairing-case/2 (§III.5 "结对共建", "党组织书记讲党课", "蹲点指导"; case-format-2.md §1) and its link
/// (§III.8 "与党建工作责任制挂钩"; §3 <c>links.partyBuilding</c>): <c>partyPairings</c>, the two activity kinds, read,
/// written back and counted; every bad record at once; a /1 case still refuses the new kinds.
/// </summary>
public sealed class Version2PartyBuildingTests
{
    private static JsonObject SeedNode() => JsonNode.Parse(Version2SeedTests.Seed("valid-version2-party-pairings.json"))!.AsObject();

    private static (string Path, string Code)[] Problems(JsonObject d) =>
        [.. CaseReader.Read(TestFiles.Utf8(d)).Problems.Select(p => (p.Path, p.Code))];

    private static JsonObject PartyBuilding(JsonObject d)
    {
        CaseReadResult read = CaseReader.Read(TestFiles.Utf8(d));
        read.Problems.Should().BeEmpty();
        return JsonNode.Parse(AssessmentWriter.Write(read.Case.Assess()))!["units"]![0]!["links"]!["partyBuilding"]!.AsObject();
    }

    private static string Text(JsonNode node) => node.ToJsonString();

    [Fact]
    public void Seed_PairedVillageLectureAndGuidance_AreCounted()
    {
        JsonObject party = PartyBuilding(SeedNode());
        Text(party).Should().Be("""{"postedVillages":1,"pairedVillages":1,"unpairedVillages":[],"partyLectures":1,"branchGuidance":1}""");
    }

    [Fact]
    public void Seed_RoundTripsThroughTheCaseWriter()
    {
        CaseReadResult read = CaseReader.Read(Version2SeedTests.Seed("valid-version2-party-pairings.json"));
        read.Case.PartyPairings.Pairings.Should().ContainSingle();
        byte[] written = CaseWriter.Write(read.Case);
        JsonNode.Parse(written)!["partyPairings"]!.ToJsonString().Should()
            .Be("""[{"unit":"U-201","village":"513428100001","from":"2018-07-01","to":null}]""");
        CaseWriter.Write(CaseReader.Read(written).Case).Should().Equal(written);
    }

    [Fact]
    public void PairingEndedBeforeTheWindow_LeavesTheVillageUnpaired()
    {
        JsonObject d = SeedNode();
        d["partyPairings"]![0]!["to"] = "2018-12-31";
        JsonObject party = PartyBuilding(d);
        party["pairedVillages"]!.GetValue<int>().Should().Be(0);
        Text(party["unpairedVillages"]!).Should().Be("""["513428100001"]""");
    }

    [Fact]
    public void PairingOfAnotherVillage_DoesNotPairThePostedOne()
    {
        JsonObject d = SeedNode();
        d["villages"]!.AsArray().Add(JsonNode.Parse("""{"code":"513428100002","county":"513428","name":"示例村002","plannedExitYear":2020,"exitedYear":null}"""));
        d["partyPairings"]![0]!["village"] = "513428100002";
        JsonObject party = PartyBuilding(d);
        (party["postedVillages"]!.GetValue<int>(), party["pairedVillages"]!.GetValue<int>()).Should().Be((1, 0));
    }

    [Fact]
    public void PartyLectureOutsideThePairing_IsAFindingAndNotCounted()
    {
        JsonObject d = SeedNode();
        d["counties"]!.AsArray().Add(JsonNode.Parse("""{"code":"513429","name":"布拖县","region":"yi","plannedDelistingYear":2020,"delistedYear":null}"""));
        d["activities"]![2]!["county"] = "513429";
        CaseReadResult read = CaseReader.Read(TestFiles.Utf8(d));
        read.Problems.Should().BeEmpty();
        AnnualAssessment a = read.Case.Assess();

        a.Findings.Select(f => (f.Rule.Value, f.Subject)).Should().Contain(("ACTIVITY-OUTSIDE-PAIRING", "A-3"));
        a.Units[0].Links!.PartyBuilding!.PartyLectures.Should().Be(0);
        a.Units[0].Links!.PartyBuilding!.BranchGuidance.Should().Be(1);
    }

    [Fact]
    public void PartyActivitiesAfterAsOf_AreNotCounted()
    {
        JsonObject d = SeedNode();
        d["asOf"] = "2019-06-30";
        Text(PartyBuilding(d)).Should().Contain("\"partyLectures\":1,\"branchGuidance\":0");
    }

    [Fact]
    public void PartyKinds_FeedNoDuty()
    {
        CaseReadResult read = CaseReader.Read(TestFiles.Utf8(SeedNode()));
        AnnualAssessment a = read.Case.Assess();
        a.Units[0].Duties.SelectMany(d => d.Evidence).Select(e => e.Value).Should().NotContain(["A-3", "A-4"]);
    }

    [Fact]
    public void BadPartyRecords_AreEveryOneReportedAtOnce()
    {
        JsonObject d = SeedNode();
        d["partyPairings"] = JsonNode.Parse("""
            [{"unit":"U-999","village":"513428100001","from":"2019-01-01","to":null},
             {"unit":"U-201","village":"513428199999","from":"2019-01-01","to":null},
             {"unit":"U-201","village":"513428100001","from":"2019-05-01","to":"2019-04-01"},
             {"unit":"U-201","village":"513428100001","to":null},
             {"unit":"U-201","village":"513428100001","from":"2019-01-01","to":null,"secretary":"X"}]
            """);
        d["activities"]!.AsArray().Add(JsonNode.Parse("""{"id":"A-5","kind":"branch-guidance","unit":"U-201","on":"2019-07-02","county":"513428"}"""));
        d["activities"]!.AsArray().Add(JsonNode.Parse("""{"id":"A-6","kind":"party-lecture","unit":"U-201","on":"2019-07-02"}"""));

        Problems(d).Should().BeEquivalentTo(new[]
        {
            ("$.activities[4].village", "missing-field"),
            ("$.activities[5].county", "missing-field"),
            ("$.partyPairings[0].unit", "unknown-reference"),
            ("$.partyPairings[1].village", "unknown-reference"),
            ("$.partyPairings[2].to", "date-order"),
            ("$.partyPairings[3].from", "missing-field"),
            ("$.partyPairings[4].secretary", "unknown-field"),
        });
    }

    [Fact]
    public void UnreadableKind_HidesTheMissingVillageItWouldCause()
    {
        JsonObject d = SeedNode();
        d["activities"]!.AsArray().Add(JsonNode.Parse("""{"id":"A-5","kind":"branch-guidanc","unit":"U-201","on":"2019-07-02","county":"513428"}"""));
        Problems(d).Should().Equal(("$.activities[4].kind", "invalid-value"));
    }

    [Theory]
    [InlineData("party-lecture")]
    [InlineData("branch-guidance")]
    public void Version1Case_PartyKind_IsInvalidValueListingTheSevenKinds(string kind)
    {
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        d["activities"]![0]!["kind"] = kind;
        CaseReadResult read = CaseReader.Read(TestFiles.Utf8(d));
        Problem problem = read.Problems.Should().ContainSingle().Subject;
        (problem.Path, problem.Code).Should().Be(("$.activities[0].kind", "invalid-value"));
        problem.Message.Should().EndWith("is not one of supervision-visit, leadership-meeting, office-meeting, joint-meeting, annual-plan, study-tour, night-school");
    }

    [Fact]
    public void Version1Case_PartyPairings_IsUnknownField()
    {
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        d["partyPairings"] = JsonNode.Parse("[]");
        Problems(d).Should().Equal(("$.partyPairings", "unknown-field"));
    }

    private static PolicyEdition Off(params RuleId[] rules)
    {
        PolicyEditionBuilder builder = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019);
        foreach (RuleId rule in rules)
        {
            builder.SetEnabled(rule, false);
        }
        return builder.Build().GetValueOrThrow();
    }

    [Theory]
    [InlineData("LINK-PERFORMANCE", "performance")]
    [InlineData("LINK-FOUR-GOOD-ONE-STRONG", "fourGoodOneStrong")]
    [InlineData("LINK-PARTY-BUILDING", "partyBuilding")]
    public void Write_LinkRuleSwitchedOff_WritesThatLinkNull(string id, string link)
    {
        // LINKS-FOLLOW-EDITION: the member stays, written null; the other two links are written as before.
        CaseReadResult read = CaseReader.Read(Version2SeedTests.Seed("valid-version2-party-pairings.json"));
        JsonObject on = JsonNode.Parse(AssessmentWriter.Write(read.Case.Assess()))!["units"]![0]!["links"]!.AsObject();
        PairingCase off = read.Case.WithEdition(Off(new RuleId(id)));
        JsonObject links = JsonNode.Parse(AssessmentWriter.Write(off.Assess()))!["units"]![0]!["links"]!.AsObject();

        on[link].Should().NotBeNull();
        links.ContainsKey(link).Should().BeTrue();
        links[link].Should().BeNull();
        links.Where(m => m.Key != link).Select(m => m.Value?.ToJsonString())
            .Should().Equal(on.Where(m => m.Key != link).Select(m => m.Value?.ToJsonString()));
    }

    [Fact]
    public void Write_AllLinkRulesSwitchedOff_WritesLinksNull()
    {
        CaseReadResult read = CaseReader.Read(Version2SeedTests.Seed("valid-version2-party-pairings.json"));
        PolicyEdition none = Off(RuleIds.LinkPerformance, RuleIds.LinkFourGoodOneStrong, RuleIds.LinkPartyBuilding);
        JsonObject unit = JsonNode.Parse(AssessmentWriter.Write(read.Case.WithEdition(none).Assess()))!["units"]![0]!.AsObject();

        unit.ContainsKey("links").Should().BeTrue();
        unit["links"].Should().BeNull();
        unit["score"].Should().NotBeNull();
    }
}
