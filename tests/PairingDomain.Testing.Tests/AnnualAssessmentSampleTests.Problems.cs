using System;
using System.IO;
using System.Linq;
using System.Text.Json;
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
}
