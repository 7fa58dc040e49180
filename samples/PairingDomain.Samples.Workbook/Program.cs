using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PairingDomain.Assessment;
using PairingDomain.Json;
using PairingDomain.Spreadsheets;
using PairingDomain.Testing;

namespace PairingDomain.Samples.Workbook;

/// <summary>
/// The officer's workbook round: with no argument, round-trips the embedded synthetic Sichuan 2019 province in a
/// temporary folder — template, filled workbook, import, assessment, results workbook — printing each file it wrote;
/// with <c>--import IN.xlsx --export OUT.xlsx</c> imports an office's workbook, assesses it and writes the results
/// workbook (PairingDomain.Spreadsheets), or prints every problem at its cell.
/// </summary>
internal static class Program
{
    private const int Ok = 0;
    private const int Failure = 1;
    private const int InvalidInput = 2;

    private const string Usage = """
        Usage:
          dotnet run --project samples/PairingDomain.Samples.Workbook [-- OPTIONS]

        Options:
          (none)            round-trip the embedded synthetic Sichuan 2019 province (SyntheticProvince,
                            pairing-case/2) in a temporary folder: template.xlsx, case.xlsx (the province
                            written as a filled workbook), import of case.xlsx, assessment, results.xlsx;
                            each file is printed as it is written
          --folder DIR      do the round trip in DIR instead of a temporary folder
          --import IN.xlsx  import an office's case workbook (the template's layout) instead
          --export OUT.xlsx with --import: write the assessment as the results workbook to OUT
          --annotate OUT.xlsx
                            with --import, when the workbook has problems: write a copy of it with each
                            bad cell filled red and a note holding its problems
          --help, -h        show this text

        Exit codes:
          0  the case was valid and assessed
          2  the workbook was invalid: every problem is printed to standard error, one a line, as
             SHEET!CELL (FIELD): CODE: message; nothing is assessed
          1  anything else: a bad command line, a file that cannot be read or written

        """;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the sample with <paramref name="args"/>, writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? folder = null, import = null, export = null, annotate = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    output.Write(Usage);
                    return Ok;
                case "--folder" when i + 1 < args.Length:
                    folder = args[++i];
                    break;
                case "--import" when i + 1 < args.Length:
                    import = args[++i];
                    break;
                case "--export" when i + 1 < args.Length:
                    export = args[++i];
                    break;
                case "--annotate" when i + 1 < args.Length:
                    annotate = args[++i];
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete option '{args[i]}'. Try --help.");
                    return Failure;
            }
        }
        if (import is null && (export is not null || annotate is not null))
        {
            error.WriteLine("--export and --annotate go with --import. Try --help.");
            return Failure;
        }
        if (import is not null && folder is not null)
        {
            error.WriteLine("--folder is for the round trip, not with --import. Try --help.");
            return Failure;
        }
        try
        {
            return import is null ? RoundTrip(folder, output, error) : Import(import, export, annotate, output, error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"Cannot read or write a file: {e.Message}");
            return Failure;
        }
    }

    private static int RoundTrip(string? folder, TextWriter output, TextWriter error)
    {
        folder ??= Path.Combine(Path.GetTempPath(), "pairing-workbook-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        output.WriteLine($"Round trip of the synthetic Sichuan 2019 province in {folder}");

        string template = Path.Combine(folder, "template.xlsx");
        using (FileStream file = File.Create(template))
        {
            CaseWorkbookWriter.WriteTemplate(file);
        }
        output.WriteLine($"  wrote {template} (the empty case template)");

        PairingCase province = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true });
        string filled = Path.Combine(folder, "case.xlsx");
        using (FileStream file = File.Create(filled))
        {
            CaseWorkbookWriter.Write(file, province);
        }
        output.WriteLine($"  wrote {filled} (the province as a filled workbook)");

        WorkbookReadResult read;
        using (FileStream file = File.OpenRead(filled))
        {
            read = CaseWorkbookReader.Read(file);
        }
        if (!read.Success)
        {
            ReportProblems(read, error);
            return InvalidInput;
        }
        PairingCase imported = read.Value;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  imported {filled}: {imported.Roster.Units.Length} units, {imported.Roster.Counties.Length} counties, {imported.Ledger.Count} activities"));

        AnnualAssessment assessment = imported.Assess();
        bool same = AssessmentWriter.Write(assessment).AsSpan().SequenceEqual(AssessmentWriter.Write(province.Assess()));
        output.WriteLine($"  assessed: {assessment.Units.Length} units; the same assessment as the case itself: {(same ? "yes" : "NO")}");

        string results = Path.Combine(folder, "results.xlsx");
        using (FileStream file = File.Create(results))
        {
            AssessmentWorkbookWriter.Write(file, assessment, imported);
        }
        output.WriteLine($"  wrote {results} (the results workbook)");
        return same ? Ok : Failure;
    }

    private static int Import(string import, string? export, string? annotate, TextWriter output, TextWriter error)
    {
        WorkbookReadResult read;
        using (FileStream file = File.OpenRead(import))
        {
            read = CaseWorkbookReader.Read(file);
            if (!read.Success && annotate is not null && read.Problems.All(p => p.Code != SpreadsheetProblemCodes.NotAWorkbook))
            {
                file.Position = 0;
                using FileStream copy = File.Create(annotate);
                WorkbookAnnotator.WriteAnnotatedCopy(file, read.Problems, copy);
                output.WriteLine($"wrote {annotate} (each bad cell marked)");
            }
        }
        if (!read.Success)
        {
            ReportProblems(read, error);
            return InvalidInput;
        }
        PairingCase imported = read.Value;
        AnnualAssessment assessment = imported.Assess();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"imported {import}: {imported.Roster.Units.Length} units, {imported.Ledger.Count} activities; assessed {assessment.Units.Length} units"));
        if (export is not null)
        {
            using FileStream file = File.Create(export);
            AssessmentWorkbookWriter.Write(file, assessment, imported);
            output.WriteLine($"wrote {export} (the results workbook)");
        }
        return Ok;
    }

    private static void ReportProblems(WorkbookReadResult read, TextWriter error)
    {
        foreach (Problem problem in read.Problems)
        {
            error.WriteLine(problem.ToString());
        }
    }
}
