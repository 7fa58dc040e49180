using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PairingDomain.Policy;

namespace PairingDomain.Json.Tests.Assessments;

/// <summary>
/// Bad stored documents: every problem at once, each with its JSONPath and code; what the document and its edition alone
/// can check (the reader has no case). Hostile input (truncations, mutations, bytes that are not UTF-8) gives problems,
/// never an exception: these tests call the unguarded reader.
/// </summary>
public sealed partial class AssessmentReaderTests
{
    private static JsonNode Version2Document() => TestFiles.GoldenNode("version2-1.assessment.full.json");

    private static string[] Problems(JsonNode document, IReadOnlyDictionary<string, PolicyEdition>? editions = null)
    {
        AssessmentReadResult result = AssessmentReader.ReadUnguarded(TestFiles.Utf8(document), editions);
        result.Success.Should().Be(result.Problems.IsEmpty);
        return [.. result.Problems.Select(p => $"{p.Path} {p.Code}")];
    }

    [Theory]
    [InlineData("pairing-case/2")]
    [InlineData("pairing-assessment/3")]
    public void Read_OtherFormat_IsTheOnlyProblem(string format)
    {
        JsonNode document = Version2Document();
        document["format"] = format;
        document["year"] = "not a year";

        Problems(document).Should().Equal("$.format unsupported-format");
    }

    [Fact]
    public void Read_NoFormat_IsMissingField()
    {
        JsonNode document = Version2Document();
        document.AsObject().Remove("format");

        Problems(document).Should().Equal("$.format missing-field");
    }

    [Fact]
    public void Read_PolicyNotAmongTheEditionsGiven_IsUnknownPolicyAndTheRestIsStillChecked()
    {
        JsonNode document = Version2Document();
        document["units"]![0]!["duties"]![0]!["status"] = "done";
        var editions = new Dictionary<string, PolicyEdition> { ["other-2019"] = PolicyEditions.Sichuan2019 };

        Problems(document, editions).Should().Equal("$.policy unknown-policy", "$.units[0].duties[0].status invalid-value");
    }

    [Fact]
    public void Read_ManyBadFields_ReportsEveryProblemAtOnceWithItsPath()
    {
        JsonNode document = Version2Document();
        document["asOf"] = "2019-02-30";
        JsonNode unit = document["units"]![0]!;
        JsonNode duty = unit["duties"]![0]!;
        duty["rule"] = "DUTY-NOT-IN-EDITION";
        duty["required"] = -1;
        duty["recorded"] = 1.5;
        duty["shortPeriods"] = new JsonArray("2018", "2019-Q5");
        unit["duties"]![1]!["periods"]![0]!["county"] = "5134";
        unit["mechanism"]!["complete"] = !(bool)unit["mechanism"]!["complete"]!;
        unit["excellence"]!["blockedBy"] = new JsonArray(new JsonObject { ["rule"] = "PAIR-ONE-LEAD", ["subject"] = "C-1" });
        unit["extra"] = 1;
        document["units"]!.AsArray().Add(unit.DeepClone());
        document["cadres"]![0]!["actions"] = new JsonArray("CADRE-PROMOTE");
        document["cadres"]![1]!["duties"]![0]!["status"] = null;
        document["findings"]![0]!["rule"] = "not a rule";

        Problems(document).Should().Equal(
            "$.asOf invalid-date",
            "$.units[0].extra unknown-field",
            "$.units[0].duties[0].rule unknown-reference",
            "$.units[0].duties[0].required invalid-value",
            "$.units[0].duties[0].recorded invalid-value",
            "$.units[0].duties[0].shortPeriods[0] invalid-value",
            "$.units[0].duties[0].shortPeriods[1] invalid-value",
            "$.units[0].duties[1].periods[0].county invalid-value",
            "$.units[0].mechanism.complete invalid-value",
            "$.units[0].excellence.blockedBy[0].rule invalid-value",
            "$.units[1].extra unknown-field",
            "$.units[1].duties[0].rule unknown-reference",
            "$.units[1].duties[0].required invalid-value",
            "$.units[1].duties[0].recorded invalid-value",
            "$.units[1].duties[0].shortPeriods[0] invalid-value",
            "$.units[1].duties[0].shortPeriods[1] invalid-value",
            "$.units[1].duties[1].periods[0].county invalid-value",
            "$.units[1].mechanism.complete invalid-value",
            "$.units[1].excellence.blockedBy[0].rule invalid-value",
            "$.units[1].unit duplicate-id",
            "$.cadres[0].actions[0] unknown-reference",
            "$.cadres[1].duties[0].status missing-field",
            "$.findings[0].rule invalid-value");
    }

    [Fact]
    public void Read_Version2MemberInAVersion1Document_IsUnknownField()
    {
        JsonNode document = TestFiles.GoldenNode("example-2.assessment.full.json");
        document["statistics"] = new JsonObject();
        document["units"]![0]!["score"] = null;
        document["cadres"]![0]!["duties"] = new JsonArray();

        // An object's own members are checked as it is opened: the document's before its units'.
        Problems(document).Should().Equal("$.statistics unknown-field", "$.units[0].score unknown-field", "$.cadres[0].duties unknown-field");
    }

    [Fact]
    public void Read_MissingVersion2Members_AreMissingFields()
    {
        JsonNode document = Version2Document();
        document.AsObject().Remove("committee");
        document.AsObject().Remove("statistics");
        document["units"]![0]!.AsObject().Remove("score");
        document["units"]![0]!["duties"]![0]!.AsObject().Remove("periods");

        Problems(document).Should().Equal(
            "$.units[0].duties[0].periods missing-field", "$.units[0].score missing-field", "$.committee missing-field", "$.statistics missing-field");
    }

    [Fact]
    public void Read_SourceOtherThanTheEditionsClause_IsInvalidValue()
    {
        JsonNode document = Version2Document();
        document["units"]![0]!["duties"]![0]!["source"] = "SC-2018-1 §I";
        document["committee"]!["duties"]![0]!["source"] = "SC-2019-4 §III.7";

        Problems(document).Should().Equal("$.units[0].duties[0].source invalid-value", "$.committee.duties[0].source invalid-value");
    }

    [Fact]
    public void Read_AsOfOutsideTheYear_IsDateOrder()
    {
        JsonNode document = Version2Document();
        document["asOf"] = "2020-01-01";

        Problems(document).Should().Equal("$.asOf date-order");
    }

    [Fact]
    public void Read_ScoreAndLinksAgainstTheDutiesAndTheEdition_AreInvalidValues()
    {
        JsonNode document = Version2Document();
        document["units"]![0]!["score"] = null;
        document["units"]![0]!["links"]!["partyBuilding"] = null;

        Problems(document).Should().Equal("$.units[0].score invalid-value", "$.units[0].links.partyBuilding invalid-value");
    }

    [Fact]
    public void Read_DeductionOfARowTheTableLacks_IsUnknownReference()
    {
        JsonNode document = TestFiles.GoldenNode("version2-2.assessment.full.json");
        JsonNode score = document["units"]![0]!["score"]!;
        score["deductions"] = new JsonArray(new JsonObject { ["rule"] = "DUTY-NOT-SCORED", ["missing"] = 1, ["points"] = 0 });

        Problems(document).Should().Equal("$.units[0].score.deductions[0].rule unknown-reference", "$.units[0].score.deductions[0].points invalid-value");
    }

    [Fact]
    public void Read_CommitteeDutyAmongAUnitsDuties_IsInvalidValue()
    {
        JsonNode document = Version2Document();
        document["units"]![0]!["duties"]![0]!["rule"] = "DUTY-COMMITTEE-TRAINING";
        document["committee"]!["duties"]![0]!["rule"] = "DUTY-DEPUTY-VISITS";

        Problems(document).Should().Equal("$.units[0].duties[0].rule invalid-value", "$.committee.duties[0].rule invalid-value");
    }

    [Fact]
    public void Read_EveryTruncation_FailsWithInvalidJsonAndNeverThrows()
    {
        byte[] json = TestFiles.Golden("version2-1.assessment.full.json");
        int lastValid = json.AsSpan().TrimEnd("\n "u8).Length;

        for (int length = 0; length < lastValid; length++)
        {
            AssessmentReadResult result = AssessmentReader.ReadUnguarded(json.AsSpan(0, length));

            result.Success.Should().BeFalse();
            result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.InvalidJson);
        }
    }

    [Fact]
    public void Read_RandomByteMutations_NeverThrowAndFailOnlyWithProblems()
    {
        byte[] original = TestFiles.Golden("version2-2.assessment.full.json");
        const string alphabet = " \"{}[],:0123456789-tnfaeQUCA\\\u00e9";
        var random = new Random(20191231);
        for (int round = 0; round < 1500; round++)
        {
            byte[] json = (byte[])original.Clone();
            for (int c = 0, changes = 1 + random.Next(4); c < changes; c++)
            {
                json[random.Next(json.Length)] = (byte)alphabet[random.Next(alphabet.Length)];
            }

            AssessmentReadResult result = AssessmentReader.ReadUnguarded(json);

            result.Success.Should().Be(result.Problems.IsEmpty);
            if (result.Success)
            {
                AssessmentWriter.Write(result.Assessment).Length.Should().BeGreaterThan(0);
            }
        }
    }

    [Fact]
    public void Read_BytesThatAreNotUtf8_IsInvalidJson()
    {
        byte[] json = TestFiles.Golden("example-1.assessment.full.json");
        json[40] = 0xFF;

        AssessmentReadResult result = AssessmentReader.Read(json);

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.InvalidJson);
    }

    [Fact]
    public void Read_EligibleContradictingItsBlocks_IsInvalidValue()
    {
        JsonNode document = Version2Document();
        document["units"]![0]!["excellence"]!["blockedBy"] = new JsonArray(new JsonObject { ["rule"] = "BUNDLE-CADRE", ["subject"] = "C-1" });
        document["exits"]!["households"] = new JsonArray(new JsonObject { ["household"] = "H-1", ["met"] = true, ["failed"] = new JsonArray("income") });

        Problems(document).Should().Equal("$.units[0].excellence.eligible invalid-value", "$.exits.households[0].met invalid-value");
    }

    [Fact]
    public void Read_LinksContradictingWhatTheyLink_AreInvalidValues()
    {
        JsonNode document = Version2Document();
        JsonNode unit = document["units"]![0]!;
        unit["links"]!["performance"]!["points"] = (int)unit["score"]!["points"]! - 1;
        unit["excellence"]!["eligible"] = false;
        unit["excellence"]!["blockedBy"] = new JsonArray(new JsonObject { ["rule"] = "BUNDLE-CADRE", ["subject"] = "C-1" });

        Problems(document).Should().Equal("$.units[0].links.performance invalid-value", "$.units[0].links.fourGoodOneStrong invalid-value");
    }

    [Fact]
    public void Read_StatusOrPeriodsContradictingTheDuty_AreInvalidValues()
    {
        JsonNode document = Version2Document();
        JsonNode duty = document["units"]![0]!["duties"]![0]!;
        duty["status"] = "met";
        duty["required"] = (int)duty["required"]! + 1;
        document["committee"]!["duties"]![0]!["shortPeriods"] = new JsonArray();

        Problems(document).Should().Equal(
            "$.units[0].duties[0].status invalid-value", "$.units[0].duties[0].periods invalid-value", "$.committee.duties[0].status invalid-value");
    }

    [Fact]
    public void Read_NestingPastTheLimit_IsLimitExceededAlone()
    {
        string deep = new string('[', 100) + new string(']', 100);

        AssessmentReader.ReadUnguarded(TestFiles.Utf8($"{{\"format\":\"pairing-assessment/1\",\"units\":{deep}}}")).Problems
            .Select(p => $"{p.Path} {p.Code}").Should().Equal("$ limit-exceeded");
    }

    [Fact]
    public void Read_StreamLongerThanTheLimit_IsLimitExceededAlone()
    {
        byte[] json = TestFiles.Golden("version2-1.assessment.full.json");
        using var stream = new System.IO.MemoryStream(json);

        AssessmentReader.Read(stream, null, json.Length - 1).Problems.Select(p => $"{p.Path} {p.Code}").Should().Equal("$ limit-exceeded");
        stream.Position = 0;
        AssessmentReader.Read(stream, null, json.Length).Success.Should().BeTrue();
    }

    [Fact]
    public void Read_NotAnObject_IsInvalidValue()
    {
        AssessmentReader.Read("[]"u8).Problems.Select(p => $"{p.Path} {p.Code}").Should().Equal("$ invalid-value");
    }
}
