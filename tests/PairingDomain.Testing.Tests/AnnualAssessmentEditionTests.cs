using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Json;
using PairingDomain.Policy;
using PairingDomain.Samples.AnnualReport;

namespace PairingDomain.Testing.Tests;

/// <summary>Issue 14: the annual-assessment sample assesses under an edition kept as a file (<c>--edition FILE</c>).</summary>
public sealed class AnnualAssessmentEditionTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pairing-edition-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Run_EditionFile_AssessesTheCaseUnderIt()
    {
        PairingCase small = SyntheticProvince.Generate(SyntheticOptions.Scaled(10 / 370.0, seed: 11));
        PolicyEdition raised = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("file-2019", 2019)
            .SetMinimum(RuleIds.DutyMainLeaderVisits, 6).Build().GetValueOrThrow();
        string casePath = Write("small.case.json", CaseWriter.Write(small));
        string editionPath = Write("raised.edition.json", EditionWriter.Write(raised));
        string jsonPath = Path.Combine(_directory, "small.assessment.json");

        (int code, _, string error) = Run("--case", casePath, "--edition", editionPath, "--json", jsonPath);

        code.Should().Be(Program.Ok, error);
        byte[] expected = AssessmentWriter.Write(small.WithEdition(raised).Assess());
        File.ReadAllBytes(jsonPath).Should().Equal(expected);
        File.ReadAllBytes(jsonPath).Should().NotEqual(AssessmentWriter.Write(small.Assess()), "six visits a year is a stricter edition");
    }

    [Fact]
    public void Run_EditionFileAndEmbeddedCase_ReportsUnderTheFilesEdition()
    {
        PolicyEdition raised = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("file-2019", 2019)
            .Build().GetValueOrThrow();
        string editionPath = Write("same.edition.json", EditionWriter.Write(raised));

        (int code, string output, string error) = Run("--edition", editionPath);

        code.Should().Be(Program.Ok, error);
        output.Should().Contain("file-2019");
    }

    [Fact]
    public void Run_InvalidEditionFile_ExitsTwoWithEveryProblemAndAssessesNothing()
    {
        JsonObject json = JsonNode.Parse(EditionWriter.Write(PolicyEditions.Sichuan2019))!.AsObject();
        json["rules"]![1]!["period"] = "decade";
        json["colour"] = "red";
        string editionPath = Write("bad.edition.json", Encoding.UTF8.GetBytes(json.ToJsonString()));

        (int code, string output, string error) = Run("--edition", editionPath);

        code.Should().Be(Program.InvalidCase);
        output.Should().BeEmpty();
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines.Should().Contain(l => l.StartsWith("$.rules[1].period: invalid-value: ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("$.colour: unknown-field: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_EditionOnAnotherGradeScale_ExitsOneSayingWhy()
    {
        PolicyEdition four = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("four-2019", 2019)
            .WithGradeScale(GradeScale.FourGrade).Build().GetValueOrThrow();
        string editionPath = Write("four.edition.json", EditionWriter.Write(four));

        (int code, _, string error) = Run("--edition", editionPath);

        code.Should().Be(Program.Failure);
        error.Should().Contain("four-grade");
    }
}
