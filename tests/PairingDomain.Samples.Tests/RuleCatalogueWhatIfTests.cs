using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using PairingDomain.Assessment;
using PairingDomain.Json;
using PairingDomain.Policy;
using PairingDomain.Samples.RuleCatalogue;
using PairingDomain.Testing;
using CatalogueProgram = PairingDomain.Samples.RuleCatalogue.Program;

namespace PairingDomain.Samples.Tests;

/// <summary>Issue 14 in the rule-catalogue sample: <c>--edition FILE</c> and <c>--what-if</c> on the synthetic province.</summary>
public sealed class RuleCatalogueWhatIfTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("edition-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static SampleRun Run(params string[] args) => SampleRun.Of(CatalogueProgram.Run, args);

    private string File(string name, byte[] bytes)
    {
        string path = Path.Combine(_directory, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Run_WhatIf_CountsTheUnitsTheRaisedMinimumMakesShort()
    {
        SampleRun run = Run("--what-if");

        PairingCase synthetic = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019);
        AssessmentComparison expected = AssessmentComparison.Compare(synthetic.Assess(),
            synthetic.WithEdition(ExampleEditions.VisitsFourExample).Assess());
        expected.UnitsBecameShort.Should().BePositive();
        run.ExitCode.Should().Be(CatalogueProgram.Ok);
        run.Error.Should().BeEmpty();
        run.Lines[0].Should().Be("What-if sichuan-2019 → sichuan-2019-visits-4-example");
        string text = string.Join(" ", run.Normalised);
        text.Should().Contain("DUTY-MAIN-LEADER-VISITS minimum: 2 → 4");
        text.Should().Contain($"{expected.UnitsShortBefore} → {expected.UnitsShortAfter} ({expected.UnitsBecameShort} more short");
        DutyChangeSummary visits = expected.Duties.Single(d => d.Rule == RuleIds.DutyMainLeaderVisits);
        run.Normalised.Should().Contain($"DUTY-MAIN-LEADER-VISITS {visits.ShortBefore} {visits.ShortAfter} {visits.BecameShort} 0");
        run.Normalised.Should().Contain(l => l.StartsWith(expected.Units[0].Unit.Value + " DUTY-MAIN-LEADER-VISITS met → short", StringComparison.Ordinal));
        run.Lines.Where(l => SampleRun.TerminalWidth(l) > 80).Should().BeEmpty();
    }

    [Fact]
    public void Run_WhatIf_PrintsTheGradeMovesOfTheScores()
    {
        SampleRun run = Run("--what-if");

        // Expected moves from the two assessments' scores, unit by unit, not through AssessmentComparison.
        PairingCase synthetic = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019);
        AnnualAssessment before = synthetic.Assess(), after = synthetic.WithEdition(ExampleEditions.VisitsFourExample).Assess();
        var moves = before.Units.Join(after.Units, b => b.Unit, a => a.Unit, (b, a) => (From: b.Score?.Grade, To: a.Score?.Grade))
            .Where(p => p.From is not null && p.To is not null && p.From != p.To)
            .GroupBy(p => (From: p.From!.ContractId, To: p.To!.ContractId))
            .ToArray();
        moves.Should().NotBeEmpty("raising the main-leader visits to 4 a year lowers some units' grades");
        run.ExitCode.Should().Be(CatalogueProgram.Ok);
        foreach (var move in moves)
        {
            run.Normalised.Should().Contain(l => l.StartsWith($"moves {move.Count()} from {move.Key.From} to {move.Key.To} (", StringComparison.Ordinal));
        }
        run.Normalised.Count(l => l.StartsWith("moves ", StringComparison.Ordinal)).Should().Be(moves.Length);
    }

    [Fact]
    public void Run_WhatIfSameEdition_PrintsNoGradeMove()
    {
        SampleRun run = Run("--what-if", "sichuan-2019");

        run.Normalised.Should().Contain("Score grades (考核等次): no unit moves");
        run.Normalised.Should().NotContain(l => l.StartsWith("moves ", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_WhatIfSameEdition_SaysNoUnitDiffers()
    {
        SampleRun run = Run("--what-if", "sichuan-2019");

        run.ExitCode.Should().Be(CatalogueProgram.Ok);
        run.Lines.Should().Contain("No unit's result differs.");
        run.Normalised.Should().Contain("Rules changed: none");
    }

    [Fact]
    public void Run_WhatIfOtherGradeScale_ExplainsAndExitsTwo()
    {
        SampleRun run = Run("--what-if", ExampleEditions.Sichuan2020ExampleId);

        run.ExitCode.Should().Be(CatalogueProgram.Usage);
        run.Error.Should().Contain("four-grade");
    }

    [Fact]
    public void Run_WhatIfEditionFile_UsesTheFile()
    {
        JsonObject json = JsonNode.Parse(EditionWriter.Write(PolicyEditions.Sichuan2019))!.AsObject();
        json["id"] = "file-2019";
        json["rules"]!.AsArray().Single(r => (string?)r!["id"] == RuleIds.DutyNightSchool.Value)!["minimum"] = 0;
        string path = File("night.edition.json", Encoding.UTF8.GetBytes(json.ToJsonString()));

        SampleRun run = Run("--what-if", path);

        run.ExitCode.Should().Be(CatalogueProgram.Ok, run.Error);
        run.Lines[0].Should().Be("What-if sichuan-2019 → file-2019");
        run.Normalised.Should().Contain("DUTY-NIGHT-SCHOOL minimum: 4 → 0");
        string[] night = run.Normalised.Single(l => l.StartsWith("DUTY-NIGHT-SCHOOL ", StringComparison.Ordinal) && !l.Contains(':')).Split(' ');
        night[2].Should().Be("0", "no unit is short on a minimum of 0");
        night[4].Should().Be(night[1], "every unit short before is no longer short");
        int.Parse(night[1], System.Globalization.CultureInfo.InvariantCulture).Should().BePositive();
    }

    [Fact]
    public void Run_EditionFile_PrintsItsCatalogueWithTheTextFollowingTheFigure()
    {
        JsonObject json = JsonNode.Parse(EditionWriter.Write(PolicyEditions.Sichuan2019))!.AsObject();
        json["id"] = "file-2019";
        json["rules"]!.AsArray().Single(r => (string?)r!["id"] == RuleIds.DutyMainLeaderVisits.Value)!["minimum"] = 4;
        string path = File("file.edition.json", Encoding.UTF8.GetBytes(json.ToJsonString()));

        SampleRun run = Run("--edition", path);

        run.ExitCode.Should().Be(CatalogueProgram.Ok, run.Error);
        run.Lines[0].Should().StartWith("file-2019");
        run.Output.Should().Contain("每年至少4次到定点帮扶贫困县");
        run.Output.Should().NotContain("每年至少2次到定点帮扶贫困县");
    }

    [Fact]
    public void Run_DiffOfTheBuiltInAndItsFile_IsEmpty()
    {
        string path = File("sichuan.edition.json", EditionWriter.Write(PolicyEditions.Sichuan2019));

        SampleRun run = Run("--diff", "sichuan-2019", path);

        run.ExitCode.Should().Be(CatalogueProgram.Ok, run.Error);
        run.Lines.Should().Contain("The two editions state the same rules the same way.");
    }

    [Fact]
    public void Run_InvalidEditionFile_ListsEveryProblemWithItsPathAndExitsTwo()
    {
        JsonObject json = JsonNode.Parse(EditionWriter.Write(PolicyEditions.Sichuan2019))!.AsObject();
        json["year"] = "soon";
        json["rules"]![0]!["minimum"] = -2;
        string path = File("bad.edition.json", Encoding.UTF8.GetBytes(json.ToJsonString()));

        SampleRun run = Run("--edition", path);

        run.ExitCode.Should().Be(CatalogueProgram.Usage);
        run.Output.Should().BeEmpty();
        run.Error.Should().Contain($"{path}: $.year: invalid-value").And.Contain($"{path}: $.rules[0].minimum: invalid-value");
    }
}
