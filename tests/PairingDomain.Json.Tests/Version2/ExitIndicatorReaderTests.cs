using System;
using System.Linq;
using System.Text.Json.Nodes;
using PairingDomain.Assessment;
using PairingDomain.Exits;
using PairingDomain.Policy;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// The exit indicator members of <c>pairing-case/2</c> (case-format-2.md §1, "Exit indicators"): read to the typed
/// <see cref="ExitIndicatorBook"/>, written back by <see cref="CaseWriter"/>, judged in <c>exits</c> of
/// <c>pairing-assessment/2</c> after <c>committee</c>; and made hostile (rates above 1, more facilities than townships,
/// duplicates, negative income, unknown village, a year with no poverty line): every problem at once, by path and code.
/// </summary>
public sealed class ExitIndicatorReaderTests
{
    /// <summary>The valid /2 seed (village 513428100001 exited and county 513429 delisted in 2019) with indicator records.</summary>
    internal static JsonObject Example()
    {
        JsonObject d = JsonNode.Parse(Version2SeedTests.Seed("valid-version2-cadre-work.json"))!.AsObject();
        d["householdIndicators"] = JsonNode.Parse("""
            [
              { "household": "H-1", "village": "513428100001", "year": 2019, "netIncomePerCapita": 5200.50, "foodAndClothing": true,
                "education": true, "medical": true, "housing": true, "water": true, "electricity": true, "broadcast": true },
              { "household": "H-2", "village": "513428100001", "year": 2019, "netIncomePerCapita": 3218, "foodAndClothing": true,
                "education": true, "medical": false, "housing": true, "water": true, "electricity": true, "broadcast": true },
              { "household": "H-1", "village": "513428100001", "year": 2016, "netIncomePerCapita": 2000, "foodAndClothing": true,
                "education": true, "medical": true, "housing": true, "water": true, "electricity": true, "broadcast": true }
            ]
            """);
        d["villageIndicators"] = JsonNode.Parse("""
            [
              { "village": "513428100001", "year": 2019, "povertyIncidence": 0.020, "collectiveIncome": 30000.00, "hardenedRoad": true,
                "clinic": false, "cultureRoom": true, "network": true },
              { "village": "513429100001", "year": 2019, "povertyIncidence": 0.01, "collectiveIncome": 1, "hardenedRoad": true,
                "clinic": true, "cultureRoom": true, "network": true }
            ]
            """);
        d["countyIndicators"] = JsonNode.Parse("""
            [
              { "county": "513429", "year": 2019, "povertyIncidence": 0.0129, "townships": 30, "townshipsWithSchool": 30,
                "townshipsWithHealthCentre": 30, "townshipsWithServiceCentre": 30, "wrongfulExitRate": 0, "missedRegistrationRate": 0.001,
                "approvalRate": 0.97 }
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
        result.Problems.Should().AllSatisfy(PairingDomain.Tests.Support.SameRecord.Check);
        return [.. result.Problems.Select(p => (p.Path, p.Code))];
    }

    private static JsonObject Rec(JsonObject d, string member, int i) => d[member]![i]!.AsObject();

    [Fact]
    public void Read_ValidRecords_AreTheTypedBook()
    {
        CaseReadResult result = Read(Example());

        result.Problems.Should().BeEmpty();
        ExitIndicatorBook book = result.Case.ExitIndicators;
        book.Households.Select(h => (h.Household, h.Year, h.NetIncomePerCapita)).Should().Equal(("H-1", 2019, 5200.50m), ("H-2", 2019, 3218m),
            ("H-1", 2016, 2000m));
        book.Villages[0].PovertyIncidence.Should().Be(0.02m);
        book.Villages[0].Clinic.Should().BeFalse();
        book.Counties.Single().Townships.Should().Be(30);
        book.Counties.Single().ApprovalRate.Should().Be(0.97m);
    }

    [Fact]
    public void Assessment_WritesExitsAfterCommitteeInCaseOrder()
    {
        AnnualAssessment assessment = Read(Example()).Case.Assess();
        JsonObject written = JsonNode.Parse(AssessmentWriter.Write(assessment))!.AsObject();

        string[] keys = [.. written.Select(p => p.Key)];
        Array.IndexOf(keys, "exits").Should().Be(Array.IndexOf(keys, "committee") + 1);
        JsonNode expected = JsonNode.Parse("""
            {
              "households": [{ "household": "H-1", "met": true, "failed": [] }, { "household": "H-2", "met": false, "failed": ["income", "medical"] }],
              "villages": [{ "village": "513428100001", "met": false, "failed": ["clinic"] }, { "village": "513429100001", "met": true, "failed": [] }],
              "counties": [{ "county": "513429", "met": true, "failed": [] }]
            }
            """)!;
        written["exits"]!.ToJsonString().Should().Be(expected.ToJsonString());
        // Village 513428100001 claims its 2019 exit without a clinic; county 513429's delisting is borne out.
        assessment.Findings.Where(f => f.Rule == RuleIds.ExitClaimUnsupported).Select(f => f.Subject).Should().Equal("513428100001");
    }

    [Fact]
    public void CaseWriter_WritesTheRecordsBack_AndTheyReadAgainToTheSameBytes()
    {
        PairingCase read = Read(Example()).Case;
        byte[] written = CaseWriter.Write(read);
        JsonObject node = JsonNode.Parse(written)!.AsObject();

        node["villageIndicators"]![0]!["povertyIncidence"]!.ToJsonString().Should().Be("0.02");
        node["villageIndicators"]![0]!["collectiveIncome"]!.ToJsonString().Should().Be("30000");
        node["householdIndicators"]![0]!["netIncomePerCapita"]!.ToJsonString().Should().Be("5200.5");
        node["householdIndicators"]![0]!.AsObject().Select(p => p.Key).Should().Equal("household", "village", "year", "netIncomePerCapita",
            "foodAndClothing", "education", "medical", "housing", "water", "electricity", "broadcast");
        node["countyIndicators"]![0]!.AsObject().Select(p => p.Key).Should().Equal("county", "year", "povertyIncidence", "townships",
            "townshipsWithSchool", "townshipsWithHealthCentre", "townshipsWithServiceCentre", "wrongfulExitRate", "missedRegistrationRate",
            "approvalRate");
        CaseReadResult again = CaseReader.Read(written);
        again.Problems.Should().BeEmpty();
        CaseWriter.Write(again.Case).Should().Equal(written);
        again.Case.ExitIndicators.Villages.Should().Equal(read.ExitIndicators.Villages);
    }

    [Fact]
    public void CaseWriter_Version2CaseWithoutRecords_WritesEmptyArrays()
    {
        JsonObject d = Example();
        d.Remove("householdIndicators");
        d.Remove("villageIndicators");
        d.Remove("countyIndicators");
        JsonObject node = JsonNode.Parse(CaseWriter.Write(Read(d).Case))!.AsObject();
        node["householdIndicators"]!.AsArray().Should().BeEmpty();
        node["countyIndicators"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public void Read_HostileRecords_AreEveryProblemAtOnce() =>
        ProblemsAfter(d =>
        {
            Rec(d, "householdIndicators", 0)["netIncomePerCapita"] = -1;
            Rec(d, "householdIndicators", 1)["household"] = "H-1";
            Rec(d, "householdIndicators", 1)["year"] = 2019;
            Rec(d, "householdIndicators", 2)["village"] = "513428100099";
            Rec(d, "villageIndicators", 0)["povertyIncidence"] = 1.5;
            Rec(d, "villageIndicators", 1)["village"] = "513428100001";
            Rec(d, "countyIndicators", 0)["townshipsWithSchool"] = 31;
            Rec(d, "countyIndicators", 0)["approvalRate"] = 90;
        }).Should().Equal(
            ("$.householdIndicators[0].netIncomePerCapita", ProblemCodes.InvalidValue),
            ("$.householdIndicators[1].household", ProblemCodes.DuplicateId),
            ("$.householdIndicators[2].village", ProblemCodes.UnknownReference),
            ("$.villageIndicators[0].povertyIncidence", ProblemCodes.InvalidValue),
            ("$.villageIndicators[1].village", ProblemCodes.DuplicateId),
            ("$.countyIndicators[0].townshipsWithSchool", ProblemCodes.InvalidValue),
            ("$.countyIndicators[0].approvalRate", ProblemCodes.InvalidValue));

    [Theory]
    [InlineData(2017)]
    [InlineData(2018)]
    [InlineData(2020)]
    public void Read_AHouseholdOfAYearWithoutAPovertyLine_IsUnknownPovertyLineAtItsYear(int year)
    {
        // case-format-2.md §4: "sichuan-2019 holds the poverty lines of 2011–2016 and 2019 only".
        JsonObject d = Example();
        Rec(d, "householdIndicators", 2)["year"] = year;
        CaseReadResult result = Read(d);
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("$.householdIndicators[2].year", "unknown-poverty-line"));
        result.Problems[0].ChineseMessage.Should().Contain(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Read_NotNumbers_AreInvalidValueAndMissingFieldsAreNamed() =>
        ProblemsAfter(d =>
        {
            Rec(d, "villageIndicators", 0)["povertyIncidence"] = "NaN";
            Rec(d, "villageIndicators", 0).Remove("collectiveIncome");
            Rec(d, "countyIndicators", 0)["townships"] = 0;
            Rec(d, "countyIndicators", 0)["wrongfulExitRate"] = JsonNode.Parse("1e400");
            Rec(d, "householdIndicators", 0)["broadcast"] = "yes";
        }).Should().Equal(
            ("$.householdIndicators[0].broadcast", ProblemCodes.InvalidValue),
            ("$.villageIndicators[0].povertyIncidence", ProblemCodes.InvalidValue),
            ("$.villageIndicators[0].collectiveIncome", ProblemCodes.MissingField),
            ("$.countyIndicators[0].wrongfulExitRate", ProblemCodes.InvalidValue),
            // townships 0: the counts of 30 are not also compared with it (no cascade).
            ("$.countyIndicators[0].townships", ProblemCodes.InvalidValue));

    [Fact]
    public void Read_AnUnknownCountyOrAnUnreadableYear_NamesOnlyWhatIsWrong() =>
        ProblemsAfter(d =>
        {
            Rec(d, "countyIndicators", 0)["county"] = "519999";
            Rec(d, "villageIndicators", 1)["year"] = "2019";
            Rec(d, "villageIndicators", 1)["village"] = "513428100001"; // would be a duplicate, but its year cannot be told
        }).Should().Equal(
            ("$.villageIndicators[1].year", ProblemCodes.InvalidValue),
            ("$.countyIndicators[0].county", ProblemCodes.UnknownReference));

    [Fact]
    public void Read_Version1CaseWithIndicators_IsThePlainUnknownField()
    {
        JsonObject d = TestFiles.GoldenNode("example-1.case.json").AsObject();
        d["villageIndicators"] = JsonNode.Parse("[]");
        CaseReader.Read(TestFiles.Utf8(d)).Problems.Select(p => (p.Path, p.Code)).Should()
            .Equal([("$.villageIndicators", JsonProblemCodes.UnknownField)]);
    }

    [Fact]
    public void Read_Version2CaseWithoutRecords_FlagsEveryClaimOfTheYear()
    {
        JsonObject d = Example();
        d.Remove("villageIndicators");
        d.Remove("countyIndicators");
        Read(d).Case.Assess().Findings.Where(f => f.Rule == RuleIds.ExitClaimUnsupported).Select(f => f.Subject)
            .Should().Equal("513428100001", "513429");
    }
}
