using System.IO;
using NodaTime;
using PairingDomain.Json;
using PairingDomain.Testing;

namespace PairingDomain.Samples.ProgressTracker;

/// <summary>Where the tracker's case comes from: the embedded synthetic Sichuan 2019, or a pairing-case/1 or /2 file.</summary>
internal static class CaseSources
{
    /// <summary>The year of the embedded case.</summary>
    public const int EmbeddedYear = 2019;

    /// <summary>What the embedded case is, for the report's header.</summary>
    public const string EmbeddedDescription =
        "synthetic Sichuan 2019, seed 2019 (real counties; invented units, people, villages)";

    /// <summary>The synthetic Sichuan 2019 with its ledger running up to <paramref name="asOf"/>.</summary>
    public static PairingCase Embedded(LocalDate asOf) =>
        SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { AsOf = asOf });

    /// <summary>
    /// Reads a pairing-case/1 or /2 file, or writes every problem to <paramref name="error"/>, in the language
    /// <paramref name="language"/> selects, and returns null.
    /// </summary>
    public static PairingCase? FromFile(string path, TextWriter error, System.Globalization.CultureInfo language)
    {
        CaseReadResult result;
        try
        {
            using FileStream stream = File.OpenRead(path);
            result = CaseReader.Read(stream);
        }
        catch (IOException e)
        {
            error.WriteLine($"Cannot read {path}: {e.Message}");
            return null;
        }
        catch (System.UnauthorizedAccessException e)
        {
            error.WriteLine($"Cannot read {path}: {e.Message}");
            return null;
        }
        if (!result.Success)
        {
            error.WriteLine($"{path} is not a valid pairing-case document ({result.Problems.Length} problem(s)):");
            foreach (Problem problem in result.Problems)
            {
                error.WriteLine($"  {problem.TextIn(language)}");
            }
            return null;
        }
        return result.Case;
    }
}
