using System;
using System.IO;
using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Json;
using PairingDomain.Policy;
using PairingDomain.Testing;
using PairingDomain.Time;
using TrackerProgram = PairingDomain.Samples.ProgressTracker.Program;

namespace PairingDomain.Samples.Tests;

public sealed class ProgressTrackerTests : IDisposable
{
    private static readonly LocalDate s_defaultAsOf = new(2019, 8, 15);
    private static readonly Lazy<(PairingCase Case, AnnualAssessment Assessment)> s_default = new(() =>
    {
        PairingCase c = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { AsOf = s_defaultAsOf });
        return (c, AnnualAssessor.Assess(c.Edition, c.Ledger, c.Grades, c.Year, s_defaultAsOf));
    });

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pd-samples-" + Guid.NewGuid().ToString("N"));

    public ProgressTrackerTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static SampleRun Run(params string[] args) => SampleRun.Of(TrackerProgram.Run, args);

    private static string[] UnitHeadings(SampleRun run) =>
        run.Lines.Where(l => l.StartsWith("U-", StringComparison.Ordinal)).ToArray();

    [Fact]
    public void Run_NoArguments_SummarisesAllUnitsAndDetailsTheFirstFew()
    {
        SampleRun run = Run();

        run.ExitCode.Should().Be(TrackerProgram.Ok);
        run.Error.Should().BeEmpty();
        run.Lines[0].Should().StartWith("Progress as of 2019-08-15 · sichuan-2019").And.Contain("2019-Q3");
        int units = s_default.Value.Case.Roster.Units.Length;
        run.Normalised.Should().Contain($"Units with a pairing this year {units} of {units}");
        run.Lines.Should().Contain("ALL UNITS").And.Contain("AT RISK (if the year ended with the data as they stand)");
        UnitHeadings(run).Should().HaveCount(TrackerProgram.DetailedUnits);
        run.Normalised.Should().Contain($"{TrackerProgram.DetailedUnits} of {units} units shown in detail; --unit U-xxx shows any other.");
    }

    [Fact]
    public void Run_NoArguments_YearlyRemainingAgreesWithTheAssessment()
    {
        SampleRun run = Run();
        AnnualAssessment assessment = s_default.Value.Assessment;

        foreach (DutyRule duty in assessment.Edition.Duties.Where(d => d.Period == DutyPeriodKind.Year))
        {
            DutyResult[] results = [.. assessment.Units.Select(u => u.Duty(duty.Id)).OfType<DutyResult>()];
            DutyResult[] due = [.. results.Where(r => r.Shortfall > 0)];
            run.Normalised.Should().Contain($"{duty.Id} {due.Length} of {results.Length} · {due.Sum(r => r.Shortfall)}");
        }
    }

    [Fact]
    public void Run_NoArguments_AtRiskCountsAgreeWithTheFindings()
    {
        SampleRun run = Run();
        AnnualAssessment assessment = s_default.Value.Assessment;
        int villages = assessment.Findings.Count(f => f.Rule == RuleIds.BundleVillageAtRisk);
        int counties = assessment.Findings.Count(f => f.Rule == RuleIds.BundleCountyAtRisk);

        villages.Should().BePositive("the synthetic case has villages due to exit in 2019");
        run.Normalised.Should().Contain($"{RuleIds.BundleVillageAtRisk} {villages}").And.Contain($"{RuleIds.BundleCountyAtRisk} {counties}");
    }

    [Fact]
    public void Run_NoArguments_CurrentQuarterCountsOnlyThisQuartersEvidence()
    {
        (PairingCase c, AnnualAssessment assessment) = s_default.Value;
        UnitAssessment unit = assessment.Units.First(u => u.Duty(RuleIds.DutyDeputyVisits) is not null);
        DutyPeriod q3 = DutyPeriod.ForQuarter(2019, 3);
        var dates = c.Ledger.ToDictionary(a => a.Id, a => a.Time.Date);
        int done = unit.Duty(RuleIds.DutyDeputyVisits)!.Evidence.Count(id => q3.Contains(dates[id]));

        SampleRun run = Run("--unit", unit.Unit.Value);

        run.ExitCode.Should().Be(TrackerProgram.Ok);
        run.Normalised.Should().Contain(l => l.StartsWith($"{RuleIds.DutyDeputyVisits} {done} of 1 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_Unit_ShowsThatUnitOnlyWithWhatRemains()
    {
        AnnualAssessment assessment = s_default.Value.Assessment;
        UnitAssessment unit = assessment.Units.First(u => u.Duties.Any(d => d.Shortfall > 0));
        DutyResult shortDuty = unit.Duties.First(d => d.Shortfall > 0 && assessment.Edition.GetRule(d.Rule) is DutyRule { Period.Name: "Year" });

        SampleRun run = Run("--unit", unit.Unit.Value);

        run.ExitCode.Should().Be(TrackerProgram.Ok);
        UnitHeadings(run).Should().ContainSingle().Which.Should().StartWith(unit.Unit.Value + " ");
        run.Normalised.Should().Contain($"{shortDuty.Rule} {shortDuty.Recorded} of {shortDuty.Required} {shortDuty.Shortfall} to go");
        run.Output.Should().NotContain("ALL UNITS");
    }

    [Fact]
    public void Run_Unit_NamesEachCountyAYearlyPerCountyDutyStillLacks()
    {
        // Issue 13: a per-county duty's pending total alone does not say which county is still due.
        (PairingCase c, AnnualAssessment assessment) = s_default.Value;
        (UnitAssessment unit, DutyResult duty) = assessment.Units
            .SelectMany(u => u.Duties.Select(d => (Unit: u, Duty: d)))
            .First(x => x.Duty.Periods.Any(p => p.County is not null && p.Shortfall > 0));
        DutyPeriodResult[] due = [.. duty.Periods.Where(p => p.County is not null && p.Shortfall > 0)];

        SampleRun run = Run("--unit", unit.Unit.Value);

        run.ExitCode.Should().Be(TrackerProgram.Ok);
        foreach (DutyPeriodResult county in due)
        {
            string name = c.Roster.FindCounty(county.County!.Value)!.Name;
            run.Normalised.Should().Contain(
                $"county {county.County.Value.Value} {name} {county.Recorded} of {county.Required} {county.Shortfall} to go", duty.Rule.Value);
        }
    }

    [Fact]
    public void Run_AsOfYearEnd_ReportsExcellenceInsteadOfRisk()
    {
        SampleRun run = Run("--as-of", "2019-12-31");

        run.ExitCode.Should().Be(TrackerProgram.Ok);
        run.Lines[0].Should().StartWith("Progress as of 2019-12-31");
        run.Output.Should().Contain("YEAR ENDED").And.NotContain("AT RISK");
        run.Lines.Should().Contain(l => l.TrimStart().StartsWith("Excellence", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_AsOfLaterDate_SeesMoreActivities()
    {
        static int Activities(SampleRun run) =>
            int.Parse(run.Lines[..4].Select(l => System.Text.RegularExpressions.Regex.Match(l, @"· ([\d,]+) activities")).First(m => m.Success)
                .Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

        int august = Activities(Run());
        int november = Activities(Run("--as-of", "2019-11-20"));

        november.Should().BeGreaterThan(august);
    }

    [Theory]
    [InlineData]
    [InlineData("--as-of", "2019-12-31")]
    [InlineData("--unit", "U-002")]
    [InlineData("--help")]
    public void Run_AnyOutput_FitsEightyColumns(params string[] args)
    {
        SampleRun run = Run(args);

        run.Lines.Where(l => SampleRun.TerminalWidth(l) > 80).Should().BeEmpty();
    }

    [Fact]
    public void Run_CaseFile_AssessesTheFileAsOfItsOwnDate()
    {
        PairingCase small = SyntheticProvince.Generate(SyntheticOptions.Scaled(10 / 370.0) with { AsOf = new LocalDate(2019, 5, 10) });
        string path = Path.Combine(_directory, "small.case.json");
        File.WriteAllBytes(path, CaseWriter.Write(small));

        SampleRun run = Run("--case", path);

        run.ExitCode.Should().Be(TrackerProgram.Ok, run.Error);
        run.Lines[0].Should().StartWith("Progress as of 2019-05-10").And.Contain("2019-Q2");
        run.Lines.Should().Contain("Case: small.case.json");
        run.Normalised.Should().Contain($"Units with a pairing this year {small.Roster.Units.Length} of {small.Roster.Units.Length}");
    }

    [Fact]
    public void Run_CaseFileNotJson_ExitsWithBadCaseAndListsTheProblem()
    {
        string path = Path.Combine(_directory, "broken.json");
        File.WriteAllText(path, "{ not json");

        SampleRun run = Run("--case", path);

        run.ExitCode.Should().Be(TrackerProgram.BadCase);
        run.Error.Should().Contain(JsonProblemCodes.InvalidJson);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Run_CaseFileWithProblems_LangZh_ListsThemInChineseAndEnByDefault()
    {
        string path = Path.Combine(_directory, "bad.json");
        File.WriteAllText(path, """
            {"format":"pairing-case/1","policy":"sichuan-2099","year":2019,
             "activities":[{"id":"A-1","kind":"annual-plan","unit":"U-9","on":"2019-02-01","county":"513431"}]}
            """);

        SampleRun zh = Run("--case", path, "--lang", "zh");
        SampleRun en = Run("--case", path);

        zh.ExitCode.Should().Be(TrackerProgram.BadCase);
        static string[] ProblemLines(SampleRun run) => [.. run.Error.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("  $", StringComparison.Ordinal))];
        string[] chinese = ProblemLines(zh), english = ProblemLines(en);
        chinese.Should().HaveCount(english.Length).And.HaveCountGreaterThan(1);
        chinese.Should().OnlyContain(l => l.Any(c => c >= '\u4E00' && c <= '\u9FFF'), "--lang zh prints the problems in Chinese");
        english.Should().OnlyContain(l => !l.Any(c => c >= '\u4E00' && c <= '\u9FFF'), "English is the default");
        chinese.Should().Contain(l => l.Contains("sichuan-2099", StringComparison.Ordinal)).And.Contain(l => l.Contains("U-9", StringComparison.Ordinal));
        chinese.Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]).Should().Equal(english.Select(l => l[..l.IndexOf(": ", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Run_CaseFileMissing_ExitsWithBadCase()
    {
        SampleRun run = Run("--case", Path.Combine(_directory, "absent.json"));

        run.ExitCode.Should().Be(TrackerProgram.BadCase);
        run.Error.Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("--as-of", "2020-01-15")]
    [InlineData("--as-of", "15/08/2019")]
    [InlineData("--unit", "U-9999")]
    [InlineData("--unit")]
    [InlineData("--verbose")]
    [InlineData("--lang", "fr")]
    public void Run_BadCommandLine_ExitsWithUsageCode(params string[] args)
    {
        SampleRun run = Run(args);

        run.ExitCode.Should().Be(TrackerProgram.Usage);
        run.Error.Should().NotBeEmpty();
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Run_Help_ExitsZeroWithUsage()
    {
        SampleRun run = Run("--help");

        run.ExitCode.Should().Be(TrackerProgram.Ok);
        run.Output.Should().Contain("--as-of").And.Contain("--unit").And.Contain("--case");
    }
}
