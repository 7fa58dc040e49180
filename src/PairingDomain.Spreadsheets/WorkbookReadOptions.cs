using System.Collections.Generic;
using PairingDomain.Policy;

namespace PairingDomain.Spreadsheets;

/// <summary>
/// The limits and the policy editions of <see cref="CaseWorkbookReader"/> and <see cref="CaseCsvReader"/>. Each limit
/// passed ends the read in one clear problem (<c>limit-exceeded</c>, naming the limit and this option), never in an
/// exception or a hang; raise one to read a larger input on purpose.
/// </summary>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
public sealed record WorkbookReadOptions
{
    /// <summary>The defaults.</summary>
    public static WorkbookReadOptions Default { get; } = new();

    /// <summary>The largest .xlsx file read, in bytes: 256 MiB by default.</summary>
    public long MaxFileBytes { get; init; } = 256L << 20;

    /// <summary>
    /// The largest total of the zip entries' uncompressed sizes, as the zip declares them and as the reading actually
    /// inflates them (a part read twice counts twice; no part may inflate past its declared size): 1 GiB by default.
    /// </summary>
    public long MaxUncompressedBytes { get; init; } = 1L << 30;

    /// <summary>
    /// The highest ratio of an entry's uncompressed to compressed size (a zip bomb declares a huge one): 200 by default;
    /// entries under 1 MiB uncompressed are not held to it.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>The most rows a sheet (or a CSV file) may hold, blank rows included: 2,000,000 by default.</summary>
    public int MaxRowsPerSheet { get; init; } = 2_000_000;

    /// <summary>The largest CSV file read, in bytes: 256 MiB by default.</summary>
    public long MaxCsvFileBytes { get; init; } = 256L << 20;

    /// <summary>The policy editions by identifier; null for <see cref="PolicyEditions.All"/>.</summary>
    public IReadOnlyDictionary<string, PolicyEdition>? Editions { get; init; }
}
