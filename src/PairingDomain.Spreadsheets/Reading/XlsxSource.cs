using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.IO.Packaging;
using System.Linq;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PairingDomain.Json;
using PairingDomain.Spreadsheets.Schema;

namespace PairingDomain.Spreadsheets.Reading;

/// <summary>
/// Reads an .xlsx file's sheets as raw cells with the Open XML SDK's SAX reader (<see cref="OpenXmlReader"/>): shared
/// strings, the styles that tell a date cell from a number, and each sheet's rows, streamed, empty rows skipped.
/// </summary>
/// <remarks>
/// Before the package is opened, the zip's directory is checked against the limits: the file's size, the total of the
/// entries' declared uncompressed sizes and each large entry's compression ratio (a zip bomb). The package is then read
/// through a <see cref="BoundedPackage"/>: every part's stream counts the bytes actually inflated, against the part's
/// declared size and the total (a zip that lies about its sizes, a sheet named many times). A sheet longer than the
/// row limit ends in one problem at the sheet. A formula cell or an error cell is passed on marked, for the normalizer to
/// report at its cell; merged cells in a record sheet are a problem naming the range.
/// </remarks>
internal static class XlsxSource
{
    private const long RatioFloor = 1L << 20;

    public static (List<RawSheet> Sheets, List<Problem> Problems, bool Fatal) Read(Stream input, WorkbookReadOptions options,
        bool keepAllSheets = false)
    {
        var problems = new List<Problem>();
        Stream stream = input;
        InflateBudget? budget = null;
        try
        {
            if (!stream.CanSeek)
            {
                var copy = new MemoryStream();
                if (!CopyBounded(stream, copy, options.MaxFileBytes))
                {
                    return Fatal(TooLarge(options));
                }
                copy.Position = 0;
                stream = copy;
            }
            else if (stream.Length - stream.Position > options.MaxFileBytes)
            {
                return Fatal(TooLarge(options));
            }
            if (!LooksLikeZip(stream))
            {
                return Fatal(NotAWorkbook("the file is not a zip archive, so no .xlsx workbook", "文件不是 zip 压缩包，不是 .xlsx 工作簿"));
            }
            var declared = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
            if (CheckZip(stream, options, declared) is { } bomb)
            {
                return Fatal(bomb);
            }
            budget = new InflateBudget(options.MaxUncompressedBytes, declared);
            // Every part the package hands out, relationship parts included, counts the bytes it actually inflates.
            using var package = new BoundedPackage(Package.Open(stream, FileMode.Open, FileAccess.Read), budget);
            using SpreadsheetDocument document = SpreadsheetDocument.Open(package);
            WorkbookPart? workbook = document.WorkbookPart;
            if (workbook?.Workbook?.Sheets is null)
            {
                return Fatal(NotAWorkbook("the zip holds no workbook part", "压缩包中没有工作簿"));
            }
            List<string> strings = SharedStrings(workbook.SharedStringTablePart);
            bool[] dateStyles = DateStyles(workbook.WorkbookStylesPart);
            // A workbook in the 1904 date system (older Excel for Mac) counts its serials from 1904-01-01: 1462 days
            // fewer than the 1900 system's for the same date.
            bool date1904 = workbook.Workbook.WorkbookProperties?.Date1904?.Value == true;
            var sheets = new List<RawSheet>();
            foreach (Sheet sheet in workbook.Workbook.Sheets.Elements<Sheet>())
            {
                string name = sheet.Name?.Value ?? string.Empty;
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }
                sheets.Add(ReadSheet(name, part, strings, dateStyles, date1904, options, problems, keepAllSheets));
            }
            return (sheets, problems, false);
        }
        catch (Exception e) when (Limit(e) is { } limit)
        {
            return Fatal(limit);
        }
        catch (XmlException e) when (budget?.LastRead is { Ended: true } part)
        {
            // .NET's zip reader stops a part at the size its entry declares: a zip declaring less than it holds shows
            // as XML cut short at that size.
            return Fatal(NotAWorkbook(
                string.Create(CultureInfo.InvariantCulture,
                    $"the part {part.Part} ends in the middle of its XML after {part.Count} bytes ({e.Message}): its zip entry declares a wrong size or the part is cut short (a damaged or crafted file)"),
                string.Create(CultureInfo.InvariantCulture,
                    $"部件 {part.Part} 在 {part.Count} 字节处 XML 中途结束（{e.Message}）：其 zip 条目声明的大小有误或部件被截断（文件损坏或被伪造）")));
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or XmlException or IOException
            or InvalidOperationException or FormatException or ArgumentException or NotSupportedException)
        {
            return Fatal(NotAWorkbook($"the file cannot be read as an .xlsx workbook ({e.Message})", $"文件无法作为 .xlsx 工作簿读取（{e.Message}）"));
        }
    }

    private static (List<RawSheet>, List<Problem>, bool) Fatal(Problem problem) => ([], [problem], true);

    /// <summary>The limit problem of an inflate limit passed, even when a layer between wrapped it in its own exception.</summary>
    private static Problem? Limit(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is InflateLimitException limit)
            {
                return limit.Problem;
            }
        }
        return null;
    }

    private static Problem TooLarge(WorkbookReadOptions options) =>
        new("(workbook)", JsonProblemCodes.LimitExceeded,
            string.Create(CultureInfo.InvariantCulture, $"the file is larger than {options.MaxFileBytes} bytes (WorkbookReadOptions.MaxFileBytes)"),
            string.Create(CultureInfo.InvariantCulture, $"文件超过 {options.MaxFileBytes} 字节上限（MaxFileBytes）"));

    private static Problem NotAWorkbook(string message, string chinese) =>
        new("(workbook)", SpreadsheetProblemCodes.NotAWorkbook, message, chinese);

    private static bool CopyBounded(Stream source, Stream destination, long limit)
    {
        byte[] buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > limit)
            {
                return false;
            }
            destination.Write(buffer, 0, read);
        }
        return true;
    }

    private static bool LooksLikeZip(Stream stream)
    {
        long start = stream.Position;
        Span<byte> head = stackalloc byte[4];
        int n = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        stream.Position = start;
        return n == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /// <summary>The zip's declared sizes against the limits, before any entry is inflated.</summary>
    private static Problem? CheckZip(Stream stream, WorkbookReadOptions options, Dictionary<string, long> declared)
    {
        long start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                total += entry.Length;
                declared[entry.FullName] = declared.TryGetValue(entry.FullName, out long other) ? Math.Max(other, entry.Length) : entry.Length;
                if (total > options.MaxUncompressedBytes)
                {
                    return new Problem("(workbook)", JsonProblemCodes.LimitExceeded,
                        string.Create(CultureInfo.InvariantCulture,
                            $"the workbook's parts declare more than {options.MaxUncompressedBytes} bytes uncompressed (WorkbookReadOptions.MaxUncompressedBytes)"),
                        string.Create(CultureInfo.InvariantCulture, $"工作簿解压后超过 {options.MaxUncompressedBytes} 字节上限（MaxUncompressedBytes）"));
                }
                if (entry.Length > RatioFloor && entry.Length > (long)options.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    return new Problem("(workbook)", JsonProblemCodes.LimitExceeded,
                        string.Create(CultureInfo.InvariantCulture,
                            $"the part {entry.FullName} inflates {entry.CompressedLength} bytes to {entry.Length}, more than {options.MaxCompressionRatio} times (WorkbookReadOptions.MaxCompressionRatio): a zip bomb?"),
                        string.Create(CultureInfo.InvariantCulture,
                            $"部件 {entry.FullName} 压缩比超过 {options.MaxCompressionRatio} 倍上限（MaxCompressionRatio），疑为 zip 炸弹"));
                }
            }
            return null;
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }
        using OpenXmlReader reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                var item = (SharedStringItem)reader.LoadCurrentElement()!;
                strings.Add(item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text)));
            }
        }
        return strings;
    }

    /// <summary>For each cell format (cellXfs) index, whether its number format shows a date.</summary>
    private static bool[] DateStyles(WorkbookStylesPart? part)
    {
        Stylesheet? styles = part?.Stylesheet;
        if (styles?.CellFormats is null)
        {
            return [];
        }
        Dictionary<uint, string> custom = styles.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? [];
        return [.. styles.CellFormats.Elements<CellFormat>().Select(f => IsDateFormat(f.NumberFormatId?.Value ?? 0, custom))];
    }

    private static bool IsDateFormat(uint id, Dictionary<uint, string> custom)
    {
        if (id is (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58))
        {
            return true;
        }
        if (!custom.TryGetValue(id, out string? code))
        {
            return false;
        }
        bool quoted = false;
        bool bracket = false;
        foreach (char c in code)
        {
            switch (c)
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '[':
                    bracket = true;
                    break;
                case ']':
                    bracket = false;
                    break;
                default:
                    if (!quoted && !bracket && char.ToLowerInvariant(c) is 'y' or 'd' or 'm')
                    {
                        return true;
                    }
                    break;
            }
        }
        return false;
    }

    private static RawSheet ReadSheet(string name, WorksheetPart part, List<string> strings, bool[] dateStyles, bool date1904,
        WorkbookReadOptions options, List<Problem> problems, bool keepAllSheets)
    {
        bool recordSheet = CaseWorkbookSchema.Sheets.Any(s => s.Name == name || s.Member == name);
        if (!keepAllSheets && name.Trim() is CaseWorkbookSchema.GuideSheet or CaseWorkbookSchema.ValuesSheet)
        {
            // The template's explanations and value lists are not read (the annotated copy keeps them).
            return new RawSheet(name, null, []);
        }
        RawRow? header = null;
        var rows = new List<RawRow>();
        var merges = new List<(int, int, int, int)>();
        int count = 0;
        int lastNumber = 0;
        using OpenXmlReader reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }
            if (reader.ElementType == typeof(Row))
            {
                count++;
                if (count > options.MaxRowsPerSheet)
                {
                    problems.Add(new Problem(name, JsonProblemCodes.LimitExceeded,
                        string.Create(CultureInfo.InvariantCulture, $"{name} has more than {options.MaxRowsPerSheet} rows (WorkbookReadOptions.MaxRowsPerSheet)"),
                        string.Create(CultureInfo.InvariantCulture, $"“{name}”表超过 {options.MaxRowsPerSheet} 行上限（MaxRowsPerSheet）")));
                    return Sheet(name, header, rows, merges);
                }
                int number = reader.Attributes.FirstOrDefault(a => a.LocalName == "r").Value is { } r
                    && int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) ? parsed : lastNumber + 1;
                lastNumber = number;
                RawRow? row = ReadRow(reader, number, strings, dateStyles, date1904);
                if (row is null || row.IsBlank)
                {
                    continue;
                }
                if (header is null)
                {
                    header = row;
                }
                else
                {
                    rows.Add(row);
                }
            }
            else if (reader.ElementType == typeof(MergeCell) && recordSheet)
            {
                string range = reader.Attributes.FirstOrDefault(a => a.LocalName == "ref").Value ?? "?";
                problems.Add(new Problem($"{name}!{range}", SpreadsheetProblemCodes.MergedCells,
                    $"the cells {range} are merged; a record sheet holds one value a cell (unmerge them and fill each cell)",
                    $"单元格 {range} 已合并；记录表每格一个值（请取消合并并逐格填写）"));
                if (Range(range) is { } merged)
                {
                    merges.Add(merged);
                }
            }
        }
        return Sheet(name, header, rows, merges);
    }

    private static RawSheet Sheet(string name, RawRow? header, List<RawRow> rows, List<(int, int, int, int)> merges)
    {
        var sheet = new RawSheet(name, header, rows);
        sheet.Merges.AddRange(merges);
        return sheet;
    }

    /// <summary>A range <c>A2:C3</c> as one-based rows and zero-based columns; null when unreadable.</summary>
    private static (int, int, int, int)? Range(string range)
    {
        string[] ends = range.Split(':');
        if (ends.Length != 2 || Cell(ends[0]) is not { } from || Cell(ends[1]) is not { } to)
        {
            return null;
        }
        return (from.Row, from.Column, to.Row, to.Column);
    }

    private static (int Row, int Column)? Cell(string reference)
    {
        int column = ColumnOf(reference);
        int digits = reference.AsSpan().IndexOfAnyInRange('0', '9');
        return column >= 0 && digits > 0 && int.TryParse(reference.AsSpan(digits), NumberStyles.None, CultureInfo.InvariantCulture, out int row)
            ? (row, column)
            : null;
    }

    /// <summary>Reads the row the reader is at (its start element) to its end; null for an empty row.</summary>
    private static RawRow? ReadRow(OpenXmlReader reader, int number, List<string> strings, bool[] dateStyles, bool date1904)
    {
        if (!reader.ReadFirstChild())
        {
            return null;
        }
        var cells = new List<RawCell>();
        int position = 0;
        do
        {
            if (reader.ElementType != typeof(Cell) || !reader.IsStartElement)
            {
                continue;
            }
            // The cell read from its attributes and children, not loaded as an element: a DOM object per cell cost
            // about a kilobyte each (a province workbook allocated 700 MB).
            CellParts parts = ReadCell(reader);
            int column = parts.Reference is { } reference ? ColumnOf(reference) : position;
            position = column + 1;
            if (column < 0 || column >= 16_384)
            {
                continue;
            }
            RawCell value = Value(parts, strings, dateStyles);
            if (date1904 && value.Kind == RawKind.DateNumber
                && double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out double serial))
            {
                value = value with { Text = (serial + 1462).ToString("R", CultureInfo.InvariantCulture) };
            }
            if (value.Kind == RawKind.Empty && !value.Formula)
            {
                continue;
            }
            while (cells.Count <= column)
            {
                cells.Add(default);
            }
            cells[column] = value;
        }
        while (reader.ReadNextSibling());
        return cells.Count == 0 ? null : new RawRow(number, [.. cells]);
    }

    /// <summary>What a <c>c</c> element says: its reference, type and style, its value's text, whether it holds a formula.</summary>
    private readonly record struct CellParts(string? Reference, CellValues Type, uint Style, string? Text, bool Formula, string? InlineText);

    /// <summary>Reads the cell at <paramref name="reader"/> (a <c>c</c> start element) from its attributes and children.</summary>
    private static CellParts ReadCell(OpenXmlReader reader)
    {
        string? reference = null, type = null;
        uint style = 0;
        foreach (OpenXmlAttribute attribute in reader.Attributes)
        {
            switch (attribute.LocalName)
            {
                case "r":
                    reference = attribute.Value;
                    break;
                case "t":
                    type = attribute.Value;
                    break;
                case "s":
                    _ = uint.TryParse(attribute.Value, NumberStyles.None, CultureInfo.InvariantCulture, out style);
                    break;
            }
        }
        string? text = null, inlineText = null;
        bool formula = false;
        if (reader.ReadFirstChild())
        {
            do
            {
                if (!reader.IsStartElement)
                {
                    continue;
                }
                if (reader.ElementType == typeof(CellValue))
                {
                    text = reader.GetText();
                }
                else if (reader.ElementType == typeof(CellFormula))
                {
                    formula = true;
                }
                else if (reader.ElementType == typeof(InlineString))
                {
                    var inline = (InlineString)reader.LoadCurrentElement()!;
                    inlineText = inline.Text?.Text ?? string.Concat(inline.Elements<Run>().Select(r => r.Text?.Text));
                }
            }
            while (reader.ReadNextSibling());
        }
        CellValues kind = type switch
        {
            null or "n" => CellValues.Number,
            "s" => CellValues.SharedString,
            "inlineStr" => CellValues.InlineString,
            "str" => CellValues.String,
            "b" => CellValues.Boolean,
            "e" => CellValues.Error,
            "d" => CellValues.Date,
            _ => CellValues.Error, // a type the format does not define: the cell is reported, not guessed

        };
        return new CellParts(reference, kind, style, text, formula, inlineText);
    }

    private static RawCell Value(CellParts cell, List<string> strings, bool[] dateStyles)
    {
        bool formula = cell.Formula;
        string? text = cell.Text;
        CellValues type = cell.Type;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index < strings.Count
                ? new RawCell(strings[index], RawKind.Text, formula)
                : new RawCell(text, RawKind.Error, formula);
        }
        if (type == CellValues.InlineString)
        {
            return new RawCell(cell.InlineText ?? string.Empty, RawKind.Text, formula);
        }
        if (type == CellValues.String)
        {
            return new RawCell(text, RawKind.Text, formula);
        }
        if (type == CellValues.Boolean)
        {
            return new RawCell(text, RawKind.Boolean, formula);
        }
        if (type == CellValues.Error)
        {
            return new RawCell(text, RawKind.Error, formula);
        }
        if (text is null)
        {
            return new RawCell(null, RawKind.Empty, formula);
        }
        uint style = cell.Style;
        bool date = type == CellValues.Date || (style < dateStyles.Length && dateStyles[style]);
        return new RawCell(text, date ? RawKind.DateNumber : RawKind.Number, formula);
    }

    /// <summary>Where the row digits of a reference begin (<c>D17</c> → 1).</summary>
    internal static int RowStart(string reference)
    {
        int i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>The zero-based column of a reference (<c>D17</c> → 3); -1 when it has no letters.</summary>
    internal static int ColumnOf(string reference)
    {
        int column = 0;
        int i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > 16_384)
            {
                return -1;
            }
        }
        return i == 0 ? -1 : column - 1;
    }
}
