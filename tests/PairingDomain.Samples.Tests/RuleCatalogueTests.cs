using System.Linq;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Samples.RuleCatalogue;
using CatalogueProgram = PairingDomain.Samples.RuleCatalogue.Program;

namespace PairingDomain.Samples.Tests;

public class RuleCatalogueTests
{
    private static SampleRun Run(params string[] args) => SampleRun.Of(CatalogueProgram.Run, args);

    [Fact]
    public void Run_NoArguments_ListsEveryRuleOfSichuan2019WithItsSource()
    {
        SampleRun run = Run();

        run.ExitCode.Should().Be(CatalogueProgram.Ok);
        run.Error.Should().BeEmpty();
        run.Lines[0].Should().StartWith("sichuan-2019");
        foreach (PolicyRule rule in PolicyEditions.Sichuan2019.Rules)
        {
            int at = System.Array.FindIndex(run.Lines, l => l == rule.Id.Value || l.StartsWith(rule.Id.Value + " ", System.StringComparison.Ordinal));
            at.Should().BeGreaterThanOrEqualTo(0, $"rule {rule.Id} is listed");
            string.Join("\n", run.Lines.Skip(at).Take(4)).Should().Contain(rule.Source[..System.Math.Min(20, rule.Source.Length)]);
        }
    }

    [Fact]
    public void Run_NoArguments_ShowsEachDutysMinimumAndPeriod()
    {
        SampleRun run = Run();

        run.Normalised.Should().Contain("Minimum: 2 per year (每年), per unit (按单位)");
        run.Normalised.Should().Contain("Minimum: 1 per quarter (每季度), per unit (按单位)");
        run.Normalised.Should().Contain("Minimum: 2 per year (每年), per county led (按牵头县)");
    }

    [Fact]
    public void Run_NoArguments_ShowsTheVersion2RulesAsEvaluatedFromTheirOwnInputs()
    {
        SampleRun run = Run();

        // Issue 13: the rules pairing-case/2 feeds are evaluated, and say what they read instead of "no activity".
        foreach (RuleId id in new[] { RuleIds.DutyCadreFullTime, RuleIds.DutyCommitteeTraining, RuleIds.CadreCriticise,
                     RuleIds.TeamMinSize, RuleIds.TeamTerm, RuleIds.TeamStaysAfterExit })
        {
            int at = System.Array.FindIndex(run.Lines, l => l == id.Value || l.StartsWith(id.Value + " ", System.StringComparison.Ordinal));
            at.Should().BeGreaterThanOrEqualTo(0, $"rule {id} is listed");
            string block = string.Join("\n", run.Lines.Skip(at).TakeWhile((l, i) => i == 0 || l.Length > 0));
            block.Should().Contain("Status: evaluated", $"{id} is evaluated from pairing-case/2");
        }
        int duties = PolicyEditions.Sichuan2019.Rules.OfType<DutyRule>().Count(d => d.IsEnabled && d.IsEvaluated);
        duties.Should().Be(10, "DUTY-CADRE-DAYS is the one duty off in sichuan-2019");
        string text = string.Join(" ", run.Normalised);
        text.Should().Contain("11 duties (10 evaluated)");
        text.Should().Contain("Minimum: 1 per year (每年), per cadre (按干部)");
        text.Should().Contain("Input: cadreWork, the work plan, ledger and home-unit duties (pairing-case/2)");
        text.Should().Contain("Input: committeeActivities, demonstration-training (pairing-case/2)");
        text.Should().Contain("Input: attendance (pairing-case/2)");
        run.Output.Should().NotContain("none in pairing-case/1");
    }

    [Fact]
    public void Run_NoArguments_ListsEveryInterpretationWithItsReading()
    {
        SampleRun run = Run();

        foreach (Interpretation interpretation in PolicyEditions.Sichuan2019.Interpretations)
        {
            run.Lines.Should().Contain($"[adopted] {interpretation.Id}");
        }
    }

    [Theory]
    [InlineData]
    [InlineData("--diff")]
    [InlineData("--edition", "sichuan-2020-example")]
    [InlineData("--help")]
    public void Run_AnyOutput_FitsEightyColumns(params string[] args)
    {
        SampleRun run = Run(args);

        run.Lines.Where(l => SampleRun.TerminalWidth(l) > 80).Should().BeEmpty();
    }

    [Fact]
    public void Run_Diff_ListsTheExampleVariantsChangesParameterByParameter()
    {
        SampleRun run = Run("--diff");

        run.ExitCode.Should().Be(CatalogueProgram.Ok);
        run.Lines[0].Should().Be("Diff sichuan-2019 → sichuan-2020-example");
        run.Output.Should().Contain("NOTE: sichuan-2020-example is an illustrative variant");
        string[] lines = run.Normalised;
        lines.Should().ContainInOrder(
            "Rules added (0): none",
            "Rules removed (0): none",
            "Rules changed (2):",
            "minimum 2 → 4",
            "minimum 20 → 22",
            "Interpretations changed (1):",
            "PRORATE-BY-QUARTER adopted → set-aside",
            "Grade scale: three-grade → four-grade");
        lines.Should().Contain(l => l.StartsWith("DUTY-MAIN-LEADER-VISITS ", System.StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("DUTY-CADRE-DAYS ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Run_DiffReversed_SwapsBeforeAndAfter()
    {
        SampleRun run = Run("--diff", "sichuan-2020-example", "sichuan-2019");

        run.ExitCode.Should().Be(CatalogueProgram.Ok);
        run.Normalised.Should().Contain("minimum 4 → 2").And.Contain("Grade scale: four-grade → three-grade");
    }

    [Fact]
    public void Run_DiffOfAnEditionWithItself_SaysNothingChanged()
    {
        SampleRun run = Run("--diff", "sichuan-2019", "sichuan-2019");

        run.Normalised.Should().Contain("Rules changed (0): none").And.Contain("Grade scale: unchanged (three-grade)");
        run.Output.Should().NotContain("NOTE:");
    }

    [Fact]
    public void Run_ExampleEdition_PrintsItsFourGradeScaleAndSetAsideReading()
    {
        SampleRun run = Run("--edition", "sichuan-2020-example");

        run.ExitCode.Should().Be(CatalogueProgram.Ok);
        run.Lines[0].Should().StartWith("sichuan-2020-example");
        run.Output.Should().Contain("基本称职");
        run.Lines.Should().Contain("[set aside] PRORATE-BY-QUARTER");
    }

    [Fact]
    public void ExampleEditions_Sichuan2020Example_DiffersFromSichuan2019AsStated()
    {
        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, ExampleEditions.Sichuan2020Example);

        diff.Changed.Select(c => c.Rule).Should().BeEquivalentTo([RuleIds.DutyMainLeaderVisits, RuleIds.DutyCadreDays]);
        ((DutyRule)ExampleEditions.Sichuan2020Example.GetRule(RuleIds.DutyCadreDays)).Minimum.Should().Be(22);
        diff.Interpretations.Select(i => i.Name).Should().Equal(InterpretationIds.ProrateByQuarter.Value);
        ExampleEditions.Sichuan2020Example.GradeScale.Should().Be(GradeScale.FourGrade);
        ExampleEditions.Known.Find("sichuan-2019").Should().BeSameAs(PolicyEditions.Sichuan2019);
    }

    [Fact]
    public void Run_Help_ExitsZeroWithUsage()
    {
        SampleRun run = Run("--help");

        run.ExitCode.Should().Be(CatalogueProgram.Ok);
        run.Output.Should().Contain("--diff").And.Contain("--edition");
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--edition")]
    [InlineData("--edition", "sichuan-2021")]
    [InlineData("--diff", "sichuan-2019", "nope")]
    [InlineData("--diff", "--edition", "sichuan-2019")]
    public void Run_BadCommandLine_ExitsWithUsageCode(params string[] args)
    {
        SampleRun run = Run(args);

        run.ExitCode.Should().Be(CatalogueProgram.Usage);
        run.Error.Should().NotBeEmpty();
        run.Output.Should().BeEmpty();
    }
}
