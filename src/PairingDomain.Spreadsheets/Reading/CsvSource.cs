using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PairingDomain.Json;
using Sylvan.Data.Csv;

namespace PairingDomain.Spreadsheets.Reading;

/// <summary>
/// Reads one CSV file as a raw sheet with Sylvan.Data.Csv (streaming), after detecting its encoding from its bytes: a
/// UTF-8 byte-order mark is UTF-8; else bytes that are valid UTF-8 throughout are UTF-8; else GB18030 (code page 54936,
/// from <see cref="CodePagesEncodingProvider"/>, without registering it globally).
/// </summary>
internal static class CsvSource
{
    public const string Utf8Bom = "utf-8-bom";
    public const string Utf8 = "utf-8";
    public const string Gb18030 = "gb18030";

    private static readonly Encoding s_strictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>
    /// Opens a CSV file as a sheet whose rows are read from the file each time they are walked: this pass finds the
    /// header and whether a row follows it, and stops there. A problem of the whole file (too large, unreadable) goes to
    /// <paramref name="problems"/>; one found while the rows are walked (past the row limit, a malformed line) to the
    /// sheet's <see cref="RawSheet.LateProblem"/>.
    /// </summary>
    public static RawSheet? Read(string path, string sheetName, WorkbookReadOptions options, List<Problem> problems, out string? encodingName)
    {
        encodingName = null;
        string file = Path.GetFileName(path);
        long length = new FileInfo(path).Length;
        if (length > options.MaxCsvFileBytes)
        {
            problems.Add(new Problem(file, JsonProblemCodes.LimitExceeded,
                string.Create(CultureInfo.InvariantCulture, $"{file} is larger than {options.MaxCsvFileBytes} bytes (WorkbookReadOptions.MaxCsvFileBytes)"),
                string.Create(CultureInfo.InvariantCulture, $"{file} 超过 {options.MaxCsvFileBytes} 字节上限（MaxCsvFileBytes）")));
            return null;
        }
        (Encoding encoding, encodingName) = Detect(path);
        RawRow? header = null;
        bool hasRows = false;
        var opening = new RawSheet(sheetName, null, []) { File = file };
        foreach (RawRow row in AllRows(path, encoding, file, options, opening))
        {
            if (header is null)
            {
                header = row;
                continue;
            }
            hasRows = true;
            break;
        }
        if (opening.LateProblem is { } fault && (header is null || !hasRows))
        {
            // The fault stands before any row the sheet will give: report it once, here.
            problems.Add(fault);
            return new RawSheet(sheetName, header, []) { File = file };
        }
        int headerNumber = header?.Number ?? int.MaxValue;
        return new RawSheet(sheetName, header, hasRows, sheet => AllRows(path, encoding, file, options, sheet).SkipWhile(r => r.Number <= headerNumber))
        {
            File = file,
        };
    }

    /// <summary>
    /// The file's non-blank rows, streamed: each row's cells are read as it comes and dropped once the caller moves on.
    /// Past <see cref="WorkbookReadOptions.MaxRowsPerSheet"/> rows, or at a line the CSV reader cannot read, the rows stop
    /// and the sheet's <see cref="RawSheet.LateProblem"/> says why.
    /// </summary>
    private static IEnumerable<RawRow> AllRows(string path, Encoding encoding, string file, WorkbookReadOptions options, RawSheet sheet)
    {
        using var text = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false);
        CsvDataReader? csv = Open(text, file, sheet);
        if (csv is null)
        {
            yield break;
        }
        using (csv)
        {
            int number = 0;
            while (Next(csv, file, sheet))
            {
                number++;
                if (number > options.MaxRowsPerSheet)
                {
                    sheet.LateProblem ??= new Problem(file, JsonProblemCodes.LimitExceeded,
                        string.Create(CultureInfo.InvariantCulture, $"{file} has more than {options.MaxRowsPerSheet} rows (WorkbookReadOptions.MaxRowsPerSheet)"),
                        string.Create(CultureInfo.InvariantCulture, $"{file} 超过 {options.MaxRowsPerSheet} 行上限（MaxRowsPerSheet）"));
                    yield break;
                }
                var cells = new RawCell[csv.RowFieldCount];
                for (int i = 0; i < cells.Length; i++)
                {
                    string value = csv.GetString(i);
                    cells[i] = value.Length == 0 ? default : new RawCell(value, RawKind.Text);
                }
                var row = new RawRow(number, cells);
                if (!row.IsBlank)
                {
                    yield return row;
                }
            }
        }
    }

    private static CsvDataReader? Open(StreamReader text, string file, RawSheet sheet)
    {
        try
        {
            return CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',' });
        }
        catch (Exception e) when (IsCsvFault(e))
        {
            sheet.LateProblem ??= Unreadable(file, e);
            return null;
        }
    }

    private static bool Next(CsvDataReader csv, string file, RawSheet sheet)
    {
        try
        {
            return csv.Read();
        }
        catch (Exception e) when (IsCsvFault(e))
        {
            sheet.LateProblem ??= Unreadable(file, e);
            return false;
        }
    }

    private static bool IsCsvFault(Exception e) => e is CsvFormatException or CsvRecordTooLargeException or DecoderFallbackException;

    private static Problem Unreadable(string file, Exception e) =>
        new(file, ProblemCodes.InvalidValue, $"{file} cannot be read as CSV ({e.Message})", $"{file} 无法作为 CSV 读取（{e.Message}）");

    /// <summary>The file's encoding, from its bytes: one streaming pass, memory independent of its size.</summary>
    internal static (Encoding Encoding, string Name) Detect(string path)
    {
        using FileStream stream = File.OpenRead(path);
        Span<byte> head = stackalloc byte[3];
        int n = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        if (n == 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        {
            return (new UTF8Encoding(true), Utf8Bom);
        }
        stream.Position = 0;
        Decoder decoder = s_strictUtf8.GetDecoder();
        byte[] buffer = new byte[64 * 1024];
        char[] chars = new char[s_strictUtf8.GetMaxCharCount(buffer.Length)];
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            }
            decoder.GetChars(buffer, 0, 0, chars, 0, flush: true);
            return (new UTF8Encoding(false), Utf8);
        }
        catch (DecoderFallbackException)
        {
            return (CodePagesEncodingProvider.Instance.GetEncoding(54936)!, Gb18030);
        }
    }
}
