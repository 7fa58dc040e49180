using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using PairingDomain.Spreadsheets.Tests.Support;

namespace PairingDomain.Spreadsheets.Tests;

/// <summary>
/// The annotated copy, read back with ExcelDataReader and its XML: the same values at the same cells, and each bad cell
/// red with a note holding its problem.
/// </summary>
public sealed class WorkbookAnnotatorTests
{
    private static readonly XNamespace s_main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private static (byte[] Source, byte[] Copy, List<Problem> Problems) Annotated(Func<List<SheetSpec>, IEnumerable<string>>? edit = null)
    {
        List<SheetSpec> sheets = [.. Workbook.Read(CaseWorkbookReaderTests.WorkbookOf(CaseWorkbookReaderTests.Province(false))).Sheets
            .Select(s => new SheetSpec(s.Name, [.. s.Rows.Select(r => (object?[])r.Clone())]))];
        SheetSpec activities = sheets.Single(s => s.Name == "活动");
        int on = Array.IndexOf(activities.Rows[0], "日期 on");
        activities.Rows[4][on] = "2019/2/30";
        SheetSpec units = sheets.Single(s => s.Name == "单位");
        int kind = Array.IndexOf(units.Rows[0], "单位类别 kind");
        units.Rows[2][kind] = "大学";
        byte[] source = XlsxBuilder.Build(sheets);
        WorkbookReadResult read = CaseWorkbookReaderTests.Read(source);
        using var input = new MemoryStream(source);
        using var output = new MemoryStream();
        WorkbookAnnotator.WriteAnnotatedCopy(input, read.Problems, output);
        return (source, output.ToArray(), [.. read.Problems]);
    }

    [Fact]
    public void WriteAnnotatedCopy_BadCells_NoteAndRedFillAtEach()
    {
        (byte[] source, byte[] copyBytes, List<Problem> problems) = Annotated();
        problems.Select(p => p.Path).Should().BeEquivalentTo("活动!E5 (on)", "单位!C3 (kind)");
        Workbook copy = Workbook.Read(copyBytes);

        copy.Notes("活动").Should().ContainKey("E5").WhoseValue.Should().Contain("invalid-date").And.Contain("2019/2/30");
        copy.Notes("单位").Should().ContainKey("C3").WhoseValue.Should().Contain("invalid-value").And.Contain("大学");
        copy.Notes("活动").Should().HaveCount(1);
        Fill(copyBytes, copy, "活动", "E5").Should().EndWith("FF9999");
        Fill(copyBytes, copy, "单位", "C3").Should().EndWith("FF9999");
        Fill(copyBytes, copy, "活动", "E6").Should().BeNull();
    }

    [Fact]
    public void WriteAnnotatedCopy_Values_AsTheSourceCellForCell()
    {
        (byte[] source, byte[] copyBytes, _) = Annotated();
        Workbook original = Workbook.Read(source);
        Workbook copy = Workbook.Read(copyBytes);

        copy.SheetNames.Should().Equal(original.SheetNames);
        foreach ((string name, List<object?[]> rows) in original.Sheets)
        {
            List<object?[]> copied = copy.Sheet(name);
            copied.Should().HaveCount(rows.Count, name);
            for (int r = 0; r < rows.Count; r++)
            {
                for (int c = 0; c < rows[r].Length; c++)
                {
                    (c < copied[r].Length ? copied[r][c] : null).Should().Be(rows[r][c], $"{name}!{Columns.Letter(c)}{r + 1}");
                }
            }
        }
    }

    [Fact]
    public void WriteAnnotatedCopy_CopyFixedAndReadAgain_IsTheCase()
    {
        (_, byte[] copyBytes, _) = Annotated();
        List<SheetSpec> sheets = [.. Workbook.Read(copyBytes).Sheets.Select(s => new SheetSpec(s.Name, s.Rows))];
        PairingCase province = CaseWorkbookReaderTests.Province(false);
        Workbook written = Workbook.Read(CaseWorkbookReaderTests.WorkbookOf(province));
        sheets.Single(s => s.Name == "活动").Rows[4][4] = written.Sheet("活动")[4][4];
        sheets.Single(s => s.Name == "单位").Rows[2][2] = written.Sheet("单位")[2][2];

        WorkbookReadResult read = CaseWorkbookReaderTests.Read(XlsxBuilder.Build(sheets));

        read.Problems.Should().BeEmpty();
    }

    [Fact]
    public void WriteAnnotatedCopy_NotAWorkbook_Throws()
    {
        using var input = new MemoryStream("no zip"u8.ToArray());
        Action write = () => WorkbookAnnotator.WriteAnnotatedCopy(input, [], new MemoryStream());

        write.Should().Throw<InvalidDataException>();
    }

    /// <summary>The fill colour (ARGB hex) of a cell, from its style in styles.xml; null for no fill.</summary>
    private static string? Fill(byte[] bytes, Workbook book, string sheet, string reference)
    {
        XElement cell = book.SheetXml(sheet).Descendants(s_main + "c").Single(c => (string?)c.Attribute("r") == reference);
        int style = (int?)cell.Attribute("s") ?? 0;
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        using Stream entry = zip.GetEntry("xl/styles.xml")!.Open();
        XDocument styles = XDocument.Load(entry);
        XElement xf = styles.Descendants(s_main + "cellXfs").Single().Elements(s_main + "xf").ElementAt(style);
        int fill = (int?)xf.Attribute("fillId") ?? 0;
        XElement pattern = styles.Descendants(s_main + "fills").Single().Elements(s_main + "fill").ElementAt(fill).Element(s_main + "patternFill")!;
        return (string?)pattern?.Element(s_main + "fgColor")?.Attribute("rgb");
    }
}
