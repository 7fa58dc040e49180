using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PairingDomain.Fuzz;

namespace PairingDomain.Json.Tests;

/// <summary>
/// Every seed of <c>tests/fuzz-corpus/</c> (cases) and <c>tests/fuzz-corpus-edition/</c> (<c>pairing-edition/1</c>) goes
/// through its fuzz target's oracle (<c>tests/PairingDomain.Fuzz</c>, linked here) as <c>tests/run-fuzz.sh</c> replays
/// them before fuzzing: no exception escapes the reader, no unknown problem code, a valid input round-trips; a seed is
/// valid exactly when its name says so; and the part-2 and edition seeds carry the problems their names promise.
/// </summary>
public sealed class FuzzCorpusReplayTests
{
    private static string Corpus(string name)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "tests", name);
            if (Directory.Exists(path))
            {
                return path;
            }
        }
        throw new DirectoryNotFoundException($"tests/{name} not found above {AppContext.BaseDirectory}");
    }

    private static string[] SeedNames(string corpus) =>
        [.. Directory.GetFiles(Corpus(corpus)).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static TheoryData<string> Seeds(string corpus)
    {
        var data = new TheoryData<string>();
        foreach (string file in SeedNames(corpus))
        {
            data.Add(file);
        }
        return data;
    }

    public static TheoryData<string> CaseSeeds() => Seeds("fuzz-corpus");

    public static TheoryData<string> EditionSeeds() => Seeds("fuzz-corpus-edition");

    private static byte[] Seed(string corpus, string name) => File.ReadAllBytes(Path.Combine(Corpus(corpus), name));

    /// <summary>
    /// Seeds named for the hostile text they hold that the reader nevertheless accepts: a leading byte-order mark is
    /// skipped (case-format.md), so <c>invalid-bom.json</c> is a valid case behind one.
    /// </summary>
    private static readonly HashSet<string> s_acceptedDespiteTheirName = new(StringComparer.Ordinal) { "invalid-bom.json" };

    [Theory]
    [MemberData(nameof(CaseSeeds))]
    public void CaseSeed_PassesTheCaseOracle_ValidExactlyWhenNamedSo(string name) =>
        CaseOracle.Check(Seed("fuzz-corpus", name)).Should()
            .Be(name.StartsWith("valid-", StringComparison.Ordinal) || s_acceptedDespiteTheirName.Contains(name));

    [Theory]
    [MemberData(nameof(EditionSeeds))]
    public void EditionSeed_PassesTheEditionOracle_ValidExactlyWhenNamedSo(string name) =>
        EditionOracle.Check(Seed("fuzz-corpus-edition", name)).Should().Be(name.StartsWith("valid-", StringComparison.Ordinal));

    [Fact]
    public void Corpora_HoldASeedForEveryPartTwoMemberAndEdition()
    {
        string[] cases = SeedNames("fuzz-corpus");
        cases.Should().Contain(
        [
            "valid-version2-outcomes.json", "invalid-version2-outcomes.json",
            "valid-version2-household-indicators.json", "valid-version2-village-indicators.json",
            "valid-version2-county-indicators.json", "invalid-version2-exit-indicators.json",
            "valid-version2-party-pairings.json", "invalid-version2-party-pairings.json",
            "valid-version2-topics.json", "invalid-version2-topics.json",
            "valid-version2-example-1.json",
        ]);
        string[] editions = SeedNames("fuzz-corpus-edition");
        editions.Should().Contain("valid-sichuan-2019.json");
        Seed("fuzz-corpus-edition", "valid-sichuan-2019.json").Should()
            .Equal(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", "sichuan-2019.edition.json")),
                "the edition seed is the documented sichuan-2019 file");
        Seed("fuzz-corpus", "valid-version2-example-1.json").Should()
            .Equal(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", "example-1.v2.case.json")),
                "the part-2 seed with every member is the worked /2 example");
    }

    private static (string, string)[] CaseProblems(string name) =>
        [.. CaseReader.Read(Seed("fuzz-corpus", name)).Problems.Select(p => (p.Path, p.Code))];

    private static (string, string)[] EditionProblems(string name) =>
        [.. EditionReader.Read(Seed("fuzz-corpus-edition", name)).Problems.Select(p => (p.Path, p.Code))];

    [Fact]
    public void PartyPairingSeed_HasAProblemAtEveryBadRecord() =>
        CaseProblems("invalid-version2-party-pairings.json").Should().Equal(
            ("$.activities[4].village", ProblemCodes.MissingField),
            ("$.activities[5].county", ProblemCodes.MissingField),
            ("$.partyPairings[0].unit", ProblemCodes.UnknownReference),
            ("$.partyPairings[1].village", ProblemCodes.InvalidValue),
            ("$.partyPairings[2].from", JsonProblemCodes.InvalidDate),
            ("$.partyPairings[3].to", JsonProblemCodes.DateOrder),
            ("$.partyPairings[4].secretary", JsonProblemCodes.UnknownField),
            ("$.partyPairings[5].unit", ProblemCodes.InvalidValue),
            ("$.partyPairings[5].village", ProblemCodes.MissingField));

    [Fact]
    public void TopicsSeed_HasAProblemAtEveryBadTopic() =>
        CaseProblems("invalid-version2-topics.json").Should().Equal(
            ("$.activities[0].topics[1]", ProblemCodes.InvalidValue),  // repeated
            ("$.activities[1].topics[0]", ProblemCodes.InvalidValue),  // unknown
            ("$.activities[2].topics", ProblemCodes.InvalidValue),     // not on a supervision visit
            ("$.activities[3].topics", ProblemCodes.InvalidValue));    // not an array

    public static TheoryData<string, (string, string)[]> EditionInvalidSeeds() => new()
    {
        { "invalid-format.json", [("$.format", JsonProblemCodes.UnsupportedFormat)] },
        { "invalid-not-object.json", [("$", ProblemCodes.InvalidValue)] },
        { "invalid-truncated.json", [("$", JsonProblemCodes.InvalidJson)] },
        { "invalid-duplicate-rule-negative-minimum.json", [("$.rules[1].minimum", ProblemCodes.InvalidValue), ("$.rules[36].id", ProblemCodes.DuplicateId)] },
        {
            "invalid-exit-figures.json",
            [
                ("$.rules[34].parameters[3].value", ProblemCodes.InvalidValue), // approval-above-percent 101
                ("$.rules[32].parameters[7].value", ProblemCodes.InvalidValue), // poverty-line-2019 NaN
                ("$.rules[32].parameters[8].value", ProblemCodes.InvalidValue), // poverty-line-20x9
            ]
        },
        { "invalid-scoring-table.json", [("$.scoringTable[0].perMissing", ProblemCodes.InvalidValue), ("$.scoringTable[1].weight", JsonProblemCodes.UnknownField),
            ("$.scoringTable[10].rule", ProblemCodes.UnknownReference)] },
        { "invalid-grades-years-title.json", [("$.title", ProblemCodes.MissingField), ("$.gradeScale.grades[3]", ProblemCodes.DuplicateId),
            ("$.years", ProblemCodes.InvalidValue)] },
    };

    [Theory]
    [MemberData(nameof(EditionInvalidSeeds))]
    public void EditionSeed_HasTheProblemsItsNameSays(string name, (string, string)[] expected) =>
        EditionProblems(name).Should().Equal(expected);
}
