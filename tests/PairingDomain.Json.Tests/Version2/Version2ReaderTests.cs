using System;
using System.Linq;
using System.Text.Json.Nodes;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Places;
using PairingDomain.Time;
using PairingDomain.Tests.Support;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// The reader of <c>pairing-case/2</c>'s cadre-work members (case-format-2.md §1): example-1 as a <c>/2</c> case with
/// every new member, read back to the typed <see cref="CadreWorkBook"/>; each member made hostile in one place, with
/// the exact problem list (path and code); on the public path, which reads <c>/1</c> and <c>/2</c>.
/// </summary>
public sealed class Version2ReaderTests
{
    /// <summary>Example-1 as a valid <c>pairing-case/2</c> case with two records of every new member.</summary>
    private static JsonObject Example()
    {
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        d["format"] = "pairing-case/2";
        d["localCadres"] = JsonNode.Parse("""
            [
              { "id": "L-1", "name": "本地队员L-1", "level": "county", "village": "513428100001", "post": "team-member", "from": "2019-01-01", "to": null },
              { "id": "L-2", "name": "本地队员L-2", "level": "township", "village": "513429100001", "post": "first-secretary", "from": "2018-06-01", "to": "2020-05-31" }
            ]
            """);
        d["attendance"] = JsonNode.Parse("""
            [
              { "cadre": "C-11", "month": "2019-03", "daysInVillage": 22, "leaveDays": 2 },
              { "cadre": "C-11", "month": "2019-02", "daysInVillage": 20, "leaveDays": 8 },
              { "cadre": "C-12", "month": "2019-04", "daysInVillage": 30, "leaveDays": 0 }
            ]
            """);
        d["cadreWork"] = JsonNode.Parse("""
            [
              { "cadre": "C-11", "year": 2019, "workPlan": true, "workLedger": true, "homeUnitDuties": false },
              { "cadre": "C-12", "year": 2019, "workPlan": true, "workLedger": false, "homeUnitDuties": true }
            ]
            """);
        d["cadreReviews"] = JsonNode.Parse("""
            [
              { "cadre": "C-12", "kind": "end-of-term", "on": "2019-12-20", "dutiesFulfilled": false },
              { "cadre": "C-11", "kind": "routine", "on": "2019-06-30", "dutiesFulfilled": true }
            ]
            """);
        d["committeeActivities"] = JsonNode.Parse("""
            [
              { "id": "CA-1", "kind": "demonstration-training", "on": "2019-05-10", "trainees": 120 },
              { "id": "CA-2", "kind": "demonstration-training", "at": "2019-09-30T18:00:00Z", "trainees": 80 }
            ]
            """);
        return d;
    }

    private static CaseReadResult Read(JsonObject d) => CaseReader.Read(TestFiles.Utf8(d));

    private static (string Path, string Code)[] ProblemsAfter(Action<JsonObject> change)
    {
        JsonObject d = Example();
        change(d);
        CaseReadResult result = Read(d);
        result.Success.Should().Be(result.Problems.IsEmpty);
        result.Problems.Should().AllSatisfy(SameRecord.Check, "every problem is told in Chinese too, naming the same records");
        return [.. result.Problems.Select(p => (p.Path, p.Code))];
    }

    private static JsonObject Record(JsonObject d, string collection, int i) => d[collection]![i]!.AsObject();

    // A valid case, read back.

    [Fact]
    public void ReadVersion2_Example_ReadsEveryRecordIntoTheCadreWorkBook()
    {
        CaseReadResult result = Read(Example());

        result.Problems.Should().BeEmpty();
        CadreWorkBook book = result.Case.CadreWork;
        book.Roster.Should().BeSameAs(result.Case.Roster);
        book.LocalCadres.Should().Equal(
            new LocalCadre(new CadreId("L-1"), "本地队员L-1", LocalCadreLevel.County, VillageCode.Parse("513428100001"), CadrePost.TeamMember,
                DateRange.From(new LocalDate(2019, 1, 1))),
            new LocalCadre(new CadreId("L-2"), "本地队员L-2", LocalCadreLevel.Township, VillageCode.Parse("513429100001"), CadrePost.FirstSecretary,
                new DateRange(new LocalDate(2018, 6, 1), new LocalDate(2020, 5, 31))));
        book.Attendance.Should().Equal(
            new AttendanceRecord(new CadreId("C-11"), new YearMonth(2019, 3), 22, 2),
            new AttendanceRecord(new CadreId("C-11"), new YearMonth(2019, 2), 20, 8),
            new AttendanceRecord(new CadreId("C-12"), new YearMonth(2019, 4), 30, 0));
        book.WorkRecords.Should().Equal(
            new CadreWorkRecord(new CadreId("C-11"), 2019, true, true, false),
            new CadreWorkRecord(new CadreId("C-12"), 2019, true, false, true));
        book.Reviews.Should().Equal(
            new CadreReview(new CadreId("C-12"), CadreReviewKind.EndOfTerm, new LocalDate(2019, 12, 20), false),
            new CadreReview(new CadreId("C-11"), CadreReviewKind.Routine, new LocalDate(2019, 6, 30), true));
        book.CommitteeActivities.Should().Equal(
            new CommitteeActivity(new ActivityId("CA-1"), CommitteeActivityKind.DemonstrationTraining, ActivityTime.On(new LocalDate(2019, 5, 10)), 120),
            new CommitteeActivity(new ActivityId("CA-2"), CommitteeActivityKind.DemonstrationTraining,
                ActivityTime.At(Instant.FromUtc(2019, 9, 30, 18, 0)), 80));
        book.CommitteeActivities[1].Time.Date.Should().Be(new LocalDate(2019, 10, 1), "an instant counts on its China Standard Time date");
        book.AttendanceOf(new CadreId("C-11"), new YearMonth(2019, 2))!.LeaveDays.Should().Be(8);
        book.FindLocalCadre(new CadreId("L-2"))!.Level.Should().Be(LocalCadreLevel.Township);
    }

    [Fact]
    public void ReadVersion2_EveryTopLevelArrayAbsent_ReadsAsEmpty()
    {
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        d["format"] = "pairing-case/2";
        d["activities"] = null;
        d.Remove("cadreGrades");

        CaseReadResult result = Read(d);

        result.Problems.Should().BeEmpty();
        result.Case.Ledger.Should().BeEmpty();
        result.Case.CadreWork.LocalCadres.Should().BeEmpty();
        result.Case.CadreWork.Attendance.Should().BeEmpty();
        result.Case.CadreWork.CommitteeActivities.Should().BeEmpty();
    }

    [Fact]
    public void ReadVersion2_Version1Case_ReadsAsBeforeWithAnEmptyBook()
    {
        byte[] json = TestFiles.Golden("example-1.case.json");

        CaseReadResult result = CaseReader.Read(json);

        result.Problems.Should().BeEmpty();
        result.Case.HasCadreWork.Should().BeFalse("a /1 case is not judged on the /2 rules");
        result.Case.CadreWork.LocalCadres.Should().BeEmpty();
        JsonNode.Parse(CaseWriter.Write(result.Case))!["format"]!.GetValue<string>().Should().Be("pairing-case/1");
    }

    // The public path reads /2.

    [Fact]
    public void Read_Version2Case_CarriesTheCadreWorkBook()
    {
        CaseReadResult result = CaseReader.Read(TestFiles.Utf8(Example()));

        result.Problems.Should().BeEmpty();
        result.Case.HasCadreWork.Should().BeTrue();
        result.Case.CadreWork.LocalCadres.Should().HaveCount(2);
    }

    [Fact]
    public void Read_Version2Case_ViaStream_ReadsTheSame()
    {
        using var stream = new System.IO.MemoryStream(TestFiles.Utf8(Example()));

        CaseReadResult result = CaseReader.Read(stream);

        result.Problems.Should().BeEmpty();
        CaseWriter.Write(result.Case).Should().Equal(CaseWriter.Write(Read(Example()).Case));
    }

    [Fact]
    public void Read_Version2CaseWithNoNewMember_StillCarriesAnEmptyBookAndIsJudgedAsVersion2()
    {
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        d["format"] = "pairing-case/2";

        CaseReadResult result = Read(d);

        result.Problems.Should().BeEmpty();
        result.Case.HasCadreWork.Should().BeTrue("in a /2 case every top-level array may be absent, meaning empty");
        result.Case.Assess().HasCadreWork.Should().BeTrue();
    }

    [Fact]
    public void Read_Version1CaseWithAPart2Member_IsThePlainUnknownField()
    {
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        d["outcomes"] = JsonNode.Parse("[]");

        CaseReadResult result = CaseReader.Read(TestFiles.Utf8(d));

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal([("$.outcomes", JsonProblemCodes.UnknownField)]);
        result.Problems[0].Message.Should().NotContain("does not read yet");
    }

    [Fact]
    public void Read_Version2CaseWithTopicsAndAPartyKind_ReadsBoth()
    {
        JsonObject d = Example();
        JsonObject visit = d["activities"]!.AsArray().Select(a => a!.AsObject()).First(a => (string?)a["kind"] == "supervision-visit");
        int i = d["activities"]!.AsArray().IndexOf(visit);
        visit["topics"] = JsonNode.Parse("""["relocation"]""");
        d["activities"]![0]!["kind"] = "party-lecture";

        (string, string)[] problems = [.. Read(d).Problems.Select(p => (p.Path, p.Code))];

        problems.Should().NotContain(($"$.activities[{i}].topics", JsonProblemCodes.UnknownField), "a /2 case reads topics");
        problems.Should().NotContain(("$.activities[0].kind", ProblemCodes.InvalidValue), "party-lecture is a /2 kind");
        d["format"] = "pairing-case/1";
        CaseReader.Read(TestFiles.Utf8(d)).Problems.Single(p => p.Path.EndsWith(".topics", StringComparison.Ordinal)).Message
            .Should().NotContain("does not read yet", "a /1 case knows no part 2");
    }

    [Theory]
    [InlineData("pairing-case/3")]
    [InlineData("Pairing-Case/2")]
    public void ReadVersion2_OtherFormats_AreStillUnsupported(string format) =>
        ProblemsAfter(d => d["format"] = format).Should().Equal([("$.format", JsonProblemCodes.UnsupportedFormat)]);

    // A /1 case that uses a /2 member: unknown-field.

    [Theory]
    [InlineData("localCadres")]
    [InlineData("attendance")]
    [InlineData("cadreWork")]
    [InlineData("cadreReviews")]
    [InlineData("committeeActivities")]
    public void Read_Version1CaseWithVersion2Member_IsUnknownField(string member)
    {
        JsonObject v2 = Example();
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        d[member] = v2[member]!.DeepClone();

        (string, string)[] expected = [($"$.{member}", JsonProblemCodes.UnknownField)];
        CaseReader.Read(TestFiles.Utf8(d)).Problems.Select(p => (p.Path, p.Code)).Should().Equal(expected,
            "the /2 members are read only in a /2 case");
    }

    [Fact]
    public void Read_Version1CaseWithVersion2MembersNullOrRepeated_IsUnknownFieldAtEach()
    {
        string text = TestFiles.GoldenNode("example-1.case.json").ToJsonString().TrimEnd()[..^1]
            + """, "attendance": null, "localCadres": [], "localCadres": [] }""";

        CaseReader.Read(TestFiles.Utf8(text)).Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.attendance", JsonProblemCodes.UnknownField),
            ("$.localCadres", JsonProblemCodes.UnknownField),
            ("$.localCadres", JsonProblemCodes.UnknownField));
    }

    // Wrong JSON types.

    [Theory]
    [InlineData("localCadres")]
    [InlineData("attendance")]
    [InlineData("cadreWork")]
    [InlineData("cadreReviews")]
    [InlineData("committeeActivities")]
    public void ReadVersion2_MemberNotAnArray_IsInvalidValue(string member) =>
        ProblemsAfter(d => d[member] = JsonNode.Parse("""{ "id": "x" }"""))
            .Should().Equal([($"$.{member}", ProblemCodes.InvalidValue)]);

    [Theory]
    [InlineData("localCadres")]
    [InlineData("attendance")]
    [InlineData("cadreWork")]
    [InlineData("cadreReviews")]
    [InlineData("committeeActivities")]
    public void ReadVersion2_ElementNotAnObject_IsInvalidValue(string member) =>
        ProblemsAfter(d => d[member]!.AsArray().Insert(0, "C-11"))
            .Should().Equal([($"$.{member}[0]", ProblemCodes.InvalidValue)]);

    [Fact]
    public void ReadVersion2_WrongTypesInEveryMember_AreEachReportedAtTheirField() =>
        ProblemsAfter(d =>
        {
            Record(d, "localCadres", 0)["level"] = 2;
            Record(d, "localCadres", 1)["from"] = 20180601;
            Record(d, "attendance", 0)["daysInVillage"] = "22";
            Record(d, "attendance", 1)["month"] = 201902;
            Record(d, "attendance", 2)["leaveDays"] = 1.5;
            Record(d, "cadreWork", 0)["workPlan"] = "yes";
            Record(d, "cadreWork", 1)["year"] = "2019";
            Record(d, "cadreReviews", 0)["dutiesFulfilled"] = 0;
            Record(d, "cadreReviews", 1)["kind"] = "annual";
            Record(d, "committeeActivities", 0)["trainees"] = -1;
            Record(d, "committeeActivities", 1)["kind"] = "training";
        }).Should().Equal(
            ("$.localCadres[0].level", ProblemCodes.InvalidValue),
            ("$.localCadres[1].from", ProblemCodes.InvalidValue),
            ("$.attendance[0].daysInVillage", ProblemCodes.InvalidValue),
            ("$.attendance[1].month", ProblemCodes.InvalidValue),
            ("$.attendance[2].leaveDays", ProblemCodes.InvalidValue),
            ("$.cadreWork[0].workPlan", ProblemCodes.InvalidValue),
            ("$.cadreWork[1].year", ProblemCodes.InvalidValue),
            ("$.cadreReviews[0].dutiesFulfilled", ProblemCodes.InvalidValue),
            ("$.cadreReviews[1].kind", ProblemCodes.InvalidValue),
            ("$.committeeActivities[0].trainees", ProblemCodes.InvalidValue),
            ("$.committeeActivities[1].kind", ProblemCodes.InvalidValue));

    [Fact]
    public void ReadVersion2_MissingFields_AreEachReported() =>
        ProblemsAfter(d =>
        {
            Record(d, "localCadres", 0).Remove("level");
            Record(d, "attendance", 0).Remove("leaveDays");
            Record(d, "cadreWork", 0)["homeUnitDuties"] = null;
            Record(d, "cadreReviews", 0).Remove("on");
            Record(d, "committeeActivities", 0).Remove("trainees");
        }).Should().Equal(
            ("$.localCadres[0].level", ProblemCodes.MissingField),
            ("$.attendance[0].leaveDays", ProblemCodes.MissingField),
            ("$.cadreWork[0].homeUnitDuties", ProblemCodes.MissingField),
            ("$.cadreReviews[0].on", ProblemCodes.MissingField),
            ("$.committeeActivities[0].trainees", ProblemCodes.MissingField));

    // Months and days.

    [Theory]
    [InlineData("2019-13")]
    [InlineData("2019-00")]
    [InlineData("2019-3")]
    [InlineData("2019-03-01")]
    [InlineData("0000-03")]
    [InlineData("2019年3月")]
    public void ReadVersion2_MonthThatIsNoMonth_IsInvalidDate(string month) =>
        ProblemsAfter(d => Record(d, "attendance", 0)["month"] = month)
            .Should().Equal([("$.attendance[0].month", JsonProblemCodes.InvalidDate)]);

    [Theory]
    [InlineData("2019-02", 29, 0, "daysInVillage")]
    [InlineData("2019-02", 20, 9, "leaveDays")]
    [InlineData("2019-04", 31, 0, "daysInVillage")]
    [InlineData("2019-04", 0, 31, "leaveDays")]
    public void ReadVersion2_DaysBeyondTheMonth_AreInvalidValue(string month, int days, int leave, string field) =>
        ProblemsAfter(d =>
        {
            Record(d, "attendance", 2)["month"] = month;
            Record(d, "attendance", 2)["daysInVillage"] = days;
            Record(d, "attendance", 2)["leaveDays"] = leave;
        }).Should().Equal([($"$.attendance[2].{field}", ProblemCodes.InvalidValue)]);

    [Fact]
    public void ReadVersion2_LeapFebruary_HasTwentyNineDays()
    {
        JsonObject d = Example();
        Record(d, "attendance", 1)["month"] = "2020-02";
        Record(d, "attendance", 1)["daysInVillage"] = 21;

        Read(d).Case.CadreWork.Attendance[1].Should().Be(new AttendanceRecord(new CadreId("C-11"), new YearMonth(2020, 2), 21, 8));
    }

    [Fact]
    public void ReadVersion2_NegativeCounts_AreInvalidValueAtEach() =>
        ProblemsAfter(d =>
        {
            Record(d, "attendance", 0)["daysInVillage"] = -1;
            Record(d, "attendance", 0)["leaveDays"] = -2;
        }).Should().Equal(
            ("$.attendance[0].daysInVillage", ProblemCodes.InvalidValue),
            ("$.attendance[0].leaveDays", ProblemCodes.InvalidValue));

    // References and duplicates.

    [Fact]
    public void ReadVersion2_AttendanceWorkAndReviewForAnUnknownCadre_AreUnknownReferences() =>
        ProblemsAfter(d =>
        {
            Record(d, "attendance", 0)["cadre"] = "C-99";
            Record(d, "cadreWork", 1)["cadre"] = "C-99";
            Record(d, "cadreReviews", 0)["cadre"] = "C-99";
        }).Should().Equal(
            ("$.attendance[0].cadre", ProblemCodes.UnknownReference),
            ("$.cadreWork[1].cadre", ProblemCodes.UnknownReference),
            ("$.cadreReviews[0].cadre", ProblemCodes.UnknownReference));

    [Fact]
    public void ReadVersion2_AttendanceForALocalCadre_IsUnknownReference() =>
        ProblemsAfter(d => Record(d, "attendance", 0)["cadre"] = "L-1")
            .Should().Equal([("$.attendance[0].cadre", ProblemCodes.UnknownReference)]);

    [Fact]
    public void ReadVersion2_LocalCadreIdEqualToACadreId_IsDuplicateId() =>
        ProblemsAfter(d => Record(d, "localCadres", 1)["id"] = "C-11")
            .Should().Equal([("$.localCadres[1].id", ProblemCodes.DuplicateId)]);

    [Fact]
    public void ReadVersion2_TwoLocalCadresWithOneId_IsDuplicateIdAtTheSecond() =>
        ProblemsAfter(d => Record(d, "localCadres", 1)["id"] = "L-1")
            .Should().Equal([("$.localCadres[1].id", ProblemCodes.DuplicateId)]);

    [Fact]
    public void ReadVersion2_LocalCadreInAnUnknownVillage_IsUnknownReference() =>
        ProblemsAfter(d => Record(d, "localCadres", 0)["village"] = "513428100099")
            .Should().Equal([("$.localCadres[0].village", ProblemCodes.UnknownReference)]);

    [Fact]
    public void ReadVersion2_DuplicateAttendanceMonth_IsDuplicateIdAtTheSecond() =>
        ProblemsAfter(d => d["attendance"]!.AsArray().Add(Record(d, "attendance", 0).DeepClone()))
            .Should().Equal([("$.attendance[3].cadre", ProblemCodes.DuplicateId)]);

    [Fact]
    public void ReadVersion2_DuplicateWorkYear_IsDuplicateIdAtTheSecond() =>
        ProblemsAfter(d => Record(d, "cadreWork", 1)["cadre"] = "C-11")
            .Should().Equal([("$.cadreWork[1].cadre", ProblemCodes.DuplicateId)]);

    [Fact]
    public void ReadVersion2_CommitteeActivityIdOfAnActivity_IsDuplicateId() =>
        ProblemsAfter(d =>
        {
            Record(d, "committeeActivities", 0)["id"] = "A-3";
            Record(d, "committeeActivities", 1)["id"] = "A-3";
        }).Should().Equal(
            ("$.committeeActivities[0].id", ProblemCodes.DuplicateId),
            ("$.committeeActivities[1].id", ProblemCodes.DuplicateId));

    [Fact]
    public void ReadVersion2_CommitteeActivityIdOfAnActivityWithProblems_IsStillDuplicateId() =>
        ProblemsAfter(d =>
        {
            Record(d, "activities", 2)["on"] = "2019-02-30";
            Record(d, "committeeActivities", 1)["id"] = "A-3";
        }).Should().Equal(
            ("$.activities[2].on", JsonProblemCodes.InvalidDate),
            ("$.committeeActivities[1].id", ProblemCodes.DuplicateId));

    [Fact]
    public void ReadVersion2_TwoCommitteeActivitiesWithOneId_IsDuplicateIdAtTheSecond() =>
        ProblemsAfter(d => Record(d, "committeeActivities", 1)["id"] = "CA-1")
            .Should().Equal([("$.committeeActivities[1].id", ProblemCodes.DuplicateId)]);

    [Fact]
    public void ReadVersion2_CommitteeActivityWithOnAndAtOrNeither_IsOnAndAt() =>
        ProblemsAfter(d =>
        {
            Record(d, "committeeActivities", 0)["at"] = "2019-05-10T08:00:00+08:00";
            Record(d, "committeeActivities", 1).Remove("at");
        }).Should().Equal(
            ("$.committeeActivities[0]", JsonProblemCodes.OnAndAt),
            ("$.committeeActivities[1]", JsonProblemCodes.OnAndAt));

    // Unknown fields.

    [Fact]
    public void ReadVersion2_TyposInEveryMember_AreUnknownField() =>
        ProblemsAfter(d =>
        {
            d["localCadre"] = new JsonArray();
            Record(d, "localCadres", 0)["unit"] = "U-101";
            Record(d, "attendance", 0)["days"] = 3;
            Record(d, "cadreWork", 0)["workplan"] = true;
            Record(d, "cadreReviews", 0)["by"] = "U-101";
            Record(d, "committeeActivities", 0)["county"] = "513428";
        }).Should().Equal(
            ("$.localCadres[0].unit", JsonProblemCodes.UnknownField),
            ("$.attendance[0].days", JsonProblemCodes.UnknownField),
            ("$.cadreWork[0].workplan", JsonProblemCodes.UnknownField),
            ("$.cadreReviews[0].by", JsonProblemCodes.UnknownField),
            ("$.committeeActivities[0].county", JsonProblemCodes.UnknownField),
            ("$.localCadre", JsonProblemCodes.UnknownField));

    [Fact]
    public void ReadVersion2_MisspeltRequiredField_IsUnknownFieldAndMissingField() =>
        ProblemsAfter(d =>
        {
            Record(d, "attendance", 0).Remove("daysInVillage");
            Record(d, "attendance", 0)["daysInVilage"] = 22;
        }).Should().Equal(
            ("$.attendance[0].daysInVilage", JsonProblemCodes.UnknownField),
            ("$.attendance[0].daysInVillage", ProblemCodes.MissingField));

    // No cascade.

    [Fact]
    public void ReadVersion2_RecordsWithUnreadableMonthsOrYears_AreNotAlsoDuplicates() =>
        ProblemsAfter(d =>
        {
            Record(d, "attendance", 0)["month"] = "2019-13";
            Record(d, "attendance", 1)["month"] = "2019-14";
            Record(d, "cadreWork", 1)["cadre"] = "C-11";
            Record(d, "cadreWork", 0)["year"] = 0;
            Record(d, "cadreWork", 1)["year"] = 0;
        }).Should().Equal(
            ("$.attendance[0].month", JsonProblemCodes.InvalidDate),
            ("$.attendance[1].month", JsonProblemCodes.InvalidDate),
            ("$.cadreWork[0].year", ProblemCodes.InvalidValue),
            ("$.cadreWork[1].year", ProblemCodes.InvalidValue));

    [Fact]
    public void ReadVersion2_BadCountsOfAnUnknownCadresDuplicateMonth_AreReportedOnceEach() =>
        ProblemsAfter(d =>
        {
            Record(d, "attendance", 1)["month"] = "2019-03";
            Record(d, "attendance", 1)["daysInVillage"] = 40;
            Record(d, "attendance", 2)["cadre"] = "C-99";
            Record(d, "attendance", 2)["leaveDays"] = 1;
        }).Should().Equal(
            ("$.attendance[1].daysInVillage", ProblemCodes.InvalidValue),
            ("$.attendance[1].cadre", ProblemCodes.DuplicateId),
            ("$.attendance[2].leaveDays", ProblemCodes.InvalidValue),
            ("$.attendance[2].cadre", ProblemCodes.UnknownReference));

    [Fact]
    public void ReadVersion2_RecordsWithUnreadableCadres_AreNotAlsoUnknownReferences() =>
        ProblemsAfter(d =>
        {
            Record(d, "attendance", 0)["cadre"] = " C-11";
            Record(d, "cadreWork", 0)["cadre"] = 11;
            Record(d, "cadreReviews", 0)["cadre"] = "";
            Record(d, "localCadres", 0)["village"] = "5134281";
        }).Should().Equal(
            ("$.localCadres[0].village", ProblemCodes.InvalidValue),
            ("$.attendance[0].cadre", ProblemCodes.InvalidValue),
            ("$.cadreWork[0].cadre", ProblemCodes.InvalidValue),
            ("$.cadreReviews[0].cadre", ProblemCodes.InvalidValue));

    [Fact]
    public void ReadVersion2_CadreWithBadPost_IsStillKnownToAttendanceAndLocalCadres() =>
        ProblemsAfter(d =>
        {
            Record(d, "cadres", 0)["post"] = "secretary";
            Record(d, "localCadres", 0)["id"] = "C-11";
        }).Should().Equal(
            ("$.cadres[0].post", ProblemCodes.InvalidValue),
            ("$.localCadres[0].id", ProblemCodes.DuplicateId));

    [Fact]
    public void ReadVersion2_LocalCadreInAVillageOnlyABadCadreNames_IsStillUnknownReference() =>
        ProblemsAfter(d =>
        {
            Record(d, "cadres", 0)["village"] = "513428100099";
            Record(d, "localCadres", 0)["village"] = "513428100099";
        }).Should().Equal(
            ("$.cadres[0].village", ProblemCodes.UnknownReference),
            ("$.localCadres[0].village", ProblemCodes.UnknownReference));

    // Every problem at once.

    [Fact]
    public void ReadVersion2_ManyProblems_AreAllReportedInDocumentOrder() =>
        ProblemsAfter(d =>
        {
            Record(d, "attendance", 2)["month"] = "2019-13";
            Record(d, "attendance", 0)["cadre"] = "C-404";
            Record(d, "localCadres", 1)["id"] = "C-12";
            Record(d, "localCadres", 0)["to"] = "2018-12-31";
            Record(d, "cadreReviews", 1)["on"] = "2019-06-31";
            Record(d, "committeeActivities", 1)["trainees"] = "80";
            Record(d, "cadreWork", 0)["note"] = "x";
        }).Should().Equal(
            ("$.localCadres[0].to", JsonProblemCodes.DateOrder),
            ("$.localCadres[1].id", ProblemCodes.DuplicateId),
            ("$.attendance[0].cadre", ProblemCodes.UnknownReference),
            ("$.attendance[2].month", JsonProblemCodes.InvalidDate),
            ("$.cadreWork[0].note", JsonProblemCodes.UnknownField),
            ("$.cadreReviews[1].on", JsonProblemCodes.InvalidDate),
            ("$.committeeActivities[1].trainees", ProblemCodes.InvalidValue));
}
