using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using ExcelDataReader;
using PairingDomain.Benchmarks.Data;
using PairingDomain.Spreadsheets;
using PairingDomain.Testing;

namespace PairingDomain.Benchmarks.Spreadsheets;

/// <summary>
/// Importing what offices keep (issue 15): the province case (pairing-case/2, about 55,000 activities) from the case
/// workbook, and a case of about 1,000,000 activities (pairing-case/1) from a folder of UTF-8 CSV files, each into a
/// checked <see cref="PairingCase"/> through the one checking path (cells → contract → CaseReader).
/// </summary>
/// <remarks>
/// The files are made in the set-up: the workbook by <see cref="CaseWorkbookWriter"/>, the CSV files by saving each of
/// its sheets as an office would (ExcelDataReader reads the workbook; dates as <c>yyyy-MM-dd</c>). Under
/// <c>PAIRINGDOMAIN_BENCH_SCALE=ci</c> the CSV case is the province's size.
/// </remarks>
[MemoryDiagnoser]
public class WorkbookImportBenchmarks
{
    private byte[] _workbook = [];
    private string _csvFolder = string.Empty;

    /// <summary>Writes the province workbook.</summary>
    [GlobalSetup(Target = nameof(ProvinceWorkbook))]
    public void SetupWorkbook() => _workbook = Cases.Timed("write province workbook", () =>
    {
        using var stream = new MemoryStream();
        CaseWorkbookWriter.Write(stream, Cases.GetWithCadreWork(Scale.Province));
        return stream.ToArray();
    });

    /// <summary>Writes the CSV folder of the million-activity case.</summary>
    [GlobalSetup(Target = nameof(MillionActivityCsv))]
    public void SetupCsv()
    {
        SyntheticOptions options = SyntheticOptions.Sichuan2019 with { ActivityIntensity = Cases.IsCiScale ? Cases.ProvinceIntensity : 100 };
        PairingCase c = Cases.Timed("generate the CSV case", () => SyntheticProvince.Generate(options));
        Console.WriteLine($"// CSV case: {c.Ledger.Count:N0} activities");
        byte[] workbook = Cases.Timed("write its workbook", () =>
        {
            using var stream = new MemoryStream();
            CaseWorkbookWriter.Write(stream, c);
            return stream.ToArray();
        });
        _csvFolder = Path.Combine(Path.GetTempPath(), "pairing-bench-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_csvFolder);
        Cases.Timed("save its sheets as CSV", () => SaveAsCsv(workbook, _csvFolder));
        long bytes = Directory.GetFiles(_csvFolder).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"// CSV folder: {bytes / 1048576.0:F1} MiB");
    }

    /// <summary>Deletes the CSV folder.</summary>
    [GlobalCleanup(Target = nameof(MillionActivityCsv))]
    public void Cleanup()
    {
        if (_csvFolder.Length > 0)
        {
            Directory.Delete(_csvFolder, recursive: true);
        }
    }

    /// <summary>Reads the province workbook.</summary>
    /// <returns>The case.</returns>
    [Benchmark]
    public PairingCase ProvinceWorkbook()
    {
        using var stream = new MemoryStream(_workbook, writable: false);
        return CaseWorkbookReader.Read(stream).Value;
    }

    /// <summary>Reads the CSV folder.</summary>
    /// <returns>The case.</returns>
    [Benchmark]
    public PairingCase MillionActivityCsv() => CaseCsvReader.ReadFolder(_csvFolder).Value;

    private static int SaveAsCsv(byte[] workbook, string folder)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var stream = new MemoryStream(workbook);
        using IExcelDataReader reader = ExcelReaderFactory.CreateReader(stream);
        int files = 0;
        do
        {
            var text = new StringBuilder();
            while (reader.Read())
            {
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }
                    text.Append(Field(reader.GetValue(i)));
                }
                text.Append("\r\n");
            }
            File.WriteAllText(Path.Combine(folder, reader.Name + ".csv"), text.ToString(), new UTF8Encoding(false));
            files++;
        }
        while (reader.NextResult());
        return files;
    }

    private static string Field(object? value)
    {
        string text = value switch
        {
            null => string.Empty,
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
