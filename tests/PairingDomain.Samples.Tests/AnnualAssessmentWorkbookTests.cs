using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ExcelDataReader;
using AnnualAssessmentProgram = PairingDomain.Samples.AnnualReport.Program;

namespace PairingDomain.Samples.Tests;

/// <summary>
/// The annual-assessment sample's workbooks (issue 15): <c>--export</c> writes the results workbook, <c>--template</c>
/// the case template; each opens in ExcelDataReader, an independent reader.
/// </summary>
public sealed class AnnualAssessmentWorkbookTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pairing-workbook-" + Guid.NewGuid().ToString("N"));

    static AnnualAssessmentWorkbookTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public AnnualAssessmentWorkbookTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Run_Export_WritesTheResultsWorkbook()
    {
        string path = Path.Combine(_directory, "results.xlsx");

        SampleRun run = SampleRun.Of(AnnualAssessmentProgram.Run, "--export", path);

        run.ExitCode.Should().Be(AnnualAssessmentProgram.Ok, run.Error);
        run.Output.Should().Contain("SYNTHETIC DATA", "the report is printed as without --export");
        Dictionary<string, int> sheets = SheetRows(path);
        sheets.Keys.Should().Contain(["概况", "单位", "不能评优", "驻村干部处理", "问题清单", "统计", "评分"]);
        sheets["单位"].Should().Be(371, "a header and the embedded province's 370 units");
    }

    [Fact]
    public void Run_Template_WritesTheCaseTemplate()
    {
        string path = Path.Combine(_directory, "template.xlsx");

        SampleRun run = SampleRun.Of(AnnualAssessmentProgram.Run, "--template", path);

        run.ExitCode.Should().Be(AnnualAssessmentProgram.Ok, run.Error);
        Dictionary<string, int> sheets = SheetRows(path);
        sheets.Keys.Should().Contain(["说明", "案例", "单位", "领导", "县", "村", "县结对", "驻村干部", "活动", "干部等次"]);
        sheets["单位"].Should().Be(1, "the template has headers only");
        sheets["说明"].Should().BeGreaterThan(100);
    }

    [Fact]
    public void Run_ExportOfAnInvalidCase_WritesNothingAndExitsTwo()
    {
        string casePath = Path.Combine(_directory, "bad.json");
        File.WriteAllText(casePath, "{ \"format\": \"pairing-case/1\" }");
        string path = Path.Combine(_directory, "results.xlsx");

        SampleRun run = SampleRun.Of(AnnualAssessmentProgram.Run, "--case", casePath, "--export", path);

        run.ExitCode.Should().Be(AnnualAssessmentProgram.InvalidCase);
        File.Exists(path).Should().BeFalse();
    }

    [Fact]
    public void Run_ExportWithoutAPath_IsABadCommandLine()
    {
        SampleRun.Of(AnnualAssessmentProgram.Run, "--export").ExitCode.Should().Be(AnnualAssessmentProgram.Failure);
    }

    /// <summary>Each sheet's name and number of rows, as ExcelDataReader reads the file.</summary>
    private static Dictionary<string, int> SheetRows(string path)
    {
        File.Exists(path).Should().BeTrue();
        var sheets = new Dictionary<string, int>(StringComparer.Ordinal);
        using FileStream stream = File.OpenRead(path);
        using IExcelDataReader reader = ExcelReaderFactory.CreateReader(stream);
        do
        {
            int rows = 0;
            while (reader.Read())
            {
                rows++;
            }
            sheets[reader.Name] = rows;
        }
        while (reader.NextResult());
        return sheets;
    }
}
