using System;
using System.IO;
using System.Linq;
using System.Text;
using PairingDomain.Policy;

namespace PairingDomain.Samples.RuleCatalogue;

/// <summary>
/// Prints every rule of a policy edition — identifier, Chinese and English text, minimum and period, source clause —
/// with the interpretations it adopts or sets aside; or the diff of two editions.
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
        string? diffFrom = null, diffTo = null;
        bool diff = false;
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
                default:
                    error.WriteLine($"Unknown or incomplete option '{args[i]}'. Try --help.");
                    return Usage;
            }
        }

        if (diff && edition is not null)
        {
            error.WriteLine("Give either --edition or --diff, not both. Try --help.");
            return Usage;
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

    private static bool TryResolve(string id, TextWriter error, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PolicyEdition? edition)
    {
        edition = ExampleEditions.Known.Find(id);
        if (edition is null)
        {
            error.WriteLine($"No edition '{id}'. Known: {string.Join(", ", ExampleEditions.Known.ById.Keys.Order(StringComparer.Ordinal))}.");
            return false;
        }
        return true;
    }

    private const string HelpText = """
        PairingDomain.Samples.RuleCatalogue — the rules of a policy edition

        Usage:
          RuleCatalogue                   print every rule of sichuan-2019
          RuleCatalogue --edition ID      print every rule of edition ID
          RuleCatalogue --diff            diff sichuan-2019 → sichuan-2020-example
          RuleCatalogue --diff FROM TO    diff two editions
          RuleCatalogue --help            this text

        Editions: sichuan-2019 (built in, 川直委发〔2019〕4号) and sichuan-2020-example,
        an ILLUSTRATIVE variant built with PolicyEditionBuilder to show the builder
        and the diff. It is not a real policy.

        Exit codes: 0 printed; 2 unknown option or edition.

        """;
}
