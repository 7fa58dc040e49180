using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PairingDomain.Assessment;
using PairingDomain.Json;
using PairingDomain.Policy;
using PairingDomain.Testing;

namespace PairingDomain.Samples.RuleCatalogue;

/// <summary>
/// Prints every rule of a policy edition — identifier, Chinese and English text, minimum and period, source clause —
/// with the interpretations it adopts or sets aside; or the diff of two editions; or, with <c>--what-if</c>, the
/// synthetic province assessed under sichuan-2019 and under another edition, compared unit by unit. An edition is named
/// by its identifier or given as a <c>pairing-edition/1</c> file (edition-format.md).
/// </summary>
internal static class Program
{
    /// <summary>Exit code for a successful run.</summary>
    public const int Ok = 0;

    /// <summary>Exit code for a command line that cannot be followed.</summary>
    public const int Usage = 2;

    private const string DefaultEdition = "sichuan-2019";

    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the sample with <paramref name="args"/>, writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? edition = null;
        string? diffFrom = null, diffTo = null, whatIfEdition = null;
        bool diff = false, whatIf = false;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    output.Write(HelpText);
                    return Ok;
                case "--edition" when i + 1 < args.Length:
                    edition = args[++i];
                    break;
                case "--diff":
                    diff = true;
                    if (i + 2 < args.Length && !args[i + 1].StartsWith('-') && !args[i + 2].StartsWith('-'))
                    {
                        diffFrom = args[++i];
                        diffTo = args[++i];
                    }
                    break;
                case "--what-if":
                    whatIf = true;
                    if (i + 1 < args.Length && !args[i + 1].StartsWith('-'))
                    {
                        whatIfEdition = args[++i];
                    }
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete option '{args[i]}'. Try --help.");
                    return Usage;
            }
        }

        if ((diff ? 1 : 0) + (whatIf ? 1 : 0) + (edition is not null ? 1 : 0) > 1)
        {
            error.WriteLine("Give one of --edition, --diff and --what-if. Try --help.");
            return Usage;
        }
        if (whatIf)
        {
            return WhatIf(whatIfEdition ?? ExampleEditions.VisitsFourExampleId, output, error);
        }
        if (diff)
        {
            if (!TryResolve(diffFrom ?? DefaultEdition, error, out PolicyEdition? from)
                || !TryResolve(diffTo ?? ExampleEditions.Sichuan2020ExampleId, error, out PolicyEdition? to))
            {
                return Usage;
            }
            DiffPrinter.Print(EditionDiff.Compare(from, to), output);
            return Ok;
        }
        if (!TryResolve(edition ?? DefaultEdition, error, out PolicyEdition? chosen))
        {
            return Usage;
        }
        CataloguePrinter.Print(chosen, output);
        return Ok;
    }

    /// <summary>
    /// Assesses the synthetic province (seed 2019) under sichuan-2019 and under <paramref name="id"/>, and prints the
    /// comparison: what a province runs on last year's data before it adopts a rule change.
    /// </summary>
    private static int WhatIf(string id, TextWriter output, TextWriter error)
    {
        if (!TryResolve(id, error, out PolicyEdition? variant))
        {
            return Usage;
        }
        PairingCase synthetic = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019);
        if (!variant.GradeScale.Equals(synthetic.Edition.GradeScale))
        {
            error.WriteLine($"Edition {variant.Id} grades stationed cadres on the {variant.GradeScale} scale; the synthetic "
                + $"province's grades are on the {synthetic.Edition.GradeScale} scale, so it cannot be assessed under it.");
            return Usage;
        }
        // The synthetic province is of 2019; an edition stated for other years is tried on it all the same.
        var options = new AssessmentOptions(AllowYearOutsideEdition: true);
        AssessmentComparison comparison = AssessmentComparison.Compare(synthetic.Assess(options), synthetic.WithEdition(variant).Assess(options));
        WhatIfPrinter.Print(comparison, "the synthetic province (SyntheticProvince, seed 2019)", output);
        return Ok;
    }

    /// <summary>
    /// The edition <paramref name="name"/> names: a known identifier, or else a <c>pairing-edition/1</c> file, whose
    /// problems are written one a line as <c>FILE: PATH: CODE: message</c>.
    /// </summary>
    private static bool TryResolve(string name, TextWriter error, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PolicyEdition? edition)
    {
        edition = ExampleEditions.Known.Find(name);
        if (edition is not null)
        {
            return true;
        }
        if (File.Exists(name))
        {
            EditionReadResult read;
            using (FileStream stream = File.OpenRead(name))
            {
                read = EditionReader.Read(stream);
            }
            if (read.Success)
            {
                edition = read.Edition;
                return true;
            }
            foreach (Problem problem in read.Problems)
            {
                error.WriteLine($"{name}: {problem.TextIn(CultureInfo.InvariantCulture)}");
            }
            return false;
        }
        error.WriteLine($"No edition or edition file '{name}'. Known: {string.Join(", ", ExampleEditions.Known.ById.Keys.Order(StringComparer.Ordinal))}.");
        return false;
    }

    private const string HelpText = """
        PairingDomain.Samples.RuleCatalogue — the rules of a policy edition

        Usage:
          RuleCatalogue                   print every rule of sichuan-2019
          RuleCatalogue --edition ID      print every rule of edition ID
          RuleCatalogue --edition FILE    print every rule of a pairing-edition/1 file
          RuleCatalogue --diff            diff sichuan-2019 → sichuan-2020-example
          RuleCatalogue --diff FROM TO    diff two editions (identifiers or files)
          RuleCatalogue --what-if         assess the synthetic province under
                                          sichuan-2019 and sichuan-2019-visits-4-example
                                          and compare the results unit by unit
          RuleCatalogue --what-if EDITION the same with another edition (ID or FILE)
          RuleCatalogue --help            this text

        Editions: sichuan-2019 (built in, 川直委发〔2019〕4号), and sichuan-2020-example
        and sichuan-2019-visits-4-example, ILLUSTRATIVE variants built with
        PolicyEditionBuilder to show the builder, the diff and the what-if. They are
        not real policies. A file is a pairing-edition/1 document (edition-format.md).

        Exit codes: 0 printed; 2 unknown option or edition, or an invalid edition
        file (each problem on its own line as FILE: PATH: CODE: message).

        """;
}
