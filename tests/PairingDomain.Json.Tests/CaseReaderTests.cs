using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Json.Tests;

public sealed partial class CaseReaderTests
{
    [Fact]
    public void Read_Example1_ReadsEveryRecord()
    {
        PairingCase @case = TestFiles.ReadValid(TestFiles.Golden("example-1.case.json"));

        @case.Edition.Should().BeSameAs(PolicyEditions.Sichuan2019);
        @case.Year.Should().Be(2019);
        @case.AsOf.Should().BeNull();
        @case.Roster.Units.Should().HaveCount(2);
        @case.Roster.Units[0].Leaders.Should().HaveCount(3);
        @case.Roster.Units[1].Mechanism.HasUndertakingOffice.Should().BeFalse();
        @case.Roster.Counties.Should().HaveCount(3);
        @case.Roster.Villages.Should().HaveCount(2);
        @case.Roster.Pairings.Should().HaveCount(3);
        @case.Roster.Cadres.Should().HaveCount(2);
        @case.Ledger.Should().HaveCount(13);
        @case.Grades.Grades.Should().HaveCount(2);
        @case.Grades.GradeOf(new CadreId("C-12"), 2019).Should().Be(CadreGrade.Incompetent);
    }

    [Fact]
    public void Read_InstantInUtc_CountsOnItsChinaStandardTimeDate()
    {
        PairingCase @case = TestFiles.ReadValid(TestFiles.Golden("example-1.case.json"));

        Activity a2 = @case.Ledger[1];

        a2.Time.Instant.Should().NotBeNull();
        a2.Time.Date.Should().Be(new NodaTime.LocalDate(2019, 10, 1));
    }

    [Fact]
    public void Read_Stream_GivesTheSameCaseAsBytes()
    {
        byte[] json = TestFiles.Golden("example-2.case.json");
        using var stream = new MemoryStream(json);

        CaseReadResult result = CaseReader.Read(stream);

        result.Success.Should().BeTrue();
        CaseWriter.Write(result.Case).Should().Equal(CaseWriter.Write(CaseReader.Read(json).Case));
    }

    [Fact]
    public void Read_ByteOrderMark_IsSkipped()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. TestFiles.Golden("example-1.case.json")];

        CaseReader.Read(json).Success.Should().BeTrue();
    }

    [Fact]
    public void Case_WhenReadFailed_Throws()
    {
        CaseReadResult result = CaseReader.Read("{}"u8);

        result.Success.Should().BeFalse();
        FluentActions.Invoking(() => result.Case).Should().Throw<System.InvalidOperationException>();
    }

    [Fact]
    public void Read_CallerEditions_AreTheOnlyOnesKnown()
    {
        CaseReadResult result = CaseReader.Read(TestFiles.Golden("example-1.case.json"),
            new System.Collections.Generic.Dictionary<string, PolicyEdition>());

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal([("$.policy", JsonProblemCodes.UnknownPolicy)]);
    }

    // invalid-json

    [Theory]
    [InlineData("not json", 1, 2)]
    [InlineData("", 1, 1)]
    [InlineData("{\n  \"format\": \"pairing-case/1\",\n  \"year\": 2019,,\n}", 3, 16)]
    [InlineData("{\"format\": \"pairing-case/1\", // comment\n}", 1, 30)]
    [InlineData("{\"a\": [1, 2,]}", 1, 13)]
    [InlineData("{\"a\": 1", 1, 8)]
    public void Read_NotJson_ReportsInvalidJsonWithLineAndPosition(string text, int line, int position)
    {
        CaseReadResult result = CaseReader.Read(TestFiles.Utf8(text));

        result.Problems.Should().ContainSingle();
        result.Problems[0].Code.Should().Be(JsonProblemCodes.InvalidJson);
        result.Problems[0].Path.Should().Be("$");
        result.Problems[0].Message.Should().Contain($"line {line}, position {position}");
    }

    [Fact]
    public void Read_InvalidUtf8_ReportsInvalidJsonAtTheBadByte()
    {
        byte[] json = [.. "{\n \"format\": \""u8, 0xC3, 0x28, .. "\"}"u8];

        CaseReadResult result = CaseReader.Read(json);

        result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.InvalidJson);
        result.Problems[0].Message.Should().Contain("line 2, position 13");
    }

    [Fact]
    public void Read_NestingTooDeep_ReportsLimitExceeded()
    {
        string text = "{\"units\":" + new string('[', 5000) + new string(']', 5000) + "}";

        ProblemsOf(TestFiles.Utf8(text)).Should().Equal([("$", JsonProblemCodes.LimitExceeded)]);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("\"pairing-case/1\"")]
    public void Read_RootNotAnObject_ReportsInvalidValueAtRoot(string text) =>
        ProblemsOf(TestFiles.Utf8(text)).Should().Equal([("$", ProblemCodes.InvalidValue)]);

    // unsupported-format, unknown-policy

    [Theory]
    [InlineData("\"pairing-case/3\"")]
    [InlineData("\"pairing-assessment/1\"")]
    [InlineData("1")]
    public void Read_OtherFormat_ReportsOnlyUnsupportedFormat(string format)
    {
        JsonObject document = TestFiles.GoldenNode("example-1.case.json").AsObject();
        document["format"] = JsonNode.Parse(format);
        document["newField"] = 1;
        document["year"] = "next";

        ProblemsOf(TestFiles.Utf8(document)).Should().Equal([("$.format", JsonProblemCodes.UnsupportedFormat)]);
    }

    [Fact]
    public void Read_UnknownPolicy_ReportsItAndStillEveryOtherProblem()
    {
        ProblemsAfter(d =>
        {
            d["policy"] = "sichuan-2020";
            Record(d, "activities", 2)["on"] = "2019-02-30";
            Record(d, "cadreGrades", 0)["grade"] = "basically-competent";
            Record(d, "cadreGrades", 1)["cadre"] = "C-99";
        }).Should().Equal(
            ("$.policy", JsonProblemCodes.UnknownPolicy),
            ("$.activities[2].on", JsonProblemCodes.InvalidDate),
            ("$.cadreGrades[1].cadre", ProblemCodes.UnknownReference));
    }

    // unknown-field, missing-field

    [Fact]
    public void Read_UnknownFields_AreReportedWhereverTheyAre()
    {
        ProblemsAfter(d =>
        {
            d["comment"] = "x";
            Unit(d, 0)["mechanism"]!["leadershipteam"] = true;
            Unit(d, 0)["leaders"]![1]!["title"] = "副院长";
            Record(d, "activities", 4)["odd name"] = 1;
        }).Should().Equal(
            ("$.units[0].mechanism.leadershipteam", JsonProblemCodes.UnknownField),
            ("$.units[0].leaders[1].title", JsonProblemCodes.UnknownField),
            ("$.activities[4]['odd name']", JsonProblemCodes.UnknownField),
            ("$.comment", JsonProblemCodes.UnknownField));
    }

    [Fact]
    public void Read_TypoInFieldName_ReportsUnknownAndMissingField()
    {
        ProblemsAfter(d =>
        {
            JsonObject unit = Unit(d, 1);
            unit["nmae"] = unit["name"]!.DeepClone();
            unit.Remove("name");
        }).Should().Equal(
            ("$.units[1].nmae", JsonProblemCodes.UnknownField),
            ("$.units[1].name", ProblemCodes.MissingField));
    }

    [Fact]
    public void Read_RequiredFieldsAbsentOrNull_ReportMissingField()
    {
        ProblemsAfter(d =>
        {
            d.Remove("year");
            Unit(d, 0)["kind"] = null;
            Unit(d, 0)["mechanism"]!.AsObject().Remove("allStaff");
            Record(d, "counties", 2).Remove("plannedDelistingYear");
            Record(d, "activities", 0).Remove("by");
            Record(d, "activities", 6).Remove("county");
        }).Should().Equal(
            ("$.year", ProblemCodes.MissingField),
            ("$.units[0].kind", ProblemCodes.MissingField),
            ("$.units[0].mechanism.allStaff", ProblemCodes.MissingField),
            ("$.counties[2].plannedDelistingYear", ProblemCodes.MissingField),
            ("$.activities[0].by", ProblemCodes.MissingField),
            ("$.activities[6].county", ProblemCodes.MissingField));
    }

    [Fact]
    public void Read_OptionalMembersOmitted_IsValid()
    {
        JsonObject document = TestFiles.GoldenNode("example-1.case.json").AsObject();
        document.Remove("cadreGrades");
        Unit(document, 1)["mechanism"]!.AsObject().Remove("undertakingOffice");
        Unit(document, 1)["leaders"]![0]!.AsObject().Remove("to");
        Record(document, "counties", 0).Remove("delistedYear");
        Record(document, "countyPairings", 1).Remove("participants");
        Record(document, "activities", 12)["county"] = null;

        PairingCase @case = TestFiles.ReadValid(TestFiles.Utf8(document));

        @case.Grades.Grades.Should().BeEmpty();
        @case.Roster.Units[1].Leaders[0].Tenure.IsOpenEnded.Should().BeTrue();
    }
}
