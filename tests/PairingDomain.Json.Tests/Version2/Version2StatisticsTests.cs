using System.Linq;
using System.Text.Json.Nodes;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Assessment.Statistics;
using PairingDomain.Places;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// <c>statistics</c> (case-format-2.md §3, §4) on example-1 as a <c>/2</c> case with topics and outcomes, every figure
/// counted by hand from the case below.
/// </summary>
public sealed class Version2StatisticsTests
{
    // example-1: U-101 (hospital; L-1 main, L-2 deputy to 2019-04-30, L-3 deputy from 2019-05-01) leads 513428 (U-102
    // participates) and 513430; U-102 (financial institution; L-4 main, L-5 deputy) leads 513429 from 2019-04-01. All
    // three counties are Yi. Visits: A-1, A-2 (L-1), A-3 (L-2, in post), A-4 (L-2, on 2019-05-20: no longer in post),
    // A-5, A-6 (L-3), A-11 (L-4), A-12 (L-4, in 513430 which U-102 does not assist: outside, still counted here);
    // joint meetings A-7, A-8 (no by); annual plan A-9; night school A-10; leadership meeting A-13 (L-4).
    private static JsonObject Example(string? asOf = null)
    {
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        d["format"] = "pairing-case/2";
        if (asOf is not null)
        {
            d["asOf"] = asOf;
        }
        JsonArray activities = d["activities"]!.AsArray();
        activities[0]!["topics"] = JsonNode.Parse("""["special-policies", "school-retention", "relocation"]""");
        activities[10]!["topics"] = JsonNode.Parse("""["school-retention"]""");
        d["outcomes"] = JsonNode.Parse("""
            [
              { "id": "O-1", "unit": "U-101", "county": "513428", "on": "2019-03-01", "measure": "direct-investment", "amount": 100.25 },
              { "id": "O-2", "unit": "U-102", "county": "513428", "on": "2019-06-30", "measure": "direct-investment", "amount": 200.75 },
              { "id": "O-3", "unit": "U-102", "county": "513430", "on": "2019-06-30", "measure": "direct-investment", "amount": 5 },
              { "id": "O-4", "unit": "U-101", "county": "513430", "on": "2019-07-01", "measure": "housing-m2", "amount": 0.1 },
              { "id": "O-5", "unit": "U-101", "county": "513430", "on": "2019-07-02", "measure": "housing-m2", "amount": 0.2 }
            ]
            """);
        return d;
    }

    private static AnnualAssessment Assess(JsonObject d) => CaseReader.Read(TestFiles.Utf8(d)).Case.Assess();

    [Fact]
    public void Activities_PerKindInKindOrder_ByThePostOnTheDate()
    {
        AssessmentStatistics s = Assess(Example()).Statistics;

        s.Activities.Select(a => a.Kind).Should().Equal(ActivityKind.List.OrderBy(k => k.Value));
        s.Activities.Select(a => (a.Kind.ContractId, a.Total, a.MainLeader, a.DeputyLeader, a.OtherLeader)).Should().Equal(
            ("supervision-visit", 8, 4, 3, 0),
            ("leadership-meeting", 1, 1, 0, 0),
            ("office-meeting", 0, 0, 0, 0),
            ("joint-meeting", 2, 0, 0, 0),
            ("annual-plan", 1, 0, 0, 0),
            ("study-tour", 0, 0, 0, 0),
            ("night-school", 1, 0, 0, 0),
            ("party-lecture", 0, 0, 0, 0),
            ("branch-guidance", 0, 0, 0, 0));
    }

    [Fact]
    public void Activities_AsOf_CountOnlyTheWindow()
    {
        AssessmentStatistics s = Assess(Example("2019-04-30")).Statistics;

        // A-1 (L-1) and A-3 (L-2) are the visits up to 30 April; too; are on 8 and 9 April.
        s.Activities.Select(a => (a.Total, a.MainLeader, a.DeputyLeader)).Take(5).Should().Equal((2, 1, 1), (1, 1, 0), (0, 0, 0), (2, 0, 0), (1, 0, 0));
        s.Regions.Single(r => r.Region == Region.Yi).SupervisionVisits.Should().Be(2);
        s.Outcomes.Single(o => o.Measure == Outcomes.OutcomeMeasure.DirectInvestment).Amount.Should().Be(100.25m);
    }

    [Fact]
    public void Outcomes_ExactSumsInsideThePairing()
    {
        AssessmentStatistics s = Assess(Example()).Statistics;

        s.Outcomes.Where(o => o.Amount != 0).Select(o => (o.Measure.ContractId, o.Amount)).Should().Equal(
            ("direct-investment", 301m), ("housing-m2", 0.3m));
        s.Outcomes.Should().HaveCount(12);
    }

    [Fact]
    public void Regions_CountiesUnitsVisitsAndTheRegionsOwnTopics()
    {
        AssessmentStatistics s = Assess(Example()).Statistics;

        s.Regions.Select(r => (r.Region.ContractId, r.Counties, r.Units, r.SupervisionVisits)).Should().Equal(
            ("tibetan", 0, 0, 0), ("yi", 3, 2, 8), ("other", 0, 0, 0));
        RegionStatistics yi = s.Regions[1];
        yi.Topics.Select(t => t.Topic).Should().Equal(FocusTopic.ListFor(Region.Yi));
        // relocation is on the Tibetan list only: a visit to a Yi county carrying it counts nowhere.
        yi.Topics.Where(t => t.Visits > 0).Select(t => (t.Topic.ContractId, t.Visits)).Should().Equal(("special-policies", 1), ("school-retention", 2));
        s.Regions[0].Topics.Should().HaveCount(7).And.OnlyContain(t => t.Visits == 0);
        s.Regions[2].Topics.Should().BeEmpty();
    }

    [Fact]
    public void Authorities_InTheOrderOfDomainSection1_WithTheUnitsResults()
    {
        AnnualAssessment a = Assess(Example());
        AssessmentStatistics s = a.Statistics;
        int Short(string unit) => a.ForUnit(new UnitId(unit))!.Duties.Any(d => d.Status == DutyStatus.Short) ? 1 : 0;
        int Eligible(string unit) => a.ForUnit(new UnitId(unit))!.Excellence.Eligible ? 1 : 0;

        s.Authorities.Select(x => (x.StatisticsId, x.Units, x.UnitsShort, x.UnitsEligible)).Should().Equal(
            ("work-committee", 0, 0, 0), ("education", 0, 0, 0), ("health", 1, Short("U-101"), Eligible("U-101")), ("sasac", 0, 0, 0),
            ("financial-supervision", 1, Short("U-102"), Eligible("U-102")));
        (Short("U-101") + Short("U-102")).Should().BeGreaterThan(0, "example-1 has short duties, so the column is exercised");
    }

    [Fact]
    public void Targets_DueAndAchieved()
    {
        Assess(Example()).Statistics.Targets.Should().Be(new TargetStatistics(CountiesDue: 1, CountiesDelisted: 1, VillagesDue: 2, VillagesExited: 1));
    }

    [Fact]
    public void Writer_WritesTheFiguresAtTheirPlace()
    {
        JsonObject written = JsonNode.Parse(AssessmentWriter.Write(Assess(Example())))!.AsObject();

        written.Select(p => p.Key).TakeLast(2).Should().Equal("statistics", "findings");
        JsonNode s = written["statistics"]!;
        s["outcomes"]![0]!["amount"]!.ToJsonString().Should().Be("301");
        s["outcomes"]![4]!["amount"]!.ToJsonString().Should().Be("0.3");
        s["outcomes"]![1]!["amount"]!.ToJsonString().Should().Be("0");
        s["authorities"]!.AsArray().Select(x => (string?)x!["authority"]).Should().Equal("work-committee", "education", "health", "sasac", "financial-supervision");
        s["regions"]![1]!["topics"]![6]!.ToJsonString().Should().Be("""{"topic":"school-retention","visits":2}""");
        s["regions"]![2]!["topics"]!.AsArray().Should().BeEmpty();
    }
}
