using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Json;
using Spectre.Console;
using PairingDomain.Policy;
using PairingDomain.Spreadsheets;
using PairingDomain.Testing;

namespace PairingDomain.Samples.AnnualReport;

/// <summary>
/// Assesses a case — the embedded synthetic Sichuan 2019 or a pairing-case/1 or pairing-case/2 file — and prints the
/// report a provincial officer reads; with <c>--json</c> also writes the pairing-assessment/1 document
/// (pairing-assessment/2 for a /2 case, whose cadres' work was judged), or pairing-errors/1 for an invalid case; with
/// <c>--export</c> the results workbook and with <c>--template</c> the case template (PairingDomain.Spreadsheets); with
/// <c>--html</c> the report as one self-contained HTML file with charts (<see cref="HtmlReport"/>).
/// </summary>
internal static class Program
{
    /// <summary>The case was valid and assessed, whatever the findings.</summary>
    public const int Ok = 0;

    /// <summary>An unexpected failure: a bad command line, an unreadable file, a bug.</summary>
    public const int Failure = 1;

    /// <summary>The case is invalid: nothing was assessed, every problem went to standard error.</summary>
    public const int InvalidCase = 2;

    public const string HelpText = """
        PairingDomain.Samples.AnnualAssessment: the annual assessment of designated pairing assistance
        (定点帮扶年度考核, 川直委发〔2019〕4号 §III.8) as a report for an 80-column terminal.

        Usage:
          dotnet run --project samples/PairingDomain.Samples.AnnualAssessment [-- OPTIONS]

        Options:
          (none)        assess the embedded synthetic Sichuan 2019 case (SyntheticProvince, seed 2019)
          --case FILE   assess a pairing-case/1 or pairing-case/2 JSON file instead
          --edition FILE
                        assess under the edition in FILE (pairing-edition/1,
                        edition-format.md) instead of the one the case names; a case
                        may also name it by its id
          --json OUT    also write the assessment to OUT: pairing-assessment/1 for a /1 case,
                        pairing-assessment/2 for a /2 case; pairing-errors/1 when the case is
                        invalid
          --export OUT.xlsx
                        also write the results workbook to OUT.xlsx (overview, a row per
                        unit and duty, barred units, cadres to act on, findings,
                        statistics, scores); nothing when the case is invalid
          --html OUT.html
                        also write the report as one self-contained HTML file (styles and
                        SVG charts inline, no network; Chinese and English; prints on
                        A4): overview, compliance per duty, units short per quarter, by
                        region and by unit kind, the score distribution (/2 cases), the
                        barred units, cadres to act on, findings, and each unit's duties
                        with the explanation of every short one; nothing when the case
                        is invalid
          --template OUT.xlsx
                        also write the empty case workbook to OUT.xlsx: a sheet per record
                        kind of the case, headers in Chinese with the contract's names,
                        a sheet 说明 explaining every column, validation lists
          --explain UNIT RULE
                        after the report, explain UNIT's result on the duty RULE: each activity
                        with what it is and whether it counted (e.g. U-001 DUTY-DEPUTY-VISITS);
          --explain CADRE RULE
                        or a stationed cadre's own duty in a pairing-case/2 case: the work
                        record part by part, or the months in the village (e.g. C-00072
                        DUTY-CADRE-FULL-TIME)
          --lang zh|en  the language of problems and explanations (default en); the report
                        itself is bilingual
          --max-bytes N the largest case file read (default 1073741824, 1 GiB); a national
                        case needs more. Reading a file of 16 MiB or more shows a progress
                        bar on a terminal (nothing when standard error is redirected)
          --help, -h    show this text

        Exit codes:
          0  the case was valid and assessed (whatever the findings)
          2  the case or the edition file was invalid: every problem is printed to standard
             error, one a line, as PATH: CODE: message; nothing is assessed
          1  anything else: a bad command line, a file that cannot be read or written, a failure

        """;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        s_terminal = !Console.IsErrorRedirected;
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Whether standard error is a terminal, where reading a large case shows a progress bar (set by <see cref="Main"/> only).</summary>
    private static bool s_terminal;

    /// <summary>A case file from this size is read with a progress bar on a terminal.</summary>
    private const long ProgressFrom = 16L << 20;

    /// <summary>Runs the sample with <paramref name="args"/>, writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? casePath = null, jsonPath = null, explainUnit = null, explainRule = null, editionPath = null;
        long maxBytes = CaseReaderOptions.DefaultMaxDocumentBytes;
        string? exportPath = null, templatePath = null, htmlPath = null;
        CultureInfo language = English;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    output.Write(HelpText);
                    return Ok;
                case "--case" when i + 1 < args.Length:
                    casePath = args[++i];
                    break;
                case "--max-bytes" when i + 1 < args.Length
                    && long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out long limit) && limit > 0:
                    maxBytes = limit;
                    i++;
                    break;
                case "--edition" when i + 1 < args.Length:
                    editionPath = args[++i];
                    break;
                case "--json" when i + 1 < args.Length:
                    jsonPath = args[++i];
                    break;
                case "--export" when i + 1 < args.Length:
                    exportPath = args[++i];
                    break;
                case "--html" when i + 1 < args.Length:
                    htmlPath = args[++i];
                    break;
                case "--template" when i + 1 < args.Length:
                    templatePath = args[++i];
                    break;
                case "--explain" when i + 2 < args.Length:
                    explainUnit = args[++i];
                    explainRule = args[++i];
                    break;
                case "--lang" when i + 1 < args.Length && Language(args[i + 1]) is { } chosen:
                    language = chosen;
                    i++;
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete option '{args[i]}'. Try --help.");
                    return Failure;
            }
        }

        try
        {
            if (templatePath is not null)
            {
                // The template depends on no case: written first, also when the case turns out invalid.
                using FileStream template = File.Create(templatePath);
                CaseWorkbookWriter.WriteTemplate(template);
            }
            PairingCase pairingCase;
            string source;
            PolicyEdition? edition = null;
            if (editionPath is not null)
            {
                EditionReadResult readEdition;
                using (FileStream stream = File.OpenRead(editionPath))
                {
                    readEdition = EditionReader.Read(stream);
                }
                if (!readEdition.Success)
                {
                    ReportProblems(readEdition.Problems, error, language);
                    return InvalidCase;
                }
                edition = readEdition.Edition;
            }
            if (casePath is null)
            {
                pairingCase = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true });
                source = ReportPrinter.SyntheticSource;
            }
            else
            {
                CaseReadResult read;
                using (FileStream stream = File.OpenRead(casePath))
                {
                    var options = new CaseReaderOptions
                    {
                        Editions = edition is null ? null : PolicyEditions.All.SetItem(edition.Id, edition),
                        MaxDocumentBytes = maxBytes,
                    };
                    read = s_terminal && ReferenceEquals(error, Console.Error) && stream.Length >= ProgressFrom
                        ? ReadWithProgressBar(stream, options, casePath)
                        : CaseReader.Read(stream, options);
                }
                if (!read.Success)
                {
                    ReportProblems(read.Problems, error, language);
                    if (jsonPath is not null)
                    {
                        File.WriteAllBytes(jsonPath, ErrorWriter.Write(read.Problems));
                    }
                    return InvalidCase;
                }
                pairingCase = read.Case;
                source = casePath;
            }

            if (edition is not null && !edition.GradeScale.Equals(pairingCase.Edition.GradeScale))
            {
                error.WriteLine($"--edition: {edition.Id} grades stationed cadres on the {edition.GradeScale} scale, the case's grades are on the {pairingCase.Edition.GradeScale} scale.");
                return Failure;
            }
            pairingCase = edition is null ? pairingCase : pairingCase.WithEdition(edition);

            // case-format.md (pairing-case/1, and /2 after it) checks no year against the policy: a case of any year is valid
            // and assessed, so the sample opts in to a year the edition does not state (EDITION-FOR-2019-ONLY).
            AnnualAssessment assessment = pairingCase.Assess(new AssessmentOptions(AllowYearOutsideEdition: true));
            ReportPrinter.Print(pairingCase, assessment, source, output);
            if (explainUnit is not null && !Explain(assessment, explainUnit, explainRule!, language, output, error))
            {
                return Failure;
            }
            if (jsonPath is not null)
            {
                using FileStream json = File.Create(jsonPath);
                // pairing-assessment/2 exactly when the case was pairing-case/2 (AnnualAssessment.HasCadreWork).
                AssessmentWriter.Write(assessment, json);
            }
            if (htmlPath is not null)
            {
                // UTF-8 without a byte-order mark and \n line ends on every system: the same case gives the same bytes.
                using var html = new StreamWriter(File.Create(htmlPath), new UTF8Encoding(false)) { NewLine = "\n" };
                HtmlReport.Write(pairingCase, assessment, source, html);
            }
            if (exportPath is not null)
            {
                using FileStream workbook = File.Create(exportPath);
                AssessmentWorkbookWriter.Write(workbook, assessment, pairingCase);
            }
            return Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"I/O failure: {e.Message}");
            return Failure;
        }
#pragma warning disable CA1031 // The sample's contract: any unexpected failure is exit code 1 with its message.
        catch (Exception e)
#pragma warning restore CA1031
        {
            error.WriteLine($"Unexpected failure: {e}");
            return Failure;
        }
    }

    /// <summary>The culture of <c>--lang en</c>, the default: English messages.</summary>
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The culture of <c>--lang zh</c>: Chinese messages.</summary>
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The culture a <c>--lang</c> value names, or null when it names none.</summary>
    public static CultureInfo? Language(string value) => value switch
    {
        "zh" => Chinese,
        "en" => English,
        _ => null,
    };

    /// <summary>
    /// Every problem on its own line as <c>PATH: CODE: message</c> in the chosen language (<see cref="Problem.TextIn"/>,
    /// which escapes a line break held in a value, so that a problem never spills onto a second line).
    /// </summary>
    public static void ReportProblems(IEnumerable<Problem> problems, TextWriter error, CultureInfo language)
    {
        foreach (Problem problem in problems.ToList())
        {
            error.WriteLine(problem.TextIn(language));
        }
    }

    /// <summary>
    /// Writes the explanation of <paramref name="unit"/>'s result on duty <paramref name="rule"/> in the chosen
    /// language, or says on <paramref name="error"/> why it cannot and returns false.
    /// </summary>
    public static bool Explain(AnnualAssessment assessment, string unit, string rule, CultureInfo language, TextWriter output,
        TextWriter error)
    {
        if (CadreId.IsValid(unit) && assessment.Cadres.Any(c => c.Cadre.Value == unit))
        {
            return ExplainCadre(assessment, new CadreId(unit), rule, language, output, error);
        }
        if (!UnitId.IsValid(unit) || assessment.ForUnit(new UnitId(unit)) is null)
        {
            error.WriteLine($"--explain: no unit or stationed cadre '{unit}' in the case.");
            return false;
        }
        DutyRule? duty = assessment.Edition.Duties.FirstOrDefault(d => d.Id.Value == rule);
        if (duty is null)
        {
            error.WriteLine($"--explain: '{rule}' is not a duty that {assessment.Edition.Id} evaluates; "
                + $"the duties are {string.Join(", ", assessment.Edition.Duties.Select(d => d.Id))}.");
            return false;
        }
        output.WriteLine();
        output.Write(assessment.Explain(new UnitId(unit), duty.Id).TextIn(language));
        return true;
    }

    /// <summary>A stationed cadre's own duty (pairing-case/2): its work record part by part, or its months in the village.</summary>
    private static bool ExplainCadre(AnnualAssessment assessment, CadreId cadre, string rule, CultureInfo language, TextWriter output,
        TextWriter error)
    {
        RuleId[] cadreDuties = [.. new[] { RuleIds.DutyCadreFullTime, RuleIds.DutyCadreDays }.Where(assessment.Edition.Applies)];
        if (!assessment.HasCadreWork)
        {
            error.WriteLine($"--explain: {cadre}'s own duties need a pairing-case/2 case, which carries the cadres' work.");
            return false;
        }
        if (!cadreDuties.Any(d => d.Value == rule))
        {
            error.WriteLine($"--explain: '{rule}' is not a cadre duty that {assessment.Edition.Id} evaluates; "
                + $"the cadre duties are {string.Join(", ", cadreDuties)}.");
            return false;
        }
        output.WriteLine();
        output.Write(assessment.ExplainCadre(cadre, new RuleId(rule)).TextIn(language));
        return true;
    }

    /// <summary>Reads the case with a progress bar on standard error (Spectre.Console), fed by the reader's progress reports.</summary>
    private static CaseReadResult ReadWithProgressBar(FileStream stream, CaseReaderOptions options, string path)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        CaseReadResult? read = null;
        console.Progress().AutoClear(true).Start(context =>
        {
            ProgressTask task = context.AddTask($"reading {Path.GetFileName(path).EscapeMarkup()}", maxValue: stream.Length);
            read = CaseReader.Read(stream, options with { Progress = new Reports(p => task.Value = p.BytesRead) });
            task.Value = task.MaxValue;
        });
        return read!;
    }

    /// <summary>Passes each report on at once, on the reading thread (Progress&lt;T&gt; would post it to the thread pool).</summary>
    private sealed class Reports(Action<CaseReadProgress> report) : IProgress<CaseReadProgress>
    {
        public void Report(CaseReadProgress value) => report(value);
    }
}
