using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace PairingDomain.Samples.ProgressTracker;

/// <summary>
/// Given a case and a date in its year, prints what each unit has done and what is still due: the current quarter's
/// open duties, the yearly duties with how many remain, and the villages and counties at risk.
/// </summary>
internal static class Program
{
    /// <summary>Exit code for a successful run.</summary>
    public const int Ok = 0;

    /// <summary>Exit code for a case file that cannot be read.</summary>
    public const int BadCase = 1;

    /// <summary>Exit code for a command line that cannot be followed.</summary>
    public const int Usage = 2;

    /// <summary>The as-of date of the embedded case unless <c>--as-of</c> gives another.</summary>
    public static readonly LocalDate DefaultAsOf = new(2019, 8, 15);

    /// <summary>How many units the default view shows in detail after the summary.</summary>
    public const int DetailedUnits = 3;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the sample with <paramref name="args"/>, writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        LocalDate? asOf = null;
        string? unit = null, casePath = null;
        CultureInfo language = CultureInfo.GetCultureInfo("en");
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    output.Write(HelpText);
                    return Ok;
                case "--as-of" when i + 1 < args.Length:
                    ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(args[++i]);
                    if (!parsed.Success)
                    {
                        error.WriteLine($"--as-of wants a date like 2019-08-15, not '{args[i]}'.");
                        return Usage;
                    }
                    asOf = parsed.Value;
                    break;
                case "--unit" when i + 1 < args.Length:
                    unit = args[++i];
                    break;
                case "--case" when i + 1 < args.Length:
                    casePath = args[++i];
                    break;
                case "--lang" when i + 1 < args.Length && args[i + 1] is "zh" or "en":
                    language = CultureInfo.GetCultureInfo(args[++i] == "zh" ? "zh-CN" : "en");
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete option '{args[i]}'. Try --help.");
                    return Usage;
            }
        }

        PairingCase? pairingCase;
        string description;
        if (casePath is null)
        {
            LocalDate date = asOf ?? DefaultAsOf;
            if (date.Year != CaseSources.EmbeddedYear)
            {
                error.WriteLine($"The embedded case is for {CaseSources.EmbeddedYear}: --as-of {date:uuuu-MM-dd} is outside it.");
                return Usage;
            }
            pairingCase = CaseSources.Embedded(date);
            description = CaseSources.EmbeddedDescription;
            asOf = date;
        }
        else
        {
            pairingCase = CaseSources.FromFile(casePath, error, language);
            if (pairingCase is null)
            {
                return BadCase;
            }
            description = Path.GetFileName(casePath);
            asOf ??= pairingCase.EffectiveAsOf;
            if (asOf.Value.Year != pairingCase.Year)
            {
                error.WriteLine($"The case is for {pairingCase.Year}: --as-of {asOf.Value:uuuu-MM-dd} is outside it.");
                return Usage;
            }
        }

        ProgressReport report = ProgressReport.Create(pairingCase, asOf.Value);
        if (unit is not null)
        {
            UnitProgress? one = report.Units.FirstOrDefault(u => u.Unit.Id.Value == unit);
            if (one is null)
            {
                error.WriteLine($"No unit '{unit}' in the case. Units run from {report.Units.FirstOrDefault()?.Unit.Id.Value} "
                    + $"to {report.Units.LastOrDefault()?.Unit.Id.Value}.");
                return Usage;
            }
            ProgressPrinter.PrintHeader(report, description, output);
            ProgressPrinter.PrintUnit(report, one, output);
            return Ok;
        }

        ProgressPrinter.PrintHeader(report, description, output);
        ProgressPrinter.PrintSummary(report, output);
        UnitProgress[] detailed = [.. report.Units.Where(u => u.IsPaired).Take(DetailedUnits)];
        foreach (UnitProgress one in detailed)
        {
            ProgressPrinter.PrintUnit(report, one, output);
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{detailed.Length} of {report.Units.Length} units shown in detail; --unit U-xxx shows any other."));
        return Ok;
    }

    private const string HelpText = """
        PairingDomain.Samples.ProgressTracker — done so far, and still due

        Usage:
          ProgressTracker                      the embedded case as of 2019-08-15
          ProgressTracker --as-of 2019-11-20   the embedded case as of another day
          ProgressTracker --unit U-001         one unit only
          ProgressTracker --case FILE          a pairing-case/1 or /2 JSON file instead
          ProgressTracker --lang zh            problems of the case file in Chinese
                                               (default en)
          ProgressTracker --help               this text

        The embedded case is a synthetic Sichuan 2019 (PairingDomain.Testing,
        seed 2019): the real 88 poverty counties, with invented units, people,
        villages and activities. Its ledger runs up to the as-of date.

        For each unit: the current quarter's quarterly duties (done so far against
        the minimum), quarters already ended short, the yearly duties with how many
        activities remain, and the villages and counties at risk
        (BUNDLE-VILLAGE-AT-RISK, BUNDLE-COUNTY-AT-RISK). On 12-31 the year has
        ended and the bundles block instead.

        Exit codes: 0 printed; 1 the case file cannot be read; 2 bad option, date
        or unit.

        """;
}
