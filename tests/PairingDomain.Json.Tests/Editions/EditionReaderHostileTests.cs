using System;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using PairingDomain.Policy;
using static PairingDomain.Json.Tests.Editions.EditionRoundTripTests;

namespace PairingDomain.Json.Tests.Editions;

/// <summary>
/// Bad <c>pairing-edition/1</c> documents: every problem with its JSONPath and code, all at once, no cascade, never a
/// throw.
/// </summary>
public sealed class EditionReaderHostileTests
{
    private static JsonObject Rule(JsonObject json, RuleId id) =>
        json["rules"]!.AsArray().Single(r => (string?)r!["id"] == id.Value)!.AsObject();

    private static int IndexOf(RuleId id) => PolicyEditions.Sichuan2019.Rules.Select(r => r.Id).ToList().IndexOf(id);

    private static (string Path, string Code)[] Problems(JsonNode json)
    {
        EditionReadResult result = Read(json);
        result.Success.Should().BeFalse();
        return [.. result.Problems.Select(p => (p.Path, p.Code))];
    }

    private static (string Path, string Code)[] Problems(string text)
    {
        EditionReadResult result = EditionReader.Read(Encoding.UTF8.GetBytes(text));
        result.Success.Should().BeFalse();
        return [.. result.Problems.Select(p => (p.Path, p.Code))];
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("[1,2]")]
    [InlineData("{\"format\":\"pairing-edition/1\",}")]
    public void Read_NotAnEditionObject_OneProblemAtTheRoot(string text)
    {
        (string Path, string Code)[] problems = Problems(text);

        problems.Should().ContainSingle().Which.Path.Should().Be("$");
    }

    [Fact]
    public void Read_InvalidUtf8_IsInvalidJson()
    {
        EditionReadResult result = EditionReader.Read([0x7B, 0xFF, 0x7D]);

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.InvalidJson);
    }

    [Fact]
    public void Read_FieldProblemAndEditionWideProblems_AllReportedAtOnce()
    {
        JsonObject json = SichuanJson();
        json.Remove("title");
        json["years"] = new JsonObject { ["from"] = 2020, ["to"] = 2018 };
        json["scoringTable"]!.AsArray().Add(new JsonObject { ["rule"] = "NO-SUCH-RULE", ["perMissing"] = 1, ["max"] = 1 });
        int last = json["scoringTable"]!.AsArray().Count - 1;

        Problems(json).Should().BeEquivalentTo(
            [("$.title", ProblemCodes.MissingField), ("$.years", ProblemCodes.InvalidValue), ($"$.scoringTable[{last}].rule", ProblemCodes.UnknownReference)]);
    }

    [Fact]
    public void Read_UnreadableRuleRecord_ScoringRowNamingItIsNoCascade()
    {
        JsonObject json = SichuanJson();
        Rule(json, RuleIds.DutyMainLeaderVisits)["minimum"] = "two";

        Problems(json).Should().Equal(($"$.rules[{IndexOf(RuleIds.DutyMainLeaderVisits)}].minimum", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_OtherFormat_IsUnsupportedAndNothingElse()
    {
        JsonObject json = SichuanJson();
        json["format"] = "pairing-case/1";
        json["id"] = 3;

        Problems(json).Should().Equal(("$.format", JsonProblemCodes.UnsupportedFormat));
    }

    [Fact]
    public void Read_NoFormat_IsMissing()
    {
        JsonObject json = SichuanJson();
        json.Remove("format");

        Problems(json).Should().Equal(("$.format", ProblemCodes.MissingField));
    }

    [Fact]
    public void Read_ManyBadFields_AreAllReportedAtOnce()
    {
        JsonObject json = SichuanJson();
        json["year"] = "2019";
        json["title"]!["en"] = " ";
        json["gradeScale"]!["grades"] = new JsonArray("excellent", "superb");
        JsonObject visits = Rule(json, RuleIds.DutyMainLeaderVisits);
        visits["minimum"] = -1;
        visits["period"] = "fortnight";
        JsonObject plan = Rule(json, RuleIds.DutyAnnualPlan);
        plan["holder"] = null;
        plan["colour"] = "red";
        JsonObject team = Rule(json, RuleIds.TeamMinSize);
        team["parameters"]![0]!["name"] = "Minimum";
        json["interpretations"]![0]!["adopted"] = "yes";
        json["scoringTable"]![0]!["perMissing"] = -1;

        (string Path, string Code)[] problems = Problems(json);

        int v = IndexOf(RuleIds.DutyMainLeaderVisits), p = IndexOf(RuleIds.DutyAnnualPlan), t = IndexOf(RuleIds.TeamMinSize);
        problems.Should().BeEquivalentTo(new[]
        {
            ("$.scoringTable[0].perMissing", ProblemCodes.InvalidValue),
            ("$.year", ProblemCodes.InvalidValue),
            ("$.title.en", ProblemCodes.InvalidValue),
            ("$.gradeScale.grades[1]", ProblemCodes.InvalidValue),
            ($"$.rules[{v}].minimum", ProblemCodes.InvalidValue),
            ($"$.rules[{v}].period", ProblemCodes.InvalidValue),
            ($"$.rules[{p}].colour", JsonProblemCodes.UnknownField),
            ($"$.rules[{p}].holder", ProblemCodes.MissingField),
            ($"$.rules[{t}].parameters[0].name", ProblemCodes.InvalidValue),
            ("$.interpretations[0].adopted", ProblemCodes.InvalidValue),
        });
    }

    [Fact]
    public void Read_BadScoringRows_AreAllReportedAtTheirMembers()
    {
        JsonObject json = SichuanJson();
        JsonArray rows = json["scoringTable"]!.AsArray();
        rows.Count.Should().BeGreaterThan(3, "sichuan-2019 carries the illustrative table");
        rows[0]!["rule"] = "not a rule";
        rows[1]!["max"] = "ten";
        rows[2]!.AsObject().Remove("perMissing");
        rows[3]!["weight"] = 1;
        rows.Add(JsonNode.Parse(rows[4]!.ToJsonString()));
        int last = rows.Count - 1;

        Problems(json).Should().BeEquivalentTo(new[]
        {
            ("$.scoringTable[0].rule", ProblemCodes.InvalidValue),
            ("$.scoringTable[1].max", ProblemCodes.InvalidValue),
            ("$.scoringTable[2].perMissing", ProblemCodes.MissingField),
            ("$.scoringTable[3].weight", JsonProblemCodes.UnknownField),
            ($"$.scoringTable[{last}].rule", ProblemCodes.DuplicateId),
        });
    }

    [Fact]
    public void Read_ScoringRowsOfAnUnknownOrAnUnscorableRule_AreRefusedAtTheirRule()
    {
        JsonObject json = SichuanJson();
        JsonArray rows = json["scoringTable"]!.AsArray();
        rows.Add(JsonNode.Parse("""{"rule":"DUTY-MOON-VISITS","perMissing":5,"max":10}"""));
        rows.Add(JsonNode.Parse("""{"rule":"TEAM-MIN-SIZE","perMissing":5,"max":10}"""));
        int n = rows.Count;

        Problems(json).Should().BeEquivalentTo(new[]
        {
            ($"$.scoringTable[{n - 2}].rule", ProblemCodes.UnknownReference),
            ($"$.scoringTable[{n - 1}].rule", ProblemCodes.InvalidValue),
        });
    }

    [Fact]
    public void Read_ScoringTableNotAListOfObjects_IsInvalidValueAtIt()
    {
        JsonObject json = SichuanJson();
        json["scoringTable"]![0] = "row";

        Problems(json).Should().Equal(("$.scoringTable[0]", ProblemCodes.InvalidValue));
        json["scoringTable"] = new JsonObject();

        Problems(json).Should().Equal(("$.scoringTable", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_NoScoringTable_IsAnEditionWithoutRows()
    {
        JsonObject json = SichuanJson();
        json.Remove("scoringTable");

        EditionReadResult result = Read(json);

        result.Success.Should().BeTrue();
        result.Edition.ScoringTable.Rows.Should().BeEmpty();
    }

    [Fact]
    public void Read_DuplicateRule_IsReportedAtTheSecondAndOnlyThere()
    {
        JsonObject json = SichuanJson();
        JsonArray rules = json["rules"]!.AsArray();
        rules.Add(rules[1]!.DeepClone());

        Problems(json).Should().Equal(($"$.rules[{rules.Count - 1}].id", ProblemCodes.DuplicateId));
    }

    [Fact]
    public void Read_MemberGivenTwice_IsReportedAtTheSecond()
    {
        string text = Encoding.UTF8.GetString(EditionWriter.Write(PolicyEditions.Sichuan2019))
            .Replace("\"year\": 2019,", "\"year\": 2019, \"year\": 2019,", StringComparison.Ordinal);

        Problems(text).Should().Equal(("$.year", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_EditionWideChecks_AreReportedAtTheRulesMember()
    {
        JsonObject json = SichuanJson();
        Rule(json, RuleIds.DutyAnnualPlan)["period"] = "quarter";
        Rule(json, RuleIds.DutyNightSchool)["text"]!["zh"] = "每年至少{maximum}次";
        Rule(json, RuleIds.TeamTerm)["parameters"]![0]!["value"] = "two";
        json["years"]!["from"] = 2020;
        JsonArray rows = json["scoringTable"]!.AsArray();
        rows.Add(JsonNode.Parse("""{"rule":"TEAM-MIN-SIZE","perMissing":5,"max":10}"""));

        Problems(json).Should().BeEquivalentTo(new[]
        {
            ("$.years", ProblemCodes.InvalidValue),
            ($"$.rules[{IndexOf(RuleIds.DutyAnnualPlan)}].period", ProblemCodes.InvalidValue),
            ($"$.rules[{IndexOf(RuleIds.DutyNightSchool)}].text", ProblemCodes.InvalidValue),
            ($"$.rules[{IndexOf(RuleIds.TeamTerm)}].parameters[0].value", ProblemCodes.InvalidValue),
            ($"$.scoringTable[{rows.Count - 1}].rule", ProblemCodes.InvalidValue),
        });
    }

    [Fact]
    public void Read_DutyEvaluatedContradictingItsInput_IsRefused()
    {
        JsonObject json = SichuanJson();
        Rule(json, RuleIds.DutyNightSchool)["evaluated"] = false;

        Problems(json).Should().Equal(($"$.rules[{IndexOf(RuleIds.DutyNightSchool)}].evaluated", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_SettingAsideAFixedReading_IsRefused()
    {
        JsonObject json = SichuanJson();
        JsonArray readings = json["interpretations"]!.AsArray();
        int fixedAt = PolicyEditions.Sichuan2019.Interpretations.ToList().FindIndex(i => !i.CanBeSetAside);
        readings[fixedAt]!["adopted"] = false;

        Problems(json).Should().Equal(($"$.interpretations[{fixedAt}].adopted", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_BadKindAndBadIdentifier_NoCascadeToItsMembers()
    {
        JsonObject json = SichuanJson();
        JsonObject rule = Rule(json, RuleIds.DutyStudyTour);
        rule["kind"] = "policy";
        rule["id"] = "duty-lower";

        int at = IndexOf(RuleIds.DutyStudyTour);
        Problems(json).Should().BeEquivalentTo(new[]
        {
            ($"$.rules[{at}].id", ProblemCodes.InvalidValue),
            ($"$.rules[{at}].kind", ProblemCodes.InvalidValue),
        });
    }

    [Fact]
    public void Read_PerCountyLedOnAUnitDuty_IsRefusedAtScope()
    {
        JsonObject json = SichuanJson();
        Rule(json, RuleIds.DutyNightSchool)["scope"] = "per-county-led";

        Problems(json).Should().Equal(($"$.rules[{IndexOf(RuleIds.DutyNightSchool)}].scope", ProblemCodes.InvalidValue));
    }

    [Theory]
    [InlineData("minimum", "2.5")]
    [InlineData("minimum", "1e20")]
    [InlineData("minimum", "\"4\"")]
    [InlineData("enabled", "1")]
    [InlineData("holder", "\"Unit\"")]
    [InlineData("text", "\"每年\"")]
    [InlineData("source", "\"\"")]
    public void Read_WrongValue_IsInvalidAtThatMember(string member, string value)
    {
        JsonObject json = SichuanJson();
        Rule(json, RuleIds.DutyNightSchool)[member] = JsonNode.Parse(value);

        Problems(json).Should().Equal(($"$.rules[{IndexOf(RuleIds.DutyNightSchool)}].{member}", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_TooDeep_IsLimitExceeded()
    {
        string text = "{\"format\":\"pairing-edition/1\",\"id\":" + new string('[', 200) + new string(']', 200) + "}";

        Problems(text).Should().Equal(("$", JsonProblemCodes.LimitExceeded));
    }

    [Fact]
    public void Read_EmptyRulesAndNoInterpretations_IsAnEmptyEdition()
    {
        JsonObject json = SichuanJson();
        json["rules"] = new JsonArray();
        json.Remove("interpretations");
        json.Remove("scoringTable");

        EditionReadResult result = Read(json);

        result.Problems.Should().BeEmpty();
        result.Edition.Rules.Should().BeEmpty();
        result.Edition.ScoringTable.Rows.Should().BeEmpty();
    }

    [Fact]
    public void Read_EveryProblem_HasAChineseMessage()
    {
        JsonObject json = SichuanJson();
        Rule(json, RuleIds.DutyAnnualPlan)["period"] = "quarter";
        Rule(json, RuleIds.DutyNightSchool)["minimum"] = "x";
        json["extra"] = 1;

        Read(json).Problems.Should().OnlyContain(p => p.ChineseMessage.Length > 0 && p.ChineseMessage != p.Message);
    }
}
