using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using PairingDomain.Spreadsheets.Reading;
using PairingDomain.Spreadsheets.Tests.Support;

namespace PairingDomain.Spreadsheets.Tests;

/// <summary>Zips that lie about their parts' sizes, and parts read more often than the zip holds them.</summary>
public sealed partial class CaseWorkbookReaderTests
{
    private const string FirstSheet = "xl/worksheets/sheet1.xml";

    /// <summary>The zip entry of the sheet named <paramref name="name"/>, through workbook.xml and its relationships.</summary>
    private static string SheetPart(byte[] xlsx, string name)
    {
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        XNamespace rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        XNamespace pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        XDocument workbook = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        string id = (string)workbook.Descendants(main + "sheet").Single(s => (string?)s.Attribute("name") == name).Attribute(rel + "id")!;
        XDocument rels = XDocument.Load(zip.GetEntry("xl/_rels/workbook.xml.rels")!.Open());
        string target = (string)rels.Descendants(pkg + "Relationship").Single(r => (string?)r.Attribute("Id") == id).Attribute("Target")!;
        return target.StartsWith('/') ? target.TrimStart('/') : "xl/" + target;
    }

    /// <summary>The zip rewritten entry by entry, <paramref name="stored"/> without compression, the others deflated.</summary>
    private static byte[] Rezip(byte[] xlsx, string? stored = null, Func<string, string, string>? edit = null)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (ZipArchiveEntry entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                string text = reader.ReadToEnd();
                text = edit?.Invoke(entry.FullName, text) ?? text;
                ZipArchiveEntry copy = zip.CreateEntry(entry.FullName,
                    entry.FullName == stored ? CompressionLevel.NoCompression : CompressionLevel.Fastest);
                using var writer = new StreamWriter(copy.Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return output.ToArray();
    }

    /// <summary>
    /// Patches the uncompressed size of <paramref name="name"/> to <paramref name="size"/> in its central-directory
    /// record (PK 1 2, offset 24) and its local header (PK 3 4, offset 22) when that one holds the sizes.
    /// </summary>
    private static byte[] DeclareSize(byte[] zip, string name, int size)
    {
        byte[] bytes = (byte[])zip.Clone();
        byte[] wanted = Encoding.UTF8.GetBytes(name);
        int patched = 0;
        for (int i = 0; i + 46 <= bytes.Length; i++)
        {
            if (bytes[i] != 0x50 || bytes[i + 1] != 0x4B || bytes[i + 2] != 0x01 || bytes[i + 3] != 0x02)
            {
                continue;
            }
            int nameLength = BitConverter.ToUInt16(bytes, i + 28);
            if (!bytes.AsSpan(i + 46, nameLength).SequenceEqual(wanted))
            {
                continue;
            }
            BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), size).Should().BeTrue();
            int local = BitConverter.ToInt32(bytes, i + 42);
            if (BitConverter.ToInt32(bytes, local + 22) != 0)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(local + 22, 4), size).Should().BeTrue();
            }
            patched++;
        }
        patched.Should().Be(1, name);
        return bytes;
    }

    private static long DeclaredTotal(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        return zip.Entries.Sum(e => e.Length);
    }

    [Fact]
    public void Read_StoredPartHoldingMoreThanItDeclares_OneLimitProblemNamingThePart()
    {
        // A stored entry is read to its compressed size: 100 bytes declared, the whole sheet inflated.
        byte[] source = WorkbookOf(s_small.Value);
        string units = SheetPart(source, "单位");
        byte[] xlsx = DeclareSize(Rezip(source, stored: units), units, 100);

        WorkbookReadResult read = Read(xlsx);

        read.Problems.Select(Of).Should().Equal("(workbook): limit-exceeded");
        read.Problems[0].Message.Should().Contain(units).And.Contain("100 bytes its zip entry declares");
    }

    [Fact]
    public void Read_DeflatedPartHoldingMoreThanItDeclares_OneClearProblemNamingThePart()
    {
        // .NET's zip reader stops a deflated entry at its declared size, so the part's XML is cut there.
        byte[] source = WorkbookOf(s_small.Value);
        string units = SheetPart(source, "单位");
        byte[] xlsx = DeclareSize(source, units, 100);

        WorkbookReadResult read = Read(xlsx);

        read.Problems.Select(Of).Should().Equal("(workbook): not-a-workbook");
        read.Problems[0].Message.Should().Contain(units).And.Contain("after 100 bytes");
    }

    [Fact]
    public void Read_WorkbookPartDeclaringLessThanItHolds_OneClearProblemNamingThePart()
    {
        byte[] xlsx = DeclareSize(WorkbookOf(s_small.Value), "xl/workbook.xml", 50);

        WorkbookReadResult read = Read(xlsx);

        read.Problems.Select(Of).Should().Equal("(workbook): not-a-workbook");
        read.Problems[0].Message.Should().Contain("xl/workbook.xml");
    }

    [Fact]
    public void Read_RelationshipPartDeclaringLessThanItHolds_OneClearProblem()
    {
        // The package layer reads the relationships itself: still one problem, no exception.
        byte[] xlsx = DeclareSize(WorkbookOf(s_small.Value), "xl/_rels/workbook.xml.rels", 40);

        WorkbookReadResult read = Read(xlsx);

        read.Problems.Select(Of).Should().Equal("(workbook): not-a-workbook");
    }

    [Fact]
    public void Read_OneSheetPartNamedManyTimes_OneLimitProblemOnTheBytesInflated()
    {
        byte[] source = XlsxBuilder.Build(Editable().Where(s => s.Name == "单位"));
        // workbook.xml names the one sheet part 200 times: each name inflates it again.
        string sheets = string.Concat(Enumerable.Range(1, 200).Select(i => $"<sheet name=\"单位{i}\" sheetId=\"{i}\" r:id=\"rId1\"/>"));
        byte[] xlsx = Rezip(source, edit: (name, text) =>
            name == "xl/workbook.xml" ? text.Replace("<sheets>", "<sheets>" + sheets, StringComparison.Ordinal) : text);
        long declared = DeclaredTotal(xlsx);

        WorkbookReadResult read = Read(xlsx, new WorkbookReadOptions { MaxUncompressedBytes = declared * 4 });

        read.Problems.Select(Of).Should().Equal("(workbook): limit-exceeded");
        read.Problems[0].Message.Should().Contain(FirstSheet).And.Contain("MaxUncompressedBytes");
    }

    [Fact]
    public void Read_OneSheetPartNamedTwice_ReadsWithinTheLimit()
    {
        byte[] source = XlsxBuilder.Build(Editable().Where(s => s.Name == "单位"));
        byte[] xlsx = Rezip(source, edit: (name, text) => name == "xl/workbook.xml"
            ? text.Replace("<sheets>", "<sheets><sheet name=\"单位2\" sheetId=\"9\" r:id=\"rId1\"/>", StringComparison.Ordinal)
            : text);

        WorkbookReadResult read = Read(xlsx, new WorkbookReadOptions { MaxUncompressedBytes = DeclaredTotal(xlsx) * 4 });

        read.Problems.Select(Of).Should().NotContain(p => p.Contains("limit-exceeded", StringComparison.Ordinal));
    }

    [Fact]
    public void BoundedReadStream_PastItsDeclaredSize_Throws()
    {
        var budget = new InflateBudget(1 << 20, new Dictionary<string, long>());
        using var stream = new BoundedReadStream(new MemoryStream(new byte[1000]), "xl/x.xml", 100, budget);

        Action read = () => stream.CopyTo(Stream.Null);

        read.Should().Throw<InflateLimitException>().Which.Problem.Message.Should().Contain("xl/x.xml");
    }

    [Fact]
    public void BoundedReadStream_AtItsDeclaredSize_ReadsToTheEnd()
    {
        var budget = new InflateBudget(1 << 20, new Dictionary<string, long>());
        using var stream = new BoundedReadStream(new MemoryStream(new byte[1000]), "xl/x.xml", 1000, budget);

        stream.CopyTo(Stream.Null);

        stream.Count.Should().Be(1000);
        stream.Ended.Should().BeTrue();
    }
}
