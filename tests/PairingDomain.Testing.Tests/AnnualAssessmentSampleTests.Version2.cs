using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PairingDomain.Json;
using PairingDomain.Samples.AnnualReport;

namespace PairingDomain.Testing.Tests;

/// <summary>
/// The sample on <c>pairing-case/2</c> files (case-format-2.md part 1): a valid one is assessed and <c>--json</c>
/// writes <c>pairing-assessment/2</c>; a hostile one ends in exit code 2 with every problem on standard error, one a
/// line as <c>PATH: CODE: message</c>, and the same problems in the <c>pairing-errors/1</c> document.
/// </summary>
public sealed partial class AnnualAssessmentSampleTests
{
    /// <summary>A small valid /2 case; <paramref name="v2Members"/> is spliced in as further top-level members.</summary>
    private static string Version2Case(string v2Members) => """
        {"format":"pairing-case/2","policy":"sichuan-2019","year":2019,
         "units":[{"id":"U-1","name":"示例厅","kind":"provincial-department",
                   "mechanism":{"leadershipTeam":true,"undertakingOffice":"规划处","allStaff":true},
                   "leaders":[{"id":"L-1","name":"领导","role":"main-leader","from":"2016-01-01","to":null}]}],
         "counties":[{"code":"513428","name":"普格县","region":"yi","plannedDelistingYear":2020,"delistedYear":null}],
         "villages":[{"code":"513428100001","county":"513428","name":"示例村","plannedExitYear":2020,"exitedYear":null}],
         "countyPairings":[{"county":"513428","lead":"U-1","participants":[],"from":"2018-01-01","to":null}],
         "cadres":[{"id":"C-1","name":"干部","unit":"U-1","village":"513428100001","post":"first-secretary","from":"2018-03-01","to":null}],
         "activities":[],
         "cadreGrades":[{"cadre":"C-1","year":2019,"grade":"competent"}]
        """ + v2Members + "}";

    private const string ValidMembers = """
        ,"localCadres":[{"id":"LC-1","name":"本地队员","level":"county","village":"513428100001","post":"team-member","from":"2019-01-01","to":null}],
         "attendance":[{"cadre":"C-1","month":"2019-03","daysInVillage":22,"leaveDays":2}],
         "cadreWork":[{"cadre":"C-1","year":2019,"workPlan":true,"workLedger":false,"homeUnitDuties":false}],
         "cadreReviews":[{"cadre":"C-1","kind":"routine","on":"2019-06-30","dutiesFulfilled":true}],
         "committeeActivities":[{"id":"CA-1","kind":"demonstration-training","on":"2019-05-10","trainees":120}]
        """;

    private (int Code, string Output, string[] Lines, JsonElement[] Errors) RunOnFile(string text)
    {
        string casePath = Path.Combine(_directory, "v2.case.json");
        string jsonPath = Path.Combine(_directory, "v2.out.json");
        File.WriteAllText(casePath, text);
        (int code, string output, string error) = Run("--case", casePath, "--json", jsonPath);
        string[] lines = [.. error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        JsonElement[] errors = json.RootElement.TryGetProperty("errors", out JsonElement e) ? [.. e.EnumerateArray().Select(x => x.Clone())] : [];
        return (code, output, lines, errors);
    }

    private static string Head(string line) => string.Join(": ", line.Split(": ").Take(2));

    [Fact]
    public void Run_Help_SaysItReadsVersion1And2()
    {
        (_, string output, _) = Run("--help");

        output.Should().Contain("pairing-case/1 or pairing-case/2").And.Contain("pairing-assessment/2");
    }

    [Fact]
    public void Run_Version2Case_WritesPairingAssessment2AsTheLibraryDoes()
    {
        string text = Version2Case(ValidMembers);
        string casePath = Path.Combine(_directory, "v2.case.json");
        string jsonPath = Path.Combine(_directory, "v2.assessment.json");
        File.WriteAllText(casePath, text);

        (int code, string output, string error) = Run("--case", casePath, "--json", jsonPath);

        code.Should().Be(Program.Ok, error);
        error.Should().BeEmpty();
        output.Should().Contain("v2.case.json");
        byte[] written = File.ReadAllBytes(jsonPath);
        CaseReadResult read = CaseReader.Read(File.ReadAllBytes(casePath));
        written.Should().Equal(AssessmentWriter.Write(read.Case.Assess()));
        using JsonDocument json = JsonDocument.Parse(written);
        json.RootElement.GetProperty("format").GetString().Should().Be("pairing-assessment/2");
        JsonElement duty = json.RootElement.GetProperty("cadres")[0].GetProperty("duties")[0];
        duty.GetProperty("rule").GetString().Should().Be("DUTY-CADRE-FULL-TIME");
        duty.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).Should().Equal("work-ledger");
        json.RootElement.GetProperty("committee").GetProperty("duties")[0].GetProperty("recorded").GetInt32().Should().Be(1);
    }

    [Fact]
    public void Run_Version2CaseWithNoNewMember_IsStillAssessedAsVersion2()
    {
        (int code, _, string[] lines, _) = RunOnFile(Version2Case(string.Empty));

        code.Should().Be(Program.Ok, string.Join('\n', lines));
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_directory, "v2.out.json")));
        json.RootElement.GetProperty("format").GetString().Should().Be("pairing-assessment/2");
        json.RootElement.GetProperty("cadres")[0].GetProperty("duties")[0].GetProperty("missing")[0].GetString().Should().Be("record");
    }

    [Fact]
    public void Run_Version1Case_StillWritesPairingAssessment1()
    {
        string text = Version2Case(string.Empty).Replace("pairing-case/2", "pairing-case/1", StringComparison.Ordinal);

        (int code, _, _, _) = RunOnFile(text);

        code.Should().Be(Program.Ok);
        using JsonDocument json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_directory, "v2.out.json")));
        json.RootElement.GetProperty("format").GetString().Should().Be("pairing-assessment/1");
        json.RootElement.TryGetProperty("committee", out _).Should().BeFalse();
    }

    [Fact]
    public void Run_HostileVersion2Case_ExitsTwoWithEveryProblemListed()
    {
        // Wrong types, a month 2019-13, days beyond February (27 + 3 > 28: at leaveDays, which makes the sum too large), attendance for an unknown cadre, a local cadre id equal to a
        // cadre id, and a typo: each is one line, none hides another.
        string text = Version2Case("""
            ,"localCadres":[{"id":"C-1","name":"本地队员","level":"county","village":"513428100001","post":"team-member","from":"2019-01-01","to":null},
                            {"id":"LC-2","name":"本地队员","level":"province","village":"513428100001","post":"team-member","from":"2019-01-01","to":null}],
             "attendance":[{"cadre":"C-1","month":"2019-13","daysInVillage":22,"leaveDays":2},
                           {"cadre":"C-1","month":"2019-02","daysInVillage":27,"leaveDays":3},
                           {"cadre":"C-99","month":"2019-04","daysInVillage":20,"leaveDays":0},
                           {"cadre":"C-1","month":"2019-05","daysInVillage":"22","leaveDays":-1}],
             "cadreWork":[{"cadre":"C-1","year":"2019","workPlan":"yes","workLedger":true,"homeUnitDuties":false}],
             "cadreReviews":[{"cadre":"C-1","kind":"yearly","on":"2019-06-31","dutiesFulfilled":true}],
             "committeeActivities":[{"id":"CA-1","kind":"demonstration-training","on":"2019-05-10","trainees":1.5}],
             "cadreReview":[]
            """);

        (int code, string output, string[] lines, JsonElement[] errors) = RunOnFile(text);

        code.Should().Be(Program.InvalidCase);
        output.Should().BeEmpty();
        lines.Should().OnlyContain(l => ProblemLine().IsMatch(l));
        lines.Select(Head).Should().BeEquivalentTo(
        [
            "$.localCadres[1].level: invalid-value",
            "$.localCadres[0].id: duplicate-id",
            "$.attendance[0].month: invalid-date",
            "$.attendance[1].leaveDays: invalid-value",
            "$.attendance[2].cadre: unknown-reference",
            "$.attendance[3].daysInVillage: invalid-value",
            "$.attendance[3].leaveDays: invalid-value",
            "$.cadreWork[0].year: invalid-value",
            "$.cadreWork[0].workPlan: invalid-value",
            "$.cadreReviews[0].kind: invalid-value",
            "$.cadreReviews[0].on: invalid-date",
            "$.committeeActivities[0].trainees: invalid-value",
            "$.cadreReview: unknown-field",
        ], string.Join('\n', lines));
        errors.Select(e => e.GetProperty("path").GetString() + ": " + e.GetProperty("code").GetString())
            .Should().Equal(lines.Select(Head), "the error document lists the same problems in the same order");
    }
}
