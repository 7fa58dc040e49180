using System;
using System.IO;
using System.Linq;
using WorkbookProgram = PairingDomain.Samples.Workbook.Program;

namespace PairingDomain.Samples.Tests;

/// <summary>The workbook sample: the round trip with no argument, the officer's --import/--export, and its exit codes.</summary>
public sealed class WorkbookSampleTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pairing-workbook-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Run_NoArgument_RoundTripsTheProvinceAndPrintsEachFile()
    {
        SampleRun run = SampleRun.Of(WorkbookProgram.Run);

        string folder = run.Lines[0][(run.Lines[0].LastIndexOf(" in ", StringComparison.Ordinal) + 4)..];
        try
        {
            run.ExitCode.Should().Be(0, run.Error);
            run.Error.Should().BeEmpty();
            foreach (string name in new[] { "template.xlsx", "case.xlsx", "results.xlsx" })
            {
                string path = Path.Combine(folder, name);
                run.Output.Should().Contain("wrote " + path);
                new FileInfo(path).Length.Should().BeGreaterThan(1000, name);
            }
            run.Output.Should().Contain("the same assessment as the case itself: yes");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Run_ImportAndExport_WritesTheResultsWorkbook()
    {
        SampleRun.Of(WorkbookProgram.Run, "--folder", _folder).ExitCode.Should().Be(0);
        string results = Path.Combine(_folder, "imported-results.xlsx");

        SampleRun run = SampleRun.Of(WorkbookProgram.Run, "--import", Path.Combine(_folder, "case.xlsx"), "--export", results);

        run.ExitCode.Should().Be(0, run.Error);
        run.Output.Should().Contain("wrote " + results);
        Values(results).Should().Equal(Values(Path.Combine(_folder, "results.xlsx")), "the import assesses as the case written");
    }

    /// <summary>Every cell of a workbook as ExcelDataReader reads it, one string per sheet, row and cell.</summary>
    private static string[] Values(string path)
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using FileStream stream = File.OpenRead(path);
        using ExcelDataReader.IExcelDataReader reader = ExcelDataReader.ExcelReaderFactory.CreateReader(stream);
        var values = new System.Collections.Generic.List<string>();
        int row = 0;
        do
        {
            while (reader.Read())
            {
                row++;
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    values.Add(FormattableString.Invariant($"{reader.Name}!{row}:{i}={reader.GetValue(i)}"));
                }
            }
        }
        while (reader.NextResult());
        values.Should().HaveCountGreaterThan(1000);
        return [.. values];
    }

    [Fact]
    public void Run_ImportOfNoWorkbook_ExitTwoWithTheProblemOnStandardError()
    {
        Directory.CreateDirectory(_folder);
        string path = Path.Combine(_folder, "notes.xlsx");
        File.WriteAllText(path, "not a workbook");

        SampleRun run = SampleRun.Of(WorkbookProgram.Run, "--import", path, "--export", Path.Combine(_folder, "out.xlsx"));

        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("(workbook): not-a-workbook: ");
        File.Exists(Path.Combine(_folder, "out.xlsx")).Should().BeFalse();
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--import")]
    [InlineData("--export", "out.xlsx")]
    public void Run_BadCommandLine_ExitOne(params string[] args)
    {
        SampleRun run = SampleRun.Of(WorkbookProgram.Run, args);

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("Try --help");
    }
}
