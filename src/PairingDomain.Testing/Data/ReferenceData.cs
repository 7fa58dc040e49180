using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Reflection;
using System.Text;

namespace PairingDomain.Testing.Data;

/// <summary>
/// The embedded reference data (Data/README.md): Sichuan's 88 poverty counties with their codes, prefectures, regions
/// and delisting years, and their townships.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
internal static class ReferenceData
{
    private static readonly Lazy<ImmutableArray<RealCounty>> s_counties = new(Load);

    /// <summary>The 88 counties in code order, each with its townships in code order.</summary>
    public static ImmutableArray<RealCounty> Counties => s_counties.Value;

    private static ImmutableArray<RealCounty> Load()
    {
        var townships = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (string[] row in ReadCsv("sichuan-poverty-county-townships.csv", 3))
        {
            if (!townships.TryGetValue(row[2], out List<string>? list))
            {
                list = [];
                townships.Add(row[2], list);
            }
            list.Add(row[0]);
        }
        var counties = ImmutableArray.CreateBuilder<RealCounty>(SyntheticOptions.RealCountyCount);
        foreach (string[] row in ReadCsv("sichuan-poverty-counties.csv", 5))
        {
            counties.Add(new RealCounty(row[0], row[1], row[2], row[3],
                int.Parse(row[4], NumberStyles.None, CultureInfo.InvariantCulture),
                [.. townships[row[0]]]));
        }
        return counties.ToImmutable();
    }

    private static List<string[]> ReadCsv(string name, int columns)
    {
        string resource = "PairingDomain.Testing.Data." + name;
        using Stream stream = typeof(ReferenceData).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<string[]>();
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            string[] cells = line.Split(',');
            if (cells.Length != columns)
            {
                throw new InvalidOperationException($"{resource}: '{line}' does not have {columns} columns.");
            }
            rows.Add(cells);
        }
        return rows;
    }
}

/// <summary>One row of sichuan-poverty-counties.csv with its townships.</summary>
/// <param name="Code">The 6-digit division code.</param>
/// <param name="Name">The official name.</param>
/// <param name="Prefecture">The prefecture-level division.</param>
/// <param name="Region">tibetan, yi or other.</param>
/// <param name="DelistingYear">The year of the county's delisting batch.</param>
/// <param name="Townships">The 9-digit codes of its townships.</param>
internal sealed record RealCounty(string Code, string Name, string Prefecture, string Region, int DelistingYear,
    ImmutableArray<string> Townships);
