using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using PairingDomain.Tests.Support;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// Hostile values in the part-2 members of <c>pairing-case/2</c> (issue 14, "Amounts with too many decimals, negative,
/// NaN-like text, rates above 1, townships with more facilities than townships, duplicate indicator records: exit 2,
/// every problem listed, no cascade"; case-format-2.md §1 "Outcomes", "Exit indicators", "Party building"), made in the
/// worked <c>/2</c> example, which has outcomes O-1 to O-7 (O-1, O-2 money; O-3, O-4 km; O-5 to O-7 counts), household
/// records H-1, H-2 (2019) and H-3 (2016), village records of 513428100001 and 513429100001 and county records of
/// 513428 (20 townships) and 513429 (30), all of 2019. Each test names every problem by path and code, one for each bad
/// field, and nothing more: no problem derived from another.
/// </summary>
public sealed class Version2PartTwoHostileTests
{
    private static JsonObject Example() =>
        JsonNode.Parse(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", "example-1.v2.case.json")))!.AsObject();

    private static (string Path, string Code)[] Problems(byte[] json)
    {
        CaseReadResult result = CaseReader.Read(json);
        result.Success.Should().Be(result.Problems.IsEmpty);
        foreach (Problem problem in result.Problems)
        {
            SameRecord.Check(problem); // every problem is told in Chinese too, naming the same records
        }
        return [.. result.Problems.Select(p => (p.Path, p.Code))];
    }

    private static (string Path, string Code)[] ProblemsAfter(Action<JsonObject> change)
    {
        JsonObject d = Example();
        change(d);
        return Problems(TestFiles.Utf8(d));
    }

    private static JsonObject Rec(JsonObject d, string member, int i) => d[member]![i]!.AsObject();

    [Fact]
    public void Example_IsValid_SoEveryProblemBelowIsTheChangesOwn() => ProblemsAfter(_ => { }).Should().BeEmpty();

    [Fact]
    public void Read_EveryBadAmount_OneProblemEachAllAtOnce() =>
        ProblemsAfter(d =>
        {
            JsonArray o = d["outcomes"]!.AsArray();
            o[0]!["amount"] = JsonNode.Parse("150000.505"); // money: at most 2 decimals
            o[1]!["amount"] = "NaN";                        // NaN-like text: a JSON number is required
            o[2]!["amount"] = "Infinity";
            o[3]!["amount"] = -2;                           // negative
            o[4]!["amount"] = "1e999";                      // a number written as text
            o[5]!["amount"] = JsonNode.Parse("1e999");      // a number no decimal holds
            o[6]!["amount"] = JsonNode.Parse("12.5");       // a count has no decimals
        }).Should().Equal(
            ("$.outcomes[0].amount", ProblemCodes.InvalidValue),
            ("$.outcomes[1].amount", ProblemCodes.InvalidValue),
            ("$.outcomes[2].amount", ProblemCodes.InvalidValue),
            ("$.outcomes[3].amount", ProblemCodes.InvalidValue),
            ("$.outcomes[4].amount", ProblemCodes.InvalidValue),
            ("$.outcomes[5].amount", ProblemCodes.InvalidValue),
            ("$.outcomes[6].amount", ProblemCodes.InvalidValue));

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"Infinity\"")]
    [InlineData("\"-Infinity\"")]
    [InlineData("\"1e999\"")]
    [InlineData("\"3.5\"")]
    [InlineData("\"\"")]
    [InlineData("1e999")]
    [InlineData("-1e999")]
    [InlineData("[3.5]")]
    [InlineData("{}")]
    [InlineData("3.55")]
    [InlineData("-0.1")]
    public void Read_BadKilometres_IsInvalidValueAtTheAmountOnly(string amount) =>
        ProblemsAfter(d => Rec(d, "outcomes", 2)["amount"] = JsonNode.Parse(amount))
            .Should().Equal(("$.outcomes[2].amount", ProblemCodes.InvalidValue));

    [Fact]
    public void Read_BareNaNToken_IsOneInvalidJsonProblem()
    {
        // NaN is no JSON at all: the document is refused once, at its root, and nothing after it is read into problems.
        string text = Encoding.UTF8.GetString(TestFiles.Utf8(Example()));
        string nan = text.Replace("\"amount\":3.5", "\"amount\":NaN", StringComparison.Ordinal);
        nan.Should().NotBe(text);

        Problems(Encoding.UTF8.GetBytes(nan)).Should().Equal(("$", JsonProblemCodes.InvalidJson));
    }

    [Fact]
    public void Read_RatesOutsideZeroToOneAndTooManyFacilities_OneProblemEachAllAtOnce() =>
        ProblemsAfter(d =>
        {
            Rec(d, "householdIndicators", 0)["netIncomePerCapita"] = "NaN";
            Rec(d, "villageIndicators", 0)["povertyIncidence"] = -0.01;
            Rec(d, "villageIndicators", 1)["povertyIncidence"] = JsonNode.Parse("1.0001");
            Rec(d, "villageIndicators", 1)["collectiveIncome"] = -5;
            Rec(d, "countyIndicators", 0)["townshipsWithHealthCentre"] = 21; // of 20 townships
            Rec(d, "countyIndicators", 0)["townshipsWithServiceCentre"] = 25;
            Rec(d, "countyIndicators", 0)["missedRegistrationRate"] = JsonNode.Parse("-0.001");
            Rec(d, "countyIndicators", 0)["approvalRate"] = JsonNode.Parse("1.01");
            Rec(d, "countyIndicators", 1)["wrongfulExitRate"] = "Infinity";
            Rec(d, "countyIndicators", 1)["county"] = "513428";              // and a duplicate of 513428's record of 2019
        }).Should().Equal(
            ("$.householdIndicators[0].netIncomePerCapita", ProblemCodes.InvalidValue),
            ("$.villageIndicators[0].povertyIncidence", ProblemCodes.InvalidValue),
            ("$.villageIndicators[1].povertyIncidence", ProblemCodes.InvalidValue),
            ("$.villageIndicators[1].collectiveIncome", ProblemCodes.InvalidValue),
            ("$.countyIndicators[0].townshipsWithHealthCentre", ProblemCodes.InvalidValue),
            ("$.countyIndicators[0].townshipsWithServiceCentre", ProblemCodes.InvalidValue),
            ("$.countyIndicators[0].missedRegistrationRate", ProblemCodes.InvalidValue),
            ("$.countyIndicators[0].approvalRate", ProblemCodes.InvalidValue),
            ("$.countyIndicators[1].wrongfulExitRate", ProblemCodes.InvalidValue),
            ("$.countyIndicators[1].county", ProblemCodes.DuplicateId));

    [Fact]
    public void Read_RatesOnTheirBoundsAndFacilitiesEqualToTownships_AreValid() =>
        ProblemsAfter(d =>
        {
            // "Rates are fractions from 0 to 1": both ends included; "each townshipsWith* ≤ it".
            Rec(d, "villageIndicators", 0)["povertyIncidence"] = 0;
            Rec(d, "villageIndicators", 1)["povertyIncidence"] = 1;
            Rec(d, "countyIndicators", 0)["wrongfulExitRate"] = 1;
            Rec(d, "countyIndicators", 0)["approvalRate"] = 0;
            Rec(d, "countyIndicators", 1)["townships"] = 1;
            Rec(d, "countyIndicators", 1)["townshipsWithSchool"] = 1;
            Rec(d, "countyIndicators", 1)["townshipsWithHealthCentre"] = 0;
            Rec(d, "countyIndicators", 1)["townshipsWithServiceCentre"] = 1;
        }).Should().BeEmpty();

    [Fact]
    public void Read_UnreadableTownships_IsNotAlsoComparedWithTheFacilities() =>
        ProblemsAfter(d =>
        {
            Rec(d, "countyIndicators", 0)["townships"] = JsonNode.Parse("20.5"); // its 20s are not compared with it
            Rec(d, "countyIndicators", 1)["townshipsWithSchool"] = -1;
        }).Should().Equal(
            ("$.countyIndicators[0].townships", ProblemCodes.InvalidValue),
            ("$.countyIndicators[1].townshipsWithSchool", ProblemCodes.InvalidValue));

    [Fact]
    public void Read_DuplicateRecordsOfEveryKind_EachDuplicateOnceAgainstTheFirst() =>
        ProblemsAfter(d =>
        {
            Rec(d, "householdIndicators", 2)["household"] = "H-1";
            Rec(d, "householdIndicators", 2)["year"] = 2019;                // H-3 of 2016 becomes H-1 of 2019
            Rec(d, "villageIndicators", 1)["village"] = "513428100001";
            Rec(d, "countyIndicators", 1)["county"] = "513428";
            d["countyIndicators"]!.AsArray().Add(Rec(d, "countyIndicators", 0).DeepClone()); // a third 513428 of 2019
        }).Should().Equal(
            ("$.householdIndicators[2].household", ProblemCodes.DuplicateId),
            ("$.villageIndicators[1].village", ProblemCodes.DuplicateId),
            ("$.countyIndicators[1].county", ProblemCodes.DuplicateId),
            ("$.countyIndicators[2].county", ProblemCodes.DuplicateId));

    [Fact]
    public void Read_SameSubjectInAnotherYear_IsNoDuplicate() =>
        ProblemsAfter(d => Rec(d, "householdIndicators", 2)["household"] = "H-1").Should().BeEmpty(); // H-1 of 2016 beside H-1 of 2019

    [Fact]
    public void Read_EveryBadPartyPairing_OneProblemEachAllAtOnce() =>
        ProblemsAfter(d => d["partyPairings"] = JsonNode.Parse("""
            [{"unit":"U-101","village":"513428100001","from":"2019-02-30","to":null},
             {"unit":5,"village":"513428100001","from":"2019-01-01","to":null},
             {"unit":"U-102","village":null,"from":"2019-01-01","to":null},
             {"unit":"U-101","village":"513430100001","from":"2019-01-01","to":"2018-12-31"},
             {"unit":"U-102","village":"513429100001","from":"2019-01-01","to":"soon"},
             {"unit":"U-101","village":"51342810000","from":"2019-01-01","to":null},
             {"unit":"U-101","village":"513428100001","from":"2019-01-01","to":null}]
            """)).Should().Equal(
            ("$.partyPairings[0].from", JsonProblemCodes.InvalidDate),
            ("$.partyPairings[1].unit", ProblemCodes.InvalidValue),
            ("$.partyPairings[2].village", ProblemCodes.MissingField),
            ("$.partyPairings[3].to", JsonProblemCodes.DateOrder),
            ("$.partyPairings[4].to", JsonProblemCodes.InvalidDate),
            ("$.partyPairings[5].village", ProblemCodes.InvalidValue));

    [Fact]
    public void Read_BadRecordsInEveryPartTwoMember_AllAtOnce()
    {
        (string Path, string Code)[] problems = ProblemsAfter(d =>
        {
            Rec(d, "outcomes", 0)["amount"] = -0.01;
            Rec(d, "villageIndicators", 0)["povertyIncidence"] = 2;
            Rec(d, "countyIndicators", 1)["townshipsWithSchool"] = 31;
            d["partyPairings"] = JsonNode.Parse("""[{"unit":"U-999","village":"513428100001","from":"2019-01-01","to":null}]""");
        });

        problems.Should().BeEquivalentTo(new[]
        {
            ("$.outcomes[0].amount", ProblemCodes.InvalidValue),
            ("$.partyPairings[0].unit", ProblemCodes.UnknownReference),
            ("$.villageIndicators[0].povertyIncidence", ProblemCodes.InvalidValue),
            ("$.countyIndicators[1].townshipsWithSchool", ProblemCodes.InvalidValue),
        }, "one problem per bad field, whatever member it is in");
    }
}
