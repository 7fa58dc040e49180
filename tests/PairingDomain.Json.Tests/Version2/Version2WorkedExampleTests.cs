using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// The worked example's <c>/2</c> twin (<c>src/PairingDomain/docs/examples/example-1.v2.*.json</c>), worked out by hand
/// from case-format-2.md §2–§4: the writer's <c>pairing-assessment/2</c> of the case matches the hand's assessment field
/// by field, each duty's <c>periods</c> included, with exactly its members in its order; only the findings' messages are
/// set aside, which the hand leaves to the core's wording. The <c>exits</c> and <c>statistics</c> of part 2 and the findings
/// they bring (<c>EXIT-CLAIM-UNSUPPORTED</c>, <c>OUTCOME-OUTSIDE-PAIRING</c>) are also worked here in the test, as literal
/// arithmetic from the case's records and sichuan-2019's figures, and must equal both the example file and the writer.
/// </summary>
public sealed class Version2WorkedExampleTests
{
    private static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", name));

    private static JsonObject Expected() => JsonNode.Parse(Example("example-1.v2.assessment.json"))!.AsObject();

    private static JsonObject Written()
    {
        CaseReadResult read = CaseReader.Read(Example("example-1.v2.case.json"));
        read.Problems.Should().BeEmpty();
        return JsonNode.Parse(AssessmentWriter.Write(read.Case.Assess(), new AssessmentWriterOptions { IncludeEvidence = false }))!.AsObject();
    }

    [Fact]
    public void WorkedExampleV2_EveryField_MatchesTheHandsAssessment()
    {
        JsonObject expected = Expected();

        expected["units"]!.AsArray().SelectMany(u => u!["duties"]!.AsArray()).Should()
            .OnlyContain(d => d!["periods"]!.AsArray().Count > 0, "the hand gives every duty its periods");
        JsonSubset.Differences(expected, Written()).Should().BeEmpty();
    }

    [Fact]
    public void WorkedExampleV2_Members_AreExactlyTheHandsInItsOrder()
    {
        JsonObject expected = Expected();

        // The hand gives no finding its message, which is the core's wording (the writer goldens set messages aside too).
        List<string> written = [.. MemberPaths(Written()).Where(p => !(p.StartsWith("$.findings[", StringComparison.Ordinal)
            && p.EndsWith("].message", StringComparison.Ordinal)))];
        List<string> hand = MemberPaths(expected);
        written.Except(hand).Should().BeEmpty("the writer writes no member the hand does not");
        hand.Except(written).Should().BeEmpty("the writer writes every member the hand does");
        written.Should().Equal(hand, "in the same order");
    }

    // ---- Part 2 by hand (case-format-2.md §2 "EXIT-*", §3 "exits", "statistics", §4) ----------------------------------
    // sichuan-2019 (src/PairingDomain/docs/examples/sichuan-2019.edition.json): EXIT-HOUSEHOLD poverty-line-2019 = 3218 yuan;
    // EXIT-VILLAGE incidence-below-percent 3 → 0.03, collective-income-above-yuan 0 (COLLECTIVE-INCOME-POSITIVE);
    // EXIT-COUNTY incidence-below-percent 3 → 0.03, wrongful-exit- and missed-registration-below-percent 2 → 0.02,
    // approval-above-percent 90 → 0.90. Every comparison is strict ("above", "below"), so a figure on its threshold fails.
    private const decimal PovertyLine2019 = 3218m;
    private const decimal IncidenceBelow = 3m / 100m;
    private const decimal CollectiveIncomeAbove = 0m;
    private const decimal RateBelow = 2m / 100m;
    private const decimal ApprovalAbove = 90m / 100m;

    private static JsonObject Standard(string member, string subject, params (bool Met, string Criterion)[] criteria)
    {
        string[] failed = [.. criteria.Where(c => !c.Met).Select(c => c.Criterion)];
        return new JsonObject
        {
            [member] = subject,
            ["met"] = failed.Length == 0,
            ["failed"] = new JsonArray([.. failed.Select(f => (JsonNode?)f)]),
        };
    }

    /// <summary><c>exits</c> worked from the case's indicator records of 2019, in case order.</summary>
    private static JsonObject HandExits() => new()
    {
        ["households"] = new JsonArray(
            // H-1 (513428100001, 2019): 4200 > 3218 yes, the seven guarantees true → met.
            Standard("household", "H-1", (4200m > PovertyLine2019, "income"), (true, "food-and-clothing"), (true, "education"),
                (true, "medical"), (true, "housing"), (true, "water"), (true, "electricity"), (true, "broadcast")),
            // H-2 (513428100001, 2019): 3218 > 3218? no → income; housing false → failed income, housing.
            Standard("household", "H-2", (3218m > PovertyLine2019, "income"), (true, "food-and-clothing"), (true, "education"),
                (true, "medical"), (false, "housing"), (true, "water"), (true, "electricity"), (true, "broadcast"))),
        // H-3 is of 2016 (line 2952, so it reads) and not of the year: not listed.
        ["villages"] = new JsonArray(
            // 513428100001: 0.021 < 0.03 yes; 52000 > 0 yes; road, clinic, culture room, network true → met.
            Standard("village", "513428100001", (0.021m < IncidenceBelow, "poverty-incidence"),
                (52000m > CollectiveIncomeAbove, "collective-income"), (true, "hardened-road"), (true, "clinic"), (true, "culture-room"),
                (true, "network")),
            // 513429100001: 0.03 < 0.03? no; 0 > 0? no; clinic false → failed poverty-incidence, collective-income, clinic.
            Standard("village", "513429100001", (0.03m < IncidenceBelow, "poverty-incidence"),
                (0m > CollectiveIncomeAbove, "collective-income"), (true, "hardened-road"), (false, "clinic"), (true, "culture-room"),
                (true, "network"))),
        ["counties"] = new JsonArray(
            // 513428: 0.025 < 0.03; 20 of 20 townships with school, health centre, service centre; 0.01 < 0.02; 0.015 < 0.02;
            // 0.905 > 0.90 → met.
            Standard("county", "513428", (0.025m < IncidenceBelow, "poverty-incidence"), (20 == 20, "township-school"),
                (20 == 20, "township-health-centre"), (20 == 20, "township-service-centre"), (0.01m < RateBelow, "wrongful-exit-rate"),
                (0.015m < RateBelow, "missed-registration-rate"), (0.905m > ApprovalAbove, "approval-rate")),
            // 513429: 0.0129 < 0.03; schools 30 of 30; health centres 29 of 30 → fail; service centres 30 of 30;
            // wrongful exits 0.02 < 0.02? no → fail; 0.001 < 0.02; 0.95 > 0.90 → failed township-health-centre, wrongful-exit-rate.
            Standard("county", "513429", (0.0129m < IncidenceBelow, "poverty-incidence"), (30 == 30, "township-school"),
                (29 == 30, "township-health-centre"), (30 == 30, "township-service-centre"), (0.02m < RateBelow, "wrongful-exit-rate"),
                (0.001m < RateBelow, "missed-registration-rate"), (0.95m > ApprovalAbove, "approval-rate"))),
    };

    private static JsonObject Kind(string kind, int main, int deputy, int other, int none) => new()
    {
        ["kind"] = kind,
        ["total"] = main + deputy + other + none,
        ["mainLeader"] = main,
        ["deputyLeader"] = deputy,
        ["otherLeader"] = other,
    };

    /// <summary>A sum as §4 writes it: an exact decimal with no trailing zeros (230000.50 → 230000.5).</summary>
    private static JsonObject Measure(string measure, decimal amount) => new()
    {
        ["measure"] = measure,
        ["amount"] = decimal.Parse(amount.ToString("G29", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
    };

    private static JsonObject Region(string region, int counties, int units, int visits, params (string Topic, int Visits)[] topics) => new()
    {
        ["region"] = region,
        ["counties"] = counties,
        ["units"] = units,
        ["supervisionVisits"] = visits,
        ["topics"] = new JsonArray([.. topics.Select(t => (JsonNode?)new JsonObject { ["topic"] = t.Topic, ["visits"] = t.Visits })]),
    };

    private static JsonObject Authority(string authority, int units, int unitsShort, int unitsEligible) => new()
    {
        ["authority"] = authority,
        ["units"] = units,
        ["unitsShort"] = unitsShort,
        ["unitsEligible"] = unitsEligible,
    };

    /// <summary><c>statistics</c> worked over the window 2019-01-01 to asOf 2019-12-31.</summary>
    private static JsonObject HandStatistics() => new()
    {
        // Every activity dated in the window whatever its verdict, by the post its `by` held on its date (§3); kinds with
        // zeros, the seven of /1 then party-lecture, branch-guidance (§4).
        ["activities"] = new JsonArray(
            // main: A-1, A-2 (1 October local, in the window) by L-1, A-11, A-12 (outside the pairing, counted all the same)
            // by L-4 (main leader to 30 June) = 4; deputy: A-3 by L-2, A-5, A-6 by L-3 = 3; A-4 by L-2 on 20 May, after L-2
            // left on 30 April, holds no post: in the total only. 4 + 3 + 0 + 1 = 8.
            Kind("supervision-visit", main: 4, deputy: 3, other: 0, none: 1),
            Kind("leadership-meeting", main: 1, deputy: 0, other: 0, none: 0), // A-13 by L-4
            Kind("office-meeting", 0, 0, 0, 0),
            Kind("joint-meeting", 0, 0, 0, none: 2),                            // no `by`
            Kind("annual-plan", 0, 0, 0, none: 1),
            Kind("study-tour", 0, 0, 0, 0),
            Kind("night-school", 0, 0, 0, none: 1),
            Kind("party-lecture", 0, 0, 0, 0),
            Kind("branch-guidance", 0, 0, 0, 0)),
        // Outcomes summed per measure, in measure order, only inside the pairing and the window (§1, §4):
        // O-4 (U-102, 金阳县, which it does not assist) is OUTCOME-OUTSIDE-PAIRING, not summed; O-5 (2018-12-20) and
        // O-7 (2020-01-01) lie outside the window and are ignored entirely.
        ["outcomes"] = new JsonArray(
            Measure("direct-investment", 150000.50m + 80000m),        // O-1 (U-101, 普格县) + O-2 (U-102, 布拖县 from 1 April) = 230000.5
            Measure("coordinated-investment", 0m),
            Measure("industry-investment", 0m),
            Measure("road-km", 3.5m),                                 // O-3 only
            Measure("housing-m2", 0m),
            Measure("clinic-m2", 0m),
            Measure("water-households", 0m),
            Measure("electricity-households", 0m),
            Measure("broadcast-households", 0m),
            Measure("village-cadres-trained", 25m),                   // O-6 (U-101, 金阳县, which it leads)
            Measure("party-members-trained", 0m),
            Measure("reserve-cadres-trained", 0m)),
        ["regions"] = new JsonArray(
            Region("tibetan", 0, 0, 0, ("endemic-disease", 0), ("relocation", 0), ("housing-renovation", 0), ("geological-hazard", 0),
                ("school-retention", 0), ("infrastructure", 0), ("stability", 0)),
            // The three counties are yi; U-101 and U-102 assist one of them; the 8 supervision visits all go to them. Topics:
            // A-1 basic-medical, school-retention; A-11 industry-employment, and relocation, which is on the Tibetan list
            // only and is counted nowhere (§4).
            Region("yi", counties: 3, units: 2, visits: 8, ("special-policies", 0), ("housing-safety", 0), ("basic-medical", 1),
                ("compulsory-education", 0), ("industry-employment", 1), ("drug-aids", 0), ("school-retention", 1), ("customs", 0)),
            Region("other", 0, 0, 0)),
        // U-101, a hospital, answers to health; U-102, a financial institution, to financial-supervision. Both have duties
        // short; U-101 is eligible, U-102 barred (BUNDLE-CADRE, BUNDLE-VILLAGE).
        ["authorities"] = new JsonArray(
            Authority("work-committee", 0, 0, 0),
            Authority("education", 0, 0, 0),
            Authority("health", units: 1, unitsShort: 1, unitsEligible: 1),
            Authority("sasac", 0, 0, 0),
            Authority("financial-supervision", units: 1, unitsShort: 1, unitsEligible: 0)),
        ["targets"] = new JsonObject
        {
            ["countiesDue"] = 1,       // 布拖县 plans 2019 (普格县, 金阳县 plan 2020)
            ["countiesDelisted"] = 1,  // and delisted in 2019 (whatever its indicators say: that is EXIT-CLAIM-UNSUPPORTED)
            ["villagesDue"] = 2,       // 513428100001 and 513429100001 plan 2019 (513430100001 planned 2018)
            ["villagesExited"] = 1,    // 513428100001 exited in 2019; 513429100001 has not
        },
    };

    [Fact]
    public void WorkedExampleV2_Exits_AreWorkedByHand()
    {
        string hand = HandExits().ToJsonString();

        Expected()["exits"]!.ToJsonString().Should().Be(hand, "the example file holds the hand's exits");
        Written()["exits"]!.ToJsonString().Should().Be(hand, "the library judges the records as the hand does");
    }

    [Fact]
    public void WorkedExampleV2_Statistics_AreWorkedByHand()
    {
        string hand = HandStatistics().ToJsonString();

        Expected()["statistics"]!.ToJsonString().Should().Be(hand, "the example file holds the hand's statistics");
        Written()["statistics"]!.ToJsonString().Should().Be(hand, "the library counts and sums as the hand does");
    }

    [Fact]
    public void WorkedExampleV2_ExitClaimsAndOutsideOutcomes_AreTheHandsFindings()
    {
        // Claims of 2019: 513428100001 exited, its record met → supported. 布拖县 (513429) delisted, its record fails →
        // EXIT-CLAIM-UNSUPPORTED. 513430100001 exited in 2018, not a claim of the year. O-4 → OUTCOME-OUTSIDE-PAIRING.
        (string, string)[] hand = [("EXIT-CLAIM-UNSUPPORTED", "513429"), ("OUTCOME-OUTSIDE-PAIRING", "O-4")];
        string[] rules = ["EXIT-CLAIM-UNSUPPORTED", "OUTCOME-OUTSIDE-PAIRING"];

        foreach (JsonObject assessment in new[] { Expected(), Written() })
        {
            assessment["findings"]!.AsArray()
                .Select(f => (f!["rule"]!.GetValue<string>(), f["subject"]!.GetValue<string>()))
                .Where(f => rules.Contains(f.Item1))
                .Should().Equal(hand);
        }
    }

    /// <summary>Every member's path in document order, array elements by index.</summary>
    private static List<string> MemberPaths(JsonNode node)
    {
        var paths = new List<string>();
        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach ((string name, JsonNode? value) in o)
                    {
                        paths.Add(path + "." + name);
                        Walk(value, path + "." + name);
                    }
                    break;
                case JsonArray a:
                    for (int i = 0; i < a.Count; i++)
                    {
                        Walk(a[i], $"{path}[{i}]");
                    }
                    break;
            }
        }
        Walk(node, "$");
        return paths;
    }
}
