using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using PairingDomain.Spreadsheets.Reading;
using PairingDomain.Spreadsheets.Schema;

namespace PairingDomain.Spreadsheets;

/// <summary>
/// Reads a case from a folder of CSV files, one file per sheet of the case workbook, named by the sheet
/// (<c>活动.csv</c>) or by the contract member (<c>activities.csv</c>; the leaders' <c>leaders.csv</c>), each with the
/// workbook's header row: the same checking path and the same locations as <see cref="CaseWorkbookReader"/>
/// (<c>活动!E5 (on)</c>, the row as the file's record number with the header as row 1).
/// </summary>
/// <remarks>
/// <para>
/// One checking path: the cells are normalized into the pairing-case JSON contract and read with
/// <c>PairingDomain.Json.CaseReader</c>, exactly as a workbook's (see <see cref="CaseWorkbookReader"/>), so a folder of
/// CSV files yields the same <see cref="PairingCase"/> as the equivalent workbook and JSON document. CSV has no cell
/// types: dates, numbers and booleans are read from their text as the workbook reader reads typed text.
/// </para>
/// <para>
/// Each file's encoding is detected from its bytes, never guessed silently, and reported in
/// <see cref="WorkbookReadResult.Encodings"/>: a UTF-8 byte-order mark is <c>utf-8-bom</c>; else bytes valid as UTF-8
/// throughout are <c>utf-8</c>; else <c>gb18030</c> (what Excel on Chinese Windows saves as "CSV"). Fields are
/// separated by commas (RFC 4180 quoting), read streaming with Sylvan.Data.Csv. A file larger than
/// <see cref="WorkbookReadOptions.MaxCsvFileBytes"/> or longer than <see cref="WorkbookReadOptions.MaxRowsPerSheet"/>
/// rows ends in one <c>limit-exceeded</c> problem naming the file. Files not ending in <c>.csv</c> are ignored; a
/// <c>.csv</c> file naming no sheet is <c>unknown-sheet</c>.
/// </para>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class CaseCsvReader
{
    /// <summary>Reads the case from the CSV files in <paramref name="directory"/>. Never throws for bad content.</summary>
    /// <param name="directory">The folder holding the files.</param>
    /// <param name="options">The limits and the policy editions; null for <see cref="WorkbookReadOptions.Default"/>.</param>
    /// <returns>The case, or every problem at its cell; with the encoding detected for each file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static WorkbookReadResult ReadFolder(string directory, WorkbookReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        options ??= WorkbookReadOptions.Default;
        var sheets = new List<RawSheet>();
        var problems = new List<Problem>();
        var encodings = ImmutableArray.CreateBuilder<CsvFileEncoding>();
        foreach (string path in Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            SheetSchema? schema = CaseWorkbookSchema.Sheets.FirstOrDefault(s =>
                s.Name == name || s.Member == name || s.Member.EndsWith("." + name, StringComparison.Ordinal));
            RawSheet? sheet = CsvSource.Read(path, schema?.Name ?? name, options, problems, out string? encoding);
            if (encoding is not null)
            {
                encodings.Add(new CsvFileEncoding(Path.GetFileName(path), encoding));
            }
            if (sheet is not null)
            {
                sheets.Add(sheet);
            }
        }
        return CaseNormalizer.Read(sheets, problems, options, encodings.ToImmutable());
    }
}
