using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Json;
using PairingDomain.Samples;
using PairingDomain.Samples.AnnualReport;
using PairingDomain.Testing;
using PairingDomain.Units;

namespace PairingDomain.Testing.Tests;

public sealed partial class AnnualAssessmentSampleTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pairing-sample-" + Guid.NewGuid().ToString("N"));

    public AnnualAssessmentSampleTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_NoArguments_AssessesTheEmbeddedCaseAndNamesItsFigures()
    {
        (int code, string output, string error) = Run();

        code.Should().Be(Program.Ok);
        error.Should().BeEmpty();
        output.Should().Contain("SYNTHETIC DATA").And.Contain("合成数据");
        Value(output, "Assistance units").Should().StartWith("370 (88 lead");
        Value(output, "Poverty counties").Should().StartWith("88 (藏区 32, 彝区 13");
        Value(output, "Posted villages").Should().Be("974");
        Value(output, "Stationed cadres").Should().StartWith("1,544");
        Value(output, "Units in Tibetan areas").Should().Be("221");
        Value(output, "Units in Yi areas").Should().Be("111");
        Value(output, "Units for 2019 counties").Should().Be("211");
        output.Should().Contain("DUTY-MAIN-LEADER-VISITS").And.Contain("BUNDLE-CADRE").And.Contain("CADRE-RECALL");
    }

    [Fact]
    public void Run_NoArguments_EveryLineFitsIn80Columns()
    {
        (_, string output, _) = Run();

        output.Split('\n').Should().OnlyContain(line => TextLayout.Width(line.TrimEnd('\r')) <= TextLayout.Columns);
    }

    [Fact]
    public void Run_NoArguments_StatisticsMatchTheLedger()
    {
        PairingCase embedded = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019);
        Assessment.Statistics.AssessmentStatistics stats = embedded.Assess().Statistics;
        // Counted here from the ledger, as the library's statistics must: main leaders' visits and joint meetings.
        int mainVisits = embedded.Ledger.Count(a => a.Kind == ActivityKind.SupervisionVisit && a.By is { } by
            && embedded.Roster.FindLeader(by) is { } held && held.Leader.Post == LeaderPost.MainLeader && held.Leader.Tenure.Contains(a.Time.Date));
        int joint = embedded.Ledger.Count(a => a.Kind == ActivityKind.JointMeeting);

        (_, string output, _) = Run();

        stats.Activities.Single(a => a.Kind == ActivityKind.SupervisionVisit).MainLeader.Should().Be(mainVisits);
        output.Should().MatchRegex($@"Main-leader visits 主要负责同志督导调研\s+{mainVisits:N0}\s+1,600\+");
        output.Should().MatchRegex($@"Joint meetings 联席会议 \(§II: by lead units 牵头单位\)\s+{joint:N0}\s+200\+");
        stats.Activities.Sum(a => a.Total).Should().Be(embedded.Ledger.Count);
    }

    [Fact]
    public void Run_NoArguments_OutcomesInTheSeedsFormBesideIts2018Figures()
    {
        Assessment.Statistics.AssessmentStatistics stats = s_embedded.Value.Assessment.Statistics;
        decimal direct = stats.Outcomes.Single(o => o.Measure == Outcomes.OutcomeMeasure.DirectInvestment).Amount;
        decimal cadres = stats.Outcomes.Single(o => o.Measure == Outcomes.OutcomeMeasure.VillageCadresTrained).Amount;

        (_, string output, _) = Run();

        output.Should().MatchRegex($@"Funds invested directly 直接投入资金 \(亿元\)\s+{Regex.Escape((direct / 100_000_000m).ToString("N2", System.Globalization.CultureInfo.InvariantCulture))}\s+8\.24");
        output.Should().MatchRegex($@"Village cadres trained 培训村两委干部 \(万人次\)\s+{Regex.Escape((cadres / 10_000m).ToString("N2", System.Globalization.CultureInfo.InvariantCulture))}\s+1\.5");
        output.Should().Contain("藏区 Tibetan area focus topics 重点议题");
    }

    [Fact]
    public void Print_MidYearCase_ReportsAtRiskInsteadOfBars()
    {
        PairingCase midYear = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { AsOf = new LocalDate(2019, 8, 15) });
        using var output = new StringWriter();

        ReportPrinter.Print(midYear, midYear.Assess(), "mid-year.json", output);

        string text = output.ToString();
        text.Should().Contain("(part of the year 年中)").And.Contain("BUNDLE-COUNTY-AT-RISK").And.Contain("Case file 案例文件: mid-year.json");
        text.Should().NotContain("SYNTHETIC DATA");
        text.Should().Contain("Barred from excellence 不能评先评优 (0 units)");
    }

    [Fact]
    public void Run_Help_PrintsUsageAndExitsZero()
    {
        (int code, string output, _) = Run("--help");

        code.Should().Be(Program.Ok);
        output.Should().Contain("--case FILE").And.Contain("--json OUT");
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--case")]
    public void Run_BadCommandLine_ExitsOne(string argument)
    {
        (int code, string output, string error) = Run(argument);

        code.Should().Be(Program.Failure);
        output.Should().BeEmpty();
        error.Should().NotBeEmpty();
    }

    [Fact]
    public void Run_MissingCaseFile_ExitsOne()
    {
        (int code, _, string error) = Run("--case", Path.Combine(_directory, "absent.json"));

        code.Should().Be(Program.Failure);
        error.Should().NotBeEmpty();
    }

    [Fact]
    public void Run_CaseFileAndJson_WritesTheSameAssessmentAsTheLibrary()
    {
        PairingCase small = SyntheticProvince.Generate(SyntheticOptions.Scaled(10 / 370.0, seed: 11));
        string casePath = Path.Combine(_directory, "small.case.json");
        string jsonPath = Path.Combine(_directory, "small.assessment.json");
        File.WriteAllBytes(casePath, CaseWriter.Write(small));

        (int code, string output, string error) = Run("--case", casePath, "--json", jsonPath);

        code.Should().Be(Program.Ok, error);
        output.Should().Contain("Case file 案例文件:").And.Contain("small.case.json").And.NotContain("SYNTHETIC DATA");
        Value(output, "Assistance units").Should().StartWith("10 (");
        File.ReadAllBytes(jsonPath).Should().Equal(AssessmentWriter.Write(small.Assess()));
    }

    [Fact]
    public void Run_InvalidCase_ExitsTwoWithEveryProblemOnStderrAndErrorsJson()
    {
        string casePath = Path.Combine(_directory, "bad.case.json");
        string jsonPath = Path.Combine(_directory, "bad.errors.json");
        File.WriteAllText(casePath, """
            {"format":"pairing-case/1","policy":"sichuan-2019","year":2019,"units":[],"counties":[],"villages":[],
             "countyPairings":[],"cadres":[],"cadreGrades":[],
             "activities":[{"id":"A-1","kind":"supervision-visit","unit":"U-X","by":"L-X","on":"2019-02-30","county":"513431"},
                           {"id":"A-2","kind":"night-school","unit":"U-Y","on":"2019-03-01","county":"513431","colour":"red"}]}
            """);

        (int code, string output, string error) = Run("--case", casePath, "--json", jsonPath);

        code.Should().Be(Program.InvalidCase);
        output.Should().BeEmpty();
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        lines.Should().HaveCountGreaterThanOrEqualTo(2).And.OnlyContain(l => ProblemLine().IsMatch(l));
        lines.Should().Contain(l => l.StartsWith("$.activities[0].on: invalid-date: ", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("$.activities[1].colour: unknown-field: ", StringComparison.Ordinal));
        using JsonDocument errors = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        errors.RootElement.GetProperty("format").GetString().Should().Be("pairing-errors/1");
        errors.RootElement.GetProperty("errors").GetArrayLength().Should().Be(lines.Length);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>The value after an overview label: the text following the label's padding.</summary>
    private static string Value(string report, string label)
    {
        string line = report.Split('\n').First(l => l.TrimStart().StartsWith(label, StringComparison.Ordinal));
        return Regex.Match(line, @"^\s*\S.*?\s{2,}(\S.*)$").Groups[1].Value.TrimEnd('\r');
    }

    [GeneratedRegex(@"^\$\S*: [a-z-]+: .+$")]
    private static partial Regex ProblemLine();
}
