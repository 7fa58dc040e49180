using System;
using System.Linq;
using System.Text;

namespace PairingDomain.Json.Tests;

/// <summary>
/// No input, however malformed, makes the reader throw; a failed read always says why. These tests bypass the reader's
/// last-resort guard, so an exception fails them instead of being turned into a problem.
/// </summary>
public sealed class CaseReaderRobustnessTests
{
    [Fact]
    public void Read_EveryTruncationOfAValidCase_FailsWithProblemsAndNeverThrows()
    {
        byte[] json = TestFiles.Golden("example-1.case.json");
        int lastValid = json.AsSpan().TrimEnd("\n "u8).Length;

        for (int length = 0; length < lastValid; length++)
        {
            CaseReadResult result = CaseReader.ReadUnguarded(json.AsSpan(0, length));

            result.Success.Should().BeFalse();
            result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.InvalidJson);
        }
    }

    [Fact]
    public void Read_RandomByteMutations_NeverThrowAndFailOnlyWithProblems()
    {
        byte[] original = TestFiles.Golden("example-2.case.json");
        const string alphabet = " \"{}[],:0123456789-tnfaeLUCA\\\u00e9";
        var random = new Random(20190401);
        for (int round = 0; round < 2000; round++)
        {
            byte[] json = (byte[])original.Clone();
            int changes = 1 + random.Next(4);
            for (int c = 0; c < changes; c++)
            {
                json[random.Next(json.Length)] = (byte)alphabet[random.Next(alphabet.Length)];
            }

            CaseReadResult result = CaseReader.ReadUnguarded(json);

            result.Success.Should().Be(result.Problems.IsEmpty);
            result.Problems.Should().NotContain(p => !p.Path.StartsWith('$') || p.Code.Length == 0 || p.Message.Length == 0);
        }
    }

    [Fact]
    public void Read_EveryTruncationOfAValidVersion2Case_FailsWithProblemsAndNeverThrows()
    {
        byte[] json = CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("version2-1.case.json")));
        int lastValid = json.AsSpan().TrimEnd("\n "u8).Length;

        for (int length = 0; length < lastValid; length++)
        {
            CaseReadResult result = CaseReader.ReadUnguarded(json.AsSpan(0, length));

            result.Success.Should().BeFalse();
            result.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.InvalidJson);
        }
    }

    [Fact]
    public void Read_RandomByteMutationsOfAVersion2Case_NeverThrowAndRoundTripWhenValid()
    {
        byte[] original = Version2.Version2SeedTests.Seed("valid-version2-cadre-work.json");
        const string alphabet = " \"{}[],:0123456789-tnfaeLUCA\\\u00e9";
        var random = new Random(20190402);
        int valid = 0;
        for (int round = 0; round < 2000; round++)
        {
            byte[] json = (byte[])original.Clone();
            int changes = 1 + random.Next(4);
            for (int c = 0; c < changes; c++)
            {
                json[random.Next(json.Length)] = (byte)alphabet[random.Next(alphabet.Length)];
            }

            CaseReadResult result = CaseReader.ReadUnguarded(json);

            result.Success.Should().Be(result.Problems.IsEmpty);
            result.Problems.Should().NotContain(p => !p.Path.StartsWith('$') || p.Code.Length == 0 || p.Message.Length == 0);
            if (result.Success)
            {
                valid++;
                byte[] written = CaseWriter.Write(result.Case);
                CaseWriter.Write(CaseReader.ReadUnguarded(written).Case).Should().Equal(written);
                AssessmentWriter.Write(result.Case.Assess(new Assessment.AssessmentOptions(AllowYearOutsideEdition: true)));
            }
        }
        valid.Should().BeGreaterThan(0, "some mutations (in names, say) leave the case valid");
    }

    [Fact]
    public void Read_RandomStructuralMutationsOfAVersion2Case_NeverThrow()
    {
        string[] values = ["null", "true", "0", "-1", "2019", "1e400", "\"\"", "\" x \"", "\"2019-02-29\"", "\"2019-13\"", "[]", "{}", "[null]", "{\"id\":[]}", "\"\\ud800\""];
        string original = System.Text.Encoding.UTF8.GetString(Version2.Version2SeedTests.Seed("valid-version2-cadre-work.json"));
        var random = new Random(5);
        string[] tokens = original.Split(':');
        for (int round = 0; round < 1500; round++)
        {
            string[] copy = (string[])tokens.Clone();
            int i = 1 + random.Next(copy.Length - 1);
            int end = copy[i].IndexOfAny([',', '}']);
            copy[i] = " " + values[random.Next(values.Length)] + (end < 0 ? string.Empty : copy[i][end..]);

            CaseReadResult result = CaseReader.ReadUnguarded(Encoding.UTF8.GetBytes(string.Join(':', copy)));

            result.Success.Should().Be(result.Problems.IsEmpty);
        }
    }

    [Fact]
    public void Read_RandomStructuralMutations_NeverThrow()
    {
        string[] values = ["null", "true", "0", "-1", "2019", "1e400", "\"\"", "\" x \"", "\"2019-02-29\"", "[]", "{}", "[null]", "{\"id\":[]}", "\"\\ud800\""];
        string original = Encoding.UTF8.GetString(TestFiles.Golden("example-1.case.json"));
        var random = new Random(4);
        string[] tokens = original.Split(':');
        for (int round = 0; round < 1500; round++)
        {
            string[] copy = (string[])tokens.Clone();
            int i = 1 + random.Next(copy.Length - 1);
            int end = copy[i].IndexOfAny([',', '\n']);
            copy[i] = " " + values[random.Next(values.Length)] + (end < 0 ? string.Empty : copy[i][end..]);

            CaseReadResult result = CaseReader.ReadUnguarded(Encoding.UTF8.GetBytes(string.Join(':', copy)));

            result.Success.Should().Be(result.Problems.IsEmpty);
        }
    }

    [Theory]
    [InlineData("{\"format\": \"pairing-case/1\"}")]
    [InlineData("{\"units\": [{}], \"activities\": [{}, null, 1], \"cadreGrades\": [{\"cadre\": \"\\ud800\"}]}")]
    [InlineData("{\"units\": [{\"leaders\": [null, {\"id\": \"L\"}, {\"id\": \"L\"}]}], \"countyPairings\": [{\"participants\": [null, \"U\", \"U\", \" \"]}]}")]
    [InlineData("{\"\\ud800\": 1, \"format\": \"pairing-case/1\", \"format\": 2}")]
    [InlineData("{\"format\": \"pairing-case/2\"}")]
    [InlineData("{\"format\": \"pairing-case/2\", \"localCadres\": [{}, null], \"attendance\": [{\"month\": 201903}], \"committeeActivities\": [{\"on\": null, \"at\": null}]}")]
    public void Read_SkeletalDocuments_ReportProblemsWithoutThrowing(string text)
    {
        CaseReadResult result = CaseReader.ReadUnguarded(TestFiles.Utf8(text));

        result.Success.Should().BeFalse();
        result.Problems.Should().NotBeEmpty();
        result.Problems.Select(p => p.Code).Should().OnlyContain(c => c != JsonProblemCodes.InvalidJson);
    }

    [Fact]
    public void Read_ManyProblems_AreAllReportedInDocumentOrder()
    {
        string text = """
            {
              "policy": "sichuan-2019",
              "cadreGrades": [ { "cadre": "C-1", "year": 2019, "grade": "bad" } ],
              "year": 2019,
              "activities": [ { "id": "A-1", "kind": "study-tour", "unit": "U-1", "on": "2019-13-01", "county": "513428" } ],
              "units": [ { "id": "U-1", "name": "x", "kind": "hospital", "mechanism": { "leadershipTeam": true, "allStaff": 1 } } ],
              "format": "pairing-case/1"
            }
            """;

        CaseReadResult result = CaseReader.ReadUnguarded(TestFiles.Utf8(text));

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.cadreGrades[0].grade", ProblemCodes.InvalidValue),
            ("$.cadreGrades[0].cadre", ProblemCodes.UnknownReference),
            ("$.activities[0].on", JsonProblemCodes.InvalidDate),
            ("$.activities[0].county", ProblemCodes.UnknownReference),
            ("$.units[0].mechanism.allStaff", ProblemCodes.InvalidValue));
    }
}
