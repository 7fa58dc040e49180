using System.Text.Json.Nodes;

namespace PairingDomain.Json.Tests;

public sealed partial class CaseReaderTests
{
    // invalid-value

    [Fact]
    public void Read_EnumerationValuesNotInTheList_ReportInvalidValue()
    {
        ProblemsAfter(d =>
        {
            Unit(d, 0)["kind"] = "Hospital";
            Unit(d, 0)["leaders"]![1]!["role"] = "deputy";
            Record(d, "counties", 0)["region"] = "han";
            Record(d, "cadres", 1)["post"] = "team_member";
            Record(d, "activities", 0)["kind"] = "visit";
            Record(d, "cadreGrades", 0)["grade"] = "优秀";
        }).Should().Equal(
            ("$.units[0].kind", ProblemCodes.InvalidValue),
            ("$.units[0].leaders[1].role", ProblemCodes.InvalidValue),
            ("$.counties[0].region", ProblemCodes.InvalidValue),
            ("$.cadres[1].post", ProblemCodes.InvalidValue),
            ("$.activities[0].kind", ProblemCodes.InvalidValue),
            ("$.cadreGrades[0].grade", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_WrongJsonTypes_ReportInvalidValue()
    {
        ProblemsAfter(d =>
        {
            d["year"] = "2019";
            Unit(d, 0)["mechanism"]!["leadershipTeam"] = "yes";
            Unit(d, 1)["mechanism"] = JsonNode.Parse("[]");
            Record(d, "counties", 1)["plannedDelistingYear"] = 2019.5;
            Record(d, "villages", 0)["exitedYear"] = "2019";
            Record(d, "countyPairings", 0)["participants"] = JsonNode.Parse("[3]");
            Record(d, "activities", 3)["on"] = 20190520;
        }).Should().Equal(
            ("$.year", ProblemCodes.InvalidValue),
            ("$.units[0].mechanism.leadershipTeam", ProblemCodes.InvalidValue),
            ("$.units[1].mechanism", ProblemCodes.InvalidValue),
            ("$.counties[1].plannedDelistingYear", ProblemCodes.InvalidValue),
            ("$.villages[0].exitedYear", ProblemCodes.InvalidValue),
            ("$.countyPairings[0].participants[0]", ProblemCodes.InvalidValue),
            ("$.activities[3].on", ProblemCodes.InvalidValue));
    }

    [Fact]
    public void Read_RecordsWhoseIdentifierCannotBeRead_CannotBeReferred()
    {
        // A village or leader list that cannot be read leaves its references dangling: they are reported too.
        ProblemsAfter(d =>
        {
            Unit(d, 1)["leaders"] = JsonNode.Parse("{}");
            d["villages"]!.AsArray()[0] = "513428100001";
        }).Should().Equal(
            ("$.units[1].leaders", ProblemCodes.InvalidValue),
            ("$.villages[0]", ProblemCodes.InvalidValue),
            ("$.cadres[0].village", ProblemCodes.UnknownReference),
            ("$.activities[0].village", ProblemCodes.UnknownReference),
            ("$.activities[9].village", ProblemCodes.UnknownReference),
            ("$.activities[10].by", ProblemCodes.UnknownReference),
            ("$.activities[11].by", ProblemCodes.UnknownReference),
            ("$.activities[12].by", ProblemCodes.UnknownReference));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    [InlineData(-2019)]
    public void Read_YearOutOfRange_ReportsInvalidValue(int year) =>
        ProblemsAfter(d => d["year"] = year).Should().Equal([("$.year", ProblemCodes.InvalidValue)]);

    [Fact]
    public void Read_MalformedCodesAndIdentifiers_ReportInvalidValue()
    {
        ProblemsAfter(d =>
        {
            Unit(d, 1)["id"] = " U-102";
            Record(d, "counties", 2)["code"] = "51343";
            Record(d, "villages", 0)["code"] = "51342810000x";
            Record(d, "countyPairings", 2)["county"] = "005134";
            Record(d, "cadres", 0)["id"] = "";
            Record(d, "activities", 5)["by"] = "L-3\n";
        }).Should().Contain(
        [
            ("$.units[1].id", ProblemCodes.InvalidValue),
            ("$.counties[2].code", ProblemCodes.InvalidValue),
            ("$.villages[0].code", ProblemCodes.InvalidValue),
            ("$.countyPairings[2].county", ProblemCodes.InvalidValue),
            ("$.cadres[0].id", ProblemCodes.InvalidValue),
            ("$.activities[5].by", ProblemCodes.InvalidValue),
        ]).And.NotContain(p => p.Path.StartsWith("$.countyPairings[2]", System.StringComparison.Ordinal) && p.Code != ProblemCodes.InvalidValue)
        .And.NotContain(("$.activities[5].by", ProblemCodes.MissingField));
    }

    [Fact]
    public void Read_VillageCodeNotInItsCounty_ReportsInvalidValueAtCounty()
    {
        ProblemsAfter(d => Record(d, "villages", 1)["county"] = "513428")
            .Should().Equal([("$.villages[1].county", ProblemCodes.InvalidValue)]);
    }

    [Fact]
    public void Read_ActivityVillageOutsideItsCounty_ReportsInvalidValueAtVillage()
    {
        ProblemsAfter(d => Record(d, "activities", 0)["village"] = "513429100001")
            .Should().Equal([("$.activities[0].village", ProblemCodes.InvalidValue)]);
    }

    [Fact]
    public void Read_MemberGivenTwice_ReportsInvalidValueAtTheMember()
    {
        string text = System.Text.Encoding.UTF8.GetString(TestFiles.Golden("example-1.case.json"))
            .Replace("\"kind\": \"hospital\",", "\"kind\": \"hospital\", \"kind\": \"university\",", System.StringComparison.Ordinal);

        ProblemsOf(TestFiles.Utf8(text)).Should().Equal([("$.units[0].kind", ProblemCodes.InvalidValue)]);
    }

    // invalid-date, date-order

    [Theory]
    [InlineData("on", "2019-02-30")]
    [InlineData("on", "2019-2-3")]
    [InlineData("on", "2019-04-12T00:00:00Z")]
    [InlineData("at", "2019-09-30T18:00:00")]
    [InlineData("at", "2019-09-31T18:00:00Z")]
    [InlineData("at", "yesterday")]
    public void Read_NotADate_ReportsInvalidDate(string member, string value)
    {
        ProblemsAfter(d =>
        {
            JsonObject activity = Record(d, "activities", 1);
            activity.Remove("at");
            activity[member] = value;
        }).Should().Equal([($"$.activities[1].{member}", JsonProblemCodes.InvalidDate)]);
    }

    [Fact]
    public void Read_InstantWithOffset_IsAccepted()
    {
        JsonObject document = TestFiles.GoldenNode("example-1.case.json").AsObject();
        Record(document, "activities", 1)["at"] = "2019-10-01T02:00:00+08:00";

        PairingCase @case = TestFiles.ReadValid(TestFiles.Utf8(document));

        @case.Ledger[1].Time.Instant.Should().Be(NodaTime.Instant.FromUtc(2019, 9, 30, 18, 0));
    }

    [Fact]
    public void Read_IntervalsBackwards_ReportDateOrderAtTo()
    {
        ProblemsAfter(d =>
        {
            Unit(d, 0)["leaders"]![1]!["to"] = "2015-12-31";
            Record(d, "countyPairings", 1)["to"] = "2019-03-31";
            Record(d, "cadres", 0)["from"] = "2020-01-01";
            Record(d, "cadres", 0)["to"] = "2019-12-31";
            Unit(d, 0)["leaders"]![0]!["from"] = "2016-01-32";
        }).Should().Equal(
            ("$.units[0].leaders[0].from", JsonProblemCodes.InvalidDate),
            ("$.units[0].leaders[1].to", JsonProblemCodes.DateOrder),
            ("$.countyPairings[1].to", JsonProblemCodes.DateOrder),
            ("$.cadres[0].to", JsonProblemCodes.DateOrder));
    }

    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2018-12-31")]
    public void Read_AsOfOutsideTheYear_ReportsDateOrder(string asOf) =>
        ProblemsAfter(d => d["asOf"] = asOf).Should().Equal([("$.asOf", JsonProblemCodes.DateOrder)]);

    [Fact]
    public void Read_IntervalOfOneDay_IsValid()
    {
        JsonObject document = TestFiles.GoldenNode("example-1.case.json").AsObject();
        Record(document, "cadres", 0)["to"] = "2018-03-01";

        TestFiles.ReadValid(TestFiles.Utf8(document));
    }

    // duplicate-id, unknown-reference

    [Fact]
    public void Read_DuplicateIdentifiers_ReportDuplicateIdAtTheLaterRecord()
    {
        ProblemsAfter(d =>
        {
            Unit(d, 1)["id"] = "U-101";
            Unit(d, 0)["leaders"]![2]!["id"] = "L-2";
            Unit(d, 1)["leaders"]![1]!["id"] = "L-1";
            Record(d, "counties", 2)["code"] = "513428";
            Record(d, "activities", 12)["id"] = "A-1";
            Record(d, "cadreGrades", 1)["cadre"] = "C-11";
            Record(d, "countyPairings", 0)["participants"] = JsonNode.Parse("""["U-102", "U-102"]""");
        }).Should().Contain(
        [
            ("$.units[0].leaders[2].id", ProblemCodes.DuplicateId),
            ("$.units[1].id", ProblemCodes.DuplicateId),
            ("$.units[1].leaders[1].id", ProblemCodes.DuplicateId),
            ("$.counties[2].code", ProblemCodes.DuplicateId),
            ("$.countyPairings[0].participants[1]", ProblemCodes.DuplicateId),
            ("$.activities[12].id", ProblemCodes.DuplicateId),
            ("$.cadreGrades[1].cadre", ProblemCodes.DuplicateId),
        ]);
    }

    [Fact]
    public void Read_DanglingReferences_ReportUnknownReference()
    {
        ProblemsAfter(d =>
        {
            Record(d, "villages", 0)["county"] = "513400";
            Record(d, "villages", 0)["code"] = "513400100001";
            Record(d, "countyPairings", 0)["lead"] = "U-999";
            Record(d, "countyPairings", 0)["participants"] = JsonNode.Parse("""["U-102", "U-998"]""");
            Record(d, "cadres", 1)["unit"] = "U-997";
            Record(d, "activities", 4)["by"] = "L-4";
            Record(d, "activities", 11)["county"] = "513431";
        }).Should().Equal(
            ("$.villages[0].county", ProblemCodes.UnknownReference),
            ("$.countyPairings[0].lead", ProblemCodes.UnknownReference),
            ("$.countyPairings[0].participants[1]", ProblemCodes.UnknownReference),
            ("$.cadres[0].village", ProblemCodes.UnknownReference),
            ("$.cadres[1].unit", ProblemCodes.UnknownReference),
            ("$.activities[0].village", ProblemCodes.UnknownReference),
            ("$.activities[4].by", ProblemCodes.UnknownReference),
            ("$.activities[9].village", ProblemCodes.UnknownReference),
            ("$.activities[11].county", ProblemCodes.UnknownReference));
    }

    // on-and-at, grade-not-in-scale

    [Fact]
    public void Read_OnAndAtBothOrNeither_ReportsOnAndAtAtTheActivity()
    {
        ProblemsAfter(d =>
        {
            Record(d, "activities", 1)["on"] = "2019-10-01";
            Record(d, "activities", 2).Remove("on");
            Record(d, "activities", 3)["on"] = null;
        }).Should().Equal(
            ("$.activities[1]", JsonProblemCodes.OnAndAt),
            ("$.activities[2]", JsonProblemCodes.OnAndAt),
            ("$.activities[3]", JsonProblemCodes.OnAndAt));
    }

    [Fact]
    public void Read_GradeOffTheEditionScale_ReportsGradeNotInScale()
    {
        ProblemsAfter(d => Record(d, "cadreGrades", 0)["grade"] = "basically-competent")
            .Should().Equal([("$.cadreGrades[0].grade", ProblemCodes.GradeNotInScale)]);
    }

    [Fact]
    public void Read_GradeOfAnotherYear_IsValid()
    {
        JsonObject document = TestFiles.GoldenNode("example-1.case.json").AsObject();
        document["cadreGrades"]!.AsArray().Add(JsonNode.Parse("""{ "cadre": "C-11", "year": 2018, "grade": "competent" }"""));

        TestFiles.ReadValid(TestFiles.Utf8(document)).Grades.Grades.Should().HaveCount(3);
    }
}
