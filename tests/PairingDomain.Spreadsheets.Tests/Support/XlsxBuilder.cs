using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security;
using System.Text;

namespace PairingDomain.Spreadsheets.Tests.Support;

/// <summary>A formula cell for <see cref="XlsxBuilder"/>: the formula and its cached value.</summary>
internal sealed record FormulaCell(string Formula, double Cached);

/// <summary>One sheet for <see cref="XlsxBuilder"/>: its rows (row 1 first) and its merged ranges.</summary>
internal sealed class SheetSpec(string name, List<object?[]> rows)
{
    public string Name { get; } = name;

    public List<object?[]> Rows { get; } = rows;

    public List<string> Merges { get; } = [];

    /// <summary>Raw XML rows written after <see cref="Rows"/> (a million empty rows, say); null for none.</summary>
    public Action<TextWriter>? ExtraRows { get; init; }
}

/// <summary>
/// Writes an .xlsx by hand, part by part, into a <see cref="ZipArchive"/> (not with the package's writer): text as inline
/// strings, numbers, <see cref="DateTime"/> as a date-formatted serial, booleans, formulas, merged ranges. The tests
/// build hostile and hand-edited workbooks with it.
/// </summary>
internal static class XlsxBuilder
{
    public static byte[] Build(IEnumerable<SheetSpec> sheets)
    {
        List<SheetSpec> list = [.. sheets];
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Entry(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + string.Concat(list.Select((_, i) =>
                    $"<Override PartName=\"/xl/worksheets/sheet{i + 1}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
                + "</Types>");
            Entry(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
            Entry(zip, "xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                + string.Concat(list.Select((s, i) => $"<sheet name=\"{SecurityElement.Escape(s.Name)}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>"))
                + "</sheets></workbook>");
            Entry(zip, "xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + string.Concat(list.Select((_, i) =>
                    $"<Relationship Id=\"rId{i + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>"))
                + $"<Relationship Id=\"rId{list.Count + 1}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
            Entry(zip, "xl/styles.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
                + "<cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs>"
                + "</styleSheet>");
            for (int i = 0; i < list.Count; i++)
            {
                ZipArchiveEntry entry = zip.CreateEntry($"xl/worksheets/sheet{i + 1}.xml", CompressionLevel.Fastest);
                using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
                WriteSheet(writer, list[i]);
            }
        }
        return stream.ToArray();
    }

    private static void Entry(ZipArchive zip, string name, string text)
    {
        ZipArchiveEntry entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    private static void WriteSheet(TextWriter w, SheetSpec sheet)
    {
        w.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (int r = 0; r < sheet.Rows.Count; r++)
        {
            w.Write($"<row r=\"{r + 1}\">");
            object?[] row = sheet.Rows[r];
            for (int c = 0; c < row.Length; c++)
            {
                string at = Columns.Letter(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                switch (row[c])
                {
                    case null:
                        break;
                    case string s:
                        w.Write($"<c r=\"{at}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(s)}</t></is></c>");
                        break;
                    case DateTime d:
                        w.Write($"<c r=\"{at}\" s=\"1\"><v>{(d - new DateTime(1899, 12, 30)).TotalDays.ToString(CultureInfo.InvariantCulture)}</v></c>");
                        break;
                    case bool b:
                        w.Write($"<c r=\"{at}\" t=\"b\"><v>{(b ? 1 : 0)}</v></c>");
                        break;
                    case FormulaCell f:
                        w.Write($"<c r=\"{at}\"><f>{SecurityElement.Escape(f.Formula)}</f><v>{f.Cached.ToString(CultureInfo.InvariantCulture)}</v></c>");
                        break;
                    case IFormattable n:
                        w.Write($"<c r=\"{at}\"><v>{n.ToString(null, CultureInfo.InvariantCulture)}</v></c>");
                        break;
                    default:
                        throw new ArgumentException($"cannot write {row[c]!.GetType()}");
                }
            }
            w.Write("</row>");
        }
        sheet.ExtraRows?.Invoke(w);
        w.Write("</sheetData>");
        if (sheet.Merges.Count > 0)
        {
            w.Write($"<mergeCells count=\"{sheet.Merges.Count}\">");
            foreach (string merge in sheet.Merges)
            {
                w.Write($"<mergeCell ref=\"{merge}\"/>");
            }
            w.Write("</mergeCells>");
        }
        w.Write("</worksheet>");
    }
}
