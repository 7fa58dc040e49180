using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PairingDomain.Assessment;
using PairingDomain.Json;
using PairingDomain.Policy;
using PairingDomain.Samples.AnnualReport;

namespace PairingDomain.Testing.Tests;

public sealed partial class AnnualAssessmentSampleTests
{
    [Fact]
    public void Run_ValueHoldingALineBreak_PrintsEachProblemOnOneLine()
    {
        string casePath = Path.Combine(_directory, "forged.case.json");
        string jsonPath = Path.Combine(_directory, "forged.errors.json");
        // The unit id breaks the line and goes on like a problem of its own: read naively, stderr would show two.
        File.WriteAllText(casePath, """
            {"format":"pairing-case/1","policy":"sichuan-2019","year":2019,
             "units":[{"id":"U-1\n$.counties[0].code: duplicate-id: forged\u2028$.x: y: z\u0001","name":"厅","kind":"hospital",
                       "mechanism":{"leadershipTeam":true,"allStaff":true}}],
             "activities":[{"id":"A-1","kind":"annual-plan","unit":"U-9","on":"2019-02-01","county":"513431"}]}
            """);

        (int code, string output, string error) = Run("--case", casePath, "--json", jsonPath);

        code.Should().Be(Program.InvalidCase);
        output.Should().BeEmpty();
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        using JsonDocument errors = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        JsonElement[] problems = [.. errors.RootElement.GetProperty("errors").EnumerateArray()];
        lines.Should().HaveCount(problems.Length).And.OnlyContain(l => ProblemLine().IsMatch(l));
        lines.Should().NotContain(l => l.StartsWith("$.counties", StringComparison.Ordinal) || l.StartsWith("$.x", StringComparison.Ordinal));
        lines.Should().ContainSingle(l => l.StartsWith("$.units[0].id: invalid-value: ", StringComparison.Ordinal))
            .Which.Should().Contain(@"U-1\n$.counties[0].code: duplicate-id: forged\u2028$.x: y: z\u0001");
        lines.Should().ContainSingle(l => l.StartsWith("$.activities[0].unit: unknown-reference: ", StringComparison.Ordinal));
        // The JSON error document escapes through its own writer: the message holds the line break itself, once.
        problems.Select(p => p.GetProperty("message").GetString()).Should()
            .Contain(m => m!.Contains("U-1\n$.counties[0].code: duplicate-id: forged\u2028$.x: y: z\u0001", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_InvalidCase_LangZh_PrintsTheSameProblemsInChineseAndTheSameErrorsJson()
    {
        string casePath = Path.Combine(_directory, "bad.case.json");
        string zhJson = Path.Combine(_directory, "zh.errors.json"), enJson = Path.Combine(_directory, "en.errors.json");
        File.WriteAllText(casePath, """
            {"format":"pairing-case/1","policy":"sichuan-2019","year":2019,"units":[],
             "activities":[{"id":"A-1","kind":"supervision-visit","unit":"U-X","by":"L-X","on":"2019-02-30","county":"513431"},
                           {"id":"A-2","kind":"night-school","unit":"U-Y","on":"2019-03-01","county":"513431","colour":"red"}]}
            """);

        (int code, string output, string zhError) = Run("--case", casePath, "--json", zhJson, "--lang", "zh");
        (_, _, string enError) = Run("--case", casePath, "--json", enJson);

        code.Should().Be(Program.InvalidCase);
        output.Should().BeEmpty();
        static string[] Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r'))];
        string[] zh = Lines(zhError), en = Lines(enError);
        zh.Should().HaveCount(en.Length).And.HaveCountGreaterThan(2).And.OnlyContain(l => ProblemLine().IsMatch(l));
        zh.Should().OnlyContain(l => l.Any(c => c >= '\u4E00' && c <= '\u9FFF'), "--lang zh prints every problem in Chinese");
        en.Should().OnlyContain(l => !l.Any(c => c >= '\u4E00' && c <= '\u9FFF'), "English is the default");
        static string Head(string line) => string.Join(": ", line.Split(": ").Take(2));
        zh.Select(Head).Should().Equal(en.Select(Head), "the same problems, at the same paths, with the same codes");
        zh.Should().Contain(l => l.StartsWith("$.activities[1].colour: unknown-field: ", StringComparison.Ordinal) && l.Contains("colour", StringComparison.Ordinal));
        File.ReadAllBytes(zhJson).Should().Equal(File.ReadAllBytes(enJson), "the JSON error document stays English");
    }

    [Theory]
    [InlineData("zh", "单位 ", "计入")]
    [InlineData("en", "Unit ", "counted")]
    public void Run_Explain_PrintsTheExplanationInTheChosenLanguageAfterTheReport(string lang, string header, string counted)
    {
        PairingCase small = SyntheticProvince.Generate(SyntheticOptions.Scaled(10 / 370.0, seed: 11));
        string casePath = Path.Combine(_directory, "small.case.json");
        File.WriteAllBytes(casePath, CaseWriter.Write(small));
        AnnualAssessment assessment = small.Assess();
        UnitAssessment unit = assessment.Units.First(u => u.Duties.Any(d => d.Rule == RuleIds.DutyMainLeaderVisits && d.Recorded > 0));

        (int code, string output, string error) = Run("--case", casePath, "--explain", unit.Unit.Value, "DUTY-MAIN-LEADER-VISITS", "--lang", lang);

        code.Should().Be(Program.Ok, error);
        string expected = assessment.Explain(unit.Unit, RuleIds.DutyMainLeaderVisits).TextIn(lang == "zh" ? Program.Chinese : Program.English);
        output.Replace("\r\n", "\n", StringComparison.Ordinal).Should().EndWith("\n" + expected);
        expected.Should().StartWith(header + unit.Unit.Value).And.Contain(counted);
    }

    [Theory]
    [InlineData("--lang", "fr")]
    [InlineData("--lang")]
    [InlineData("--explain", "U-404", "DUTY-MAIN-LEADER-VISITS")]
    [InlineData("--explain", "U-001", "MECH-FOUR-IN-ONE")]
    [InlineData("--explain", "U-001")]
    public void Run_BadLangOrExplain_ExitsOne(params string[] args)
    {
        (int code, _, string error) = Run(args);

        code.Should().Be(Program.Failure);
        error.Should().NotBeEmpty();
    }
}
