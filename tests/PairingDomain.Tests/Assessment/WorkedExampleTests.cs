using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using PairingDomain.Units;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// spec/examples/example-1: the same records built through the domain API give every number, status, short period,
/// trigger, action and finding of example-1.assessment.json.
/// </summary>
public class WorkedExampleTests
{
    private static readonly AnnualAssessment s_assessment = WorkedExample.Case().Assess();

    [Theory]
    [InlineData("U-101", "DUTY-LEAD-JOINT-MEETINGS", "SC-2019-4 §III.1", 4, 1, "short", "2019")]
    [InlineData("U-101", "DUTY-MAIN-LEADER-VISITS", "SC-2019-4 §III.2", 2, 2, "met", "")]
    [InlineData("U-101", "DUTY-MAIN-LEADER-MEETINGS", "SC-2019-4 §III.2", 1, 0, "short", "2019")]
    [InlineData("U-101", "DUTY-ANNUAL-PLAN", "SC-2019-4 §III.2", 2, 1, "short", "2019")]
    [InlineData("U-101", "DUTY-DEPUTY-VISITS", "SC-2019-4 §III.3", 4, 3, "short", "2019-Q3")]
    [InlineData("U-101", "DUTY-DEPUTY-MEETINGS", "SC-2019-4 §III.3", 4, 0, "short", "2019")]
    [InlineData("U-101", "DUTY-STUDY-TOUR", "SC-2019-4 §III.5", 1, 0, "short", "2019")]
    [InlineData("U-101", "DUTY-NIGHT-SCHOOL", "SC-2019-4 §III.5", 4, 1, "short", "2019")]
    [InlineData("U-102", "DUTY-LEAD-JOINT-MEETINGS", "SC-2019-4 §III.1", 2, 0, "short", "2019")]
    [InlineData("U-102", "DUTY-MAIN-LEADER-VISITS", "SC-2019-4 §III.2", 2, 1, "short", "2019")]
    [InlineData("U-102", "DUTY-MAIN-LEADER-MEETINGS", "SC-2019-4 §III.2", 1, 1, "met", "")]
    [InlineData("U-102", "DUTY-ANNUAL-PLAN", "SC-2019-4 §III.2", 2, 0, "short", "2019")]
    [InlineData("U-102", "DUTY-DEPUTY-VISITS", "SC-2019-4 §III.3", 4, 0, "short", "2019-Q1,2019-Q2,2019-Q3,2019-Q4")]
    [InlineData("U-102", "DUTY-DEPUTY-MEETINGS", "SC-2019-4 §III.3", 4, 0, "short", "2019")]
    [InlineData("U-102", "DUTY-STUDY-TOUR", "SC-2019-4 §III.5", 1, 0, "short", "2019")]
    [InlineData("U-102", "DUTY-NIGHT-SCHOOL", "SC-2019-4 §III.5", 4, 0, "short", "2019")]
    public void Assess_Example1_EachDutyAsExpected(string unit, string rule, string source, int required, int recorded,
        string status, string shortPeriods)
    {
        DutyResult d = s_assessment.Duty(unit, new RuleId(rule));
        d.Source.Should().Be(source);
        d.Required.Should().Be(required);
        d.Recorded.Should().Be(recorded);
        d.Status.EnglishName.Should().Be(status);
        string.Join(",", d.ShortPeriods).Should().Be(shortPeriods);
    }

    [Fact]
    public void Assess_Example1_UnitsAndDutiesInContractOrder()
    {
        s_assessment.Units.Select(u => u.Unit.Value).Should().Equal("U-101", "U-102");
        foreach (UnitAssessment u in s_assessment.Units)
        {
            u.Duties.Select(d => d.Rule).Should().Equal(PolicyEditions.Sichuan2019.Duties.Select(d => d.Id));
        }
        (s_assessment.Year, s_assessment.AsOf, s_assessment.Edition.Id).Should().Be((2019, TestRoster.D("2019-12-31"), "sichuan-2019"));
    }

    [Fact]
    public void Assess_Example1_MechanismAndExcellence()
    {
        s_assessment.Unit("U-101").Mechanism.Complete.Should().BeTrue();
        s_assessment.Unit("U-102").Mechanism.Missing.Should().Equal(MechanismPart.UndertakingOffice);
        s_assessment.Unit("U-101").Excellence.Eligible.Should().BeTrue();
        s_assessment.Unit("U-101").MainLeaderExcellence.Eligible.Should().BeTrue();
        (string, string)[] expected = [("BUNDLE-CADRE", "C-12"), ("BUNDLE-VILLAGE", "513429100001")];
        s_assessment.Unit("U-102").Excellence.Blocks().Should().Equal(expected);
        s_assessment.Unit("U-102").MainLeaderExcellence.Blocks().Should().Equal(expected);
    }

    [Fact]
    public void Assess_Example1_CadresAndFindings()
    {
        s_assessment.Cadres.Select(c => (c.Cadre.Value, string.Join(",", c.Actions))).Should().Equal(
            ("C-11", "CADRE-COMMEND"), ("C-12", "CADRE-RECALL"));
        s_assessment.FindingKeys().Should().Equal(("ACTIVITY-OUTSIDE-PAIRING", "A-12"));
    }

    [Fact]
    public void Explain_Example1_FormerDeputysVisitAfterHandoverCountsForNobody()
    {
        DutyExplanation e = s_assessment.Explain(new UnitId("U-101"), RuleIds.DutyDeputyVisits);
        e.Judgements.Single(j => j.Activity.Id.Value == "A-4").Verdict.Should().Be(ActivityVerdict.LeaderNotInPost);
        e.Result!.Evidence.Select(a => a.Value).Should().Equal("A-3", "A-5", "A-6");
        s_assessment.Duty("U-101", RuleIds.DutyMainLeaderVisits).Evidence.Select(a => a.Value).Should().Equal("A-1", "A-2");
    }

    [Fact]
    public void Assess_Example1_MatchesTheExpectedJsonField_ByField()
    {
        using Stream stream = typeof(WorkedExampleTests).Assembly.GetManifestResourceStream("example-1.assessment.json")!;
        using JsonDocument expected = JsonDocument.Parse(stream);
        JsonElement root = expected.RootElement;
        root.GetProperty("policy").GetString().Should().Be(s_assessment.Edition.Id);
        root.GetProperty("year").GetInt32().Should().Be(s_assessment.Year);
        root.GetProperty("asOf").GetString().Should().Be(s_assessment.AsOf.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        JsonElement[] units = [.. root.GetProperty("units").EnumerateArray()];
        units.Should().HaveCount(s_assessment.Units.Length);
        for (int u = 0; u < units.Length; u++)
        {
            UnitAssessment actual = s_assessment.Units[u];
            units[u].GetProperty("unit").GetString().Should().Be(actual.Unit.Value);
            JsonElement[] duties = [.. units[u].GetProperty("duties").EnumerateArray()];
            duties.Should().HaveCount(actual.Duties.Length);
            for (int d = 0; d < duties.Length; d++)
            {
                DutyResult result = actual.Duties[d];
                string because = $"{actual.Unit} {result.Rule}";
                duties[d].GetProperty("rule").GetString().Should().Be(result.Rule.Value, because);
                duties[d].GetProperty("source").GetString().Should().Be(result.Source, because);
                duties[d].GetProperty("required").GetInt32().Should().Be(result.Required, because);
                duties[d].GetProperty("recorded").GetInt32().Should().Be(result.Recorded, because);
                duties[d].GetProperty("status").GetString().Should().Be(result.Status.EnglishName, because);
                Strings(duties[d].GetProperty("shortPeriods")).Should().Equal(result.ShortPeriods.Select(p => p.ToString()), because);
            }
            JsonElement mechanism = units[u].GetProperty("mechanism");
            mechanism.GetProperty("complete").GetBoolean().Should().Be(actual.Mechanism.Complete);
            Strings(mechanism.GetProperty("missing")).Should().Equal(actual.Mechanism.Missing.Select(m => Kebab(m.Name)));
            Blocks(units[u].GetProperty("excellence")).Should().Equal(actual.Excellence.Blocks());
            Blocks(units[u].GetProperty("mainLeaderExcellence")).Should().Equal(actual.MainLeaderExcellence.Blocks());
        }
        root.GetProperty("cadres").EnumerateArray()
            .Select(c => (c.GetProperty("cadre").GetString()!, string.Join(",", Strings(c.GetProperty("actions")))))
            .Should().Equal(s_assessment.Cadres.Select(c => (c.Cadre.Value, string.Join(",", c.Actions))));
        root.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString()!, f.GetProperty("subject").GetString()!))
            .Should().Equal(s_assessment.FindingKeys());
    }

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    private static (string, string)[] Blocks(JsonElement excellence) =>
        excellence.GetProperty("blockedBy").EnumerateArray()
            .Select(b => (b.GetProperty("rule").GetString()!, b.GetProperty("subject").GetString()!)).ToArray();

    private static string Kebab(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
