using System;
using System.IO;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PairingDomain.Assessment;
using PairingDomain.Json;
using PairingDomain.Testing;
using Xunit.Sdk;
using AnnualAssessmentProgram = PairingDomain.Samples.AnnualReport.Program;

namespace PairingDomain.Samples.Tests;

/// <summary>The embedded default case's HTML report, written once by the sample for the tests of its class.</summary>
public sealed class DefaultHtmlReport : IDisposable
{
    private readonly string _directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pairing-html-" + Guid.NewGuid().ToString("N"));

    public DefaultHtmlReport()
    {
        Directory.CreateDirectory(_directory);
        Path = System.IO.Path.Combine(_directory, "report.html");
        Run = SampleRun.Of(AnnualAssessmentProgram.Run, "--html", Path);
        Html = File.Exists(Path) ? File.ReadAllText(Path) : string.Empty;
        Document = new HtmlParser().ParseDocument(Html);
        Case = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true });
        Assessment = Case.Assess(new AssessmentOptions(AllowYearOutsideEdition: true));
    }

    public string Path { get; }

    internal SampleRun Run { get; }

    public string Html { get; }

    public IDocument Document { get; }

    public PairingCase Case { get; }

    /// <summary>The assessment computed here with the library, as any application would.</summary>
    public AnnualAssessment Assessment { get; }

    /// <summary>A copy of the parsed report to alter.</summary>
    public IDocument Copy() => (IDocument)Document.Clone(deep: true);

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}

/// <summary>
/// The annual-assessment sample's <c>--html</c> report (issue 18): one self-contained file whose structure AngleSharp
/// reads back, every section present and every number in its tables equal to the assessment's.
/// </summary>
public sealed class AnnualAssessmentHtmlReportTests(DefaultHtmlReport report) : IClassFixture<DefaultHtmlReport>, IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pairing-html-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Run_Html_WritesTheReportBesideTheConsoleReport()
    {
        report.Run.ExitCode.Should().Be(AnnualAssessmentProgram.Ok, report.Run.Error);
        report.Run.Output.Should().Contain("SYNTHETIC DATA", "the console report is printed as without --html");
        report.Html.Should().StartWith("<!DOCTYPE html>");
        report.Document.QuerySelector("p.synthetic").Should().NotBeNull("the synthetic case is marked as such");
    }

    [Fact]
    public void Run_HtmlOfTheEmbeddedDefault_MatchesTheAssessment()
    {
        report.Assessment.HasCadreWork.Should().BeTrue("the embedded default is a pairing-case/2 case");
        report.Assessment.Units.Count(u => !u.Excellence.Eligible).Should().BePositive("the province has barred units to list");

        HtmlReportChecks.All(report.Document, report.Case, report.Assessment);
    }

    [Fact]
    public void Run_HtmlOfAVersion1Case_SaysNoScoresExistAndMatchesTheAssessment()
    {
        (IDocument document, PairingCase pairingCase, AnnualAssessment assessment) = Report("example-1.case.json");

        assessment.HasCadreWork.Should().BeFalse();
        HtmlReportChecks.All(document, pairingCase, assessment);
        document.GetElementById("chart-scores").Should().BeNull();
    }

    [Fact]
    public void Run_HtmlOfTheWorkedVersion2Example_MatchesTheAssessment()
    {
        (IDocument document, PairingCase pairingCase, AnnualAssessment assessment) = Report("example-1.v2.case.json");

        assessment.HasCadreWork.Should().BeTrue();
        HtmlReportChecks.All(document, pairingCase, assessment);
        document.QuerySelector("p.synthetic").Should().BeNull("a case file is not the synthetic province");
    }

    [Theory]
    [InlineData("example-1.case.json")]
    [InlineData("example-1.v2.case.json")]
    public void Run_HtmlTwice_WritesTheSameBytes(string example)
    {
        Directory.CreateDirectory(_directory);
        string casePath = Path.Combine(AppContext.BaseDirectory, "Examples", example);
        string first = Path.Combine(_directory, "first.html"), second = Path.Combine(_directory, "second.html");

        SampleRun.Of(AnnualAssessmentProgram.Run, "--case", casePath, "--html", first).ExitCode.Should().Be(AnnualAssessmentProgram.Ok);
        SampleRun.Of(AnnualAssessmentProgram.Run, "--case", casePath, "--html", second).ExitCode.Should().Be(AnnualAssessmentProgram.Ok);

        File.ReadAllBytes(second).Should().Equal(File.ReadAllBytes(first));
    }

    [Fact]
    public void Run_HtmlOfAnInvalidCase_WritesNothingAndExitsTwo()
    {
        Directory.CreateDirectory(_directory);
        string casePath = Path.Combine(_directory, "bad.json");
        File.WriteAllText(casePath, "{ \"format\": \"pairing-case/1\" }");
        string path = Path.Combine(_directory, "report.html");

        SampleRun run = SampleRun.Of(AnnualAssessmentProgram.Run, "--case", casePath, "--html", path);

        run.ExitCode.Should().Be(AnnualAssessmentProgram.InvalidCase);
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public void Run_HtmlWithoutAPath_IsABadCommandLine()
    {
        SampleRun.Of(AnnualAssessmentProgram.Run, "--html").ExitCode.Should().Be(AnnualAssessmentProgram.Failure);
        SampleRun.Of(AnnualAssessmentProgram.Run, "--help").Output.Should().Contain("--html OUT.html");
    }

    /// <summary>
    /// The checks catch a report that differs from the assessment: each alteration below makes the check named beside
    /// it fail, which passed on the same copy before.
    /// </summary>
    [Theory]
    [InlineData("duty-met", "DutyTable")]
    [InlineData("quarter-short", "QuarterTable")]
    [InlineData("region-units", "RegionTable")]
    [InlineData("kind-eligible", "KindTable")]
    [InlineData("grade-count", "ScoreTables")]
    [InlineData("barred-row", "BarredTable")]
    [InlineData("barred-block", "BarredTable")]
    [InlineData("cadre-action", "CadreTable")]
    [InlineData("finding-subject", "FindingTable")]
    [InlineData("overview-findings", "Overview")]
    [InlineData("unit-recorded", "UnitDetail")]
    [InlineData("explanation", "UnitDetail")]
    [InlineData("broken-link", "LinksResolve")]
    [InlineData("external-image", "SelfContained")]
    [InlineData("external-style", "SelfContained")]
    [InlineData("second-svg", "Charts")]
    [InlineData("missing-section", "SectionsPresent")]
    public void Checks_AlteredReport_Fail(string alteration, string checkName)
    {
        IDocument document = report.Copy();
        Action check = checkName switch
        {
            "SectionsPresent" => () => HtmlReportChecks.SectionsPresent(document),
            "SelfContained" => () => HtmlReportChecks.SelfContained(document),
            "LinksResolve" => () => HtmlReportChecks.LinksResolve(document),
            "Charts" => () => HtmlReportChecks.Charts(document, report.Assessment),
            "Overview" => () => HtmlReportChecks.Overview(document, report.Case, report.Assessment),
            "DutyTable" => () => HtmlReportChecks.DutyTable(document, report.Assessment),
            "QuarterTable" => () => HtmlReportChecks.QuarterTable(document, report.Assessment),
            "RegionTable" => () => HtmlReportChecks.RegionTable(document, report.Case, report.Assessment),
            "KindTable" => () => HtmlReportChecks.KindTable(document, report.Case, report.Assessment),
            "ScoreTables" => () => HtmlReportChecks.ScoreTables(document, report.Assessment),
            "BarredTable" => () => HtmlReportChecks.BarredTable(document, report.Assessment),
            "CadreTable" => () => HtmlReportChecks.CadreTable(document, report.Case, report.Assessment),
            "FindingTable" => () => HtmlReportChecks.FindingTable(document, report.Assessment),
            "UnitDetail" => () => HtmlReportChecks.UnitDetail(document, report.Assessment),
            _ => throw new ArgumentOutOfRangeException(nameof(checkName), checkName, "no such check"),
        };
        check.Should().NotThrow("the copy is the report as written");

        Alter(document, alteration);

        check.Should().Throw<XunitException>(alteration);
    }

    private static void Alter(IDocument document, string alteration)
    {
        IElement Cell(string selector, int column) => document.QuerySelector(selector)!.QuerySelectorAll("td")[column];
        void Bump(IElement cell) => cell.TextContent = (int.Parse(cell.TextContent, System.Globalization.NumberStyles.AllowThousands,
            System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (alteration)
        {
            case "duty-met":
                Bump(Cell("#duty-table tr[data-rule='DUTY-DEPUTY-VISITS']", 3));
                break;
            case "quarter-short":
                Bump(Cell("#quarter-table tbody tr", 3));
                break;
            case "region-units":
                Bump(Cell("#region-table tr[data-region='yi']", 2));
                break;
            case "kind-eligible":
                Bump(Cell("#kind-table tr[data-kind='university']", 6));
                break;
            case "grade-count":
                Bump(Cell("#grade-table tbody tr", 1));
                break;
            case "barred-row":
                IHtmlCollection<IElement> barred = document.QuerySelectorAll("#barred-table tbody tr");
                barred[barred.Length - 1].Remove();
                break;
            case "barred-block":
                document.QuerySelector("#barred-table li")!.SetAttribute("data-subject", "513200");
                break;
            case "cadre-action":
                document.QuerySelector("#cadre-table span.action")!.TextContent = "CADRE-COMMEND";
                break;
            case "finding-subject":
                Cell("#finding-table tbody tr", 1).TextContent = "A-0";
                break;
            case "overview-findings":
                Bump(document.QuerySelector("#overview-table tr[data-key='findings'] td.num")!);
                break;
            case "unit-recorded":
                Bump(Cell("#units table.unit-duties tbody tr", 3));
                break;
            case "explanation":
                IElement pre = document.QuerySelector("details.explanation pre[lang='en']")!;
                pre.TextContent = pre.TextContent.Replace("counted", "not counted", StringComparison.Ordinal);
                break;
            case "broken-link":
                document.QuerySelector("a.unit-link")!.SetAttribute("href", "#unit.U-999");
                break;
            case "external-image":
                IElement image = document.CreateElement("img");
                image.SetAttribute("src", "https://example.org/logo.png");
                document.Body!.AppendChild(image);
                break;
            case "external-style":
                document.QuerySelector("style")!.TextContent += "@import url(https://example.org/fonts.css);";
                break;
            case "second-svg":
                IElement chart = document.QuerySelector("#chart-regions")!;
                chart.AppendChild(chart.QuerySelector("svg")!.Clone(deep: true));
                break;
            case "missing-section":
                document.GetElementById("kinds")!.Id = "kind";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(alteration), alteration, "no such alteration");
        }
    }

    private (IDocument Document, PairingCase Case, AnnualAssessment Assessment) Report(string example)
    {
        Directory.CreateDirectory(_directory);
        string casePath = Path.Combine(AppContext.BaseDirectory, "Examples", example);
        string path = Path.Combine(_directory, Path.ChangeExtension(example, ".html"));

        SampleRun run = SampleRun.Of(AnnualAssessmentProgram.Run, "--case", casePath, "--html", path);

        run.ExitCode.Should().Be(AnnualAssessmentProgram.Ok, run.Error);
        CaseReadResult read;
        using (FileStream stream = File.OpenRead(casePath))
        {
            read = CaseReader.Read(stream);
        }
        read.Success.Should().BeTrue();
        return (new HtmlParser().ParseDocument(File.ReadAllText(path)), read.Case,
            read.Case.Assess(new AssessmentOptions(AllowYearOutsideEdition: true)));
    }
}
