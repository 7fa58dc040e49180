using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using ExcelDataReader;

namespace PairingDomain.Spreadsheets.Tests.Support;

/// <summary>
/// A written workbook as an independent reader sees it: ExcelDataReader's values, sheet by sheet (never this package's
/// own code), and the raw XML of a sheet for what ExcelDataReader does not report (validations, frozen panes, filters).
/// </summary>
internal sealed class Workbook
{
    static Workbook() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly byte[] _bytes;

    private Workbook(byte[] bytes, List<(string Name, List<object?[]> Rows)> sheets)
    {
        _bytes = bytes;
        Sheets = sheets;
    }

    /// <summary>Every sheet in workbook order with its rows, the header row first, each cell as ExcelDataReader gives it.</summary>
    public List<(string Name, List<object?[]> Rows)> Sheets { get; }

    public IEnumerable<string> SheetNames => Sheets.Select(s => s.Name);

    public static Workbook Read(byte[] bytes)
    {
        var sheets = new List<(string, List<object?[]>)>();
        using var stream = new MemoryStream(bytes);
        using IExcelDataReader reader = ExcelReaderFactory.CreateReader(stream);
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (int i = 0; i < row.Length; i++)
                {
                    row[i] = reader.GetValue(i);
                }
                rows.Add(row);
            }
            sheets.Add((reader.Name, rows));
        }
        while (reader.NextResult());
        return new Workbook(bytes, sheets);
    }

    public static Workbook Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Read(stream.ToArray());
    }

    public List<object?[]> Sheet(string name) => Sheets.Single(s => s.Name == name).Rows;

    /// <summary>The header row of <paramref name="name"/>, as strings.</summary>
    public string[] Header(string name) => [.. Sheet(name)[0].Select(v => v?.ToString() ?? string.Empty)];

    /// <summary>The data rows of <paramref name="name"/> (below the header), as dictionaries by header.</summary>
    public List<Dictionary<string, object?>> Records(string name)
    {
        string[] header = Header(name);
        return [.. Sheet(name).Skip(1).Select(r => header.Select((h, i) => (h, v: i < r.Length ? r[i] : null))
            .ToDictionary(x => x.h, x => x.v))];
    }

    /// <summary>The XML of the worksheet named <paramref name="name"/>, found through workbook.xml and its relationships.</summary>
    public XDocument SheetXml(string name)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XNamespace pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        using var zip = new ZipArchive(new MemoryStream(_bytes), ZipArchiveMode.Read);
        XDocument workbook = Load(zip, "xl/workbook.xml");
        string id = (string)workbook.Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == name).Attribute(rel + "id")!;
        XDocument rels = Load(zip, "xl/_rels/workbook.xml.rels");
        string target = (string)rels.Descendants(pkg + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        return Load(zip, target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target);
    }

    /// <summary>The notes of the worksheet named <paramref name="name"/>: cell reference and text, from its comments part.</summary>
    public Dictionary<string, string> Notes(string name)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XNamespace pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        using var zip = new ZipArchive(new MemoryStream(_bytes), ZipArchiveMode.Read);
        XDocument workbook = Load(zip, "xl/workbook.xml");
        string id = (string)workbook.Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == name).Attribute(rel + "id")!;
        string target = (string)Load(zip, "xl/_rels/workbook.xml.rels").Descendants(pkg + "Relationship")
            .Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        string sheetPath = target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
        string relsPath = Path.GetDirectoryName(sheetPath)!.Replace('\\', '/') + "/_rels/" + Path.GetFileName(sheetPath) + ".rels";
        string comments = (string)Load(zip, relsPath).Descendants(pkg + "Relationship")
            .Single(r => ((string?)r.Attribute("Type"))!.EndsWith("/comments", StringComparison.Ordinal)).Attribute("Target")!;
        string commentsPath = "xl/" + comments.Replace("../", string.Empty, StringComparison.Ordinal);
        return Load(zip, commentsPath).Descendants(main + "comment")
            .ToDictionary(c => (string)c.Attribute("ref")!, c => string.Concat(c.Descendants(main + "t").Select(t => t.Value)));
    }

    private static XDocument Load(ZipArchive zip, string path)
    {
        using Stream entry = zip.GetEntry(path)!.Open();
        return XDocument.Load(entry);
    }
}
