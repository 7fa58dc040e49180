using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using NodaTime;
using PairingDomain.Json;
using PairingDomain.Places;
using PairingDomain.Spreadsheets.Tests.Support;

namespace PairingDomain.Spreadsheets.Tests;

/// <summary>What people type and what hostile files hold: each accepted form, each problem at its exact cell.</summary>
public sealed partial class CaseWorkbookReaderTests
{
    private static readonly Lazy<PairingCase> s_small = new(() => Province(false));
    private static readonly Lazy<byte[]> s_smallJsonAssessment = new(() => AssessmentWriter.Write(s_small.Value.Assess()));

    /// <summary>The small province as hand-editable sheets: ExcelDataReader's values of the written workbook.</summary>
    private static List<SheetSpec> Editable() =>
        [.. Workbook.Read(WorkbookOf(s_small.Value)).Sheets.Select(s => new SheetSpec(s.Name, [.. s.Rows.Select(r => (object?[])r.Clone())]))];

    private static SheetSpec Sheet(List<SheetSpec> sheets, string name) => sheets.Single(s => s.Name == name);

    private static int ColumnOf(SheetSpec sheet, string field) =>
        Array.FindIndex(sheet.Rows[0], h => h is string s && s.EndsWith(" " + field, StringComparison.Ordinal));

    /// <summary>Sets the cell of <paramref name="field"/> in Excel row <paramref name="row"/>; returns its letter and row (<c>E5</c>).</summary>
    private static string Set(List<SheetSpec> sheets, string name, int row, string field, object? value)
    {
        SheetSpec sheet = Sheet(sheets, name);
        int column = ColumnOf(sheet, field);
        column.Should().BeGreaterThanOrEqualTo(0, field);
        object?[] cells = sheet.Rows[row - 1];
        if (cells.Length <= column)
        {
            Array.Resize(ref cells, column + 1);
            sheet.Rows[row - 1] = cells;
        }
        cells[column] = value;
        return Columns.Letter(column) + row.ToString(CultureInfo.InvariantCulture);
    }

    private static object? Get(List<SheetSpec> sheets, string name, int row, string field) =>
        Sheet(sheets, name).Rows[row - 1][ColumnOf(Sheet(sheets, name), field)];

    private static WorkbookReadResult ReadBuilt(List<SheetSpec> sheets, WorkbookReadOptions? options = null) =>
        Read(XlsxBuilder.Build(sheets), options);

    private static string Of(Problem problem) => $"{problem.Path}: {problem.Code}";

    [Fact]
    public void Read_HandBuiltCopy_AssessesAsTheJsonPath()
    {
        WorkbookReadResult read = ReadBuilt(Editable());

        read.Problems.Should().BeEmpty();
        AssessmentWriter.Write(read.Value.Assess()).Should().Equal(s_smallJsonAssessment.Value);
    }

    [Theory]
    [InlineData("2019/2/30")]
    [InlineData("2019-02-30")]
    [InlineData("12 April")]
    [InlineData("2019-4")]
    public void Read_DateTextThatIsNoDate_OneInvalidDateAtItsCell(string text)
    {
        List<SheetSpec> sheets = Editable();
        string cell = Set(sheets, "活动", 5, "on", text);

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Select(Of).Should().Equal($"活动!{cell} (on): invalid-date");
        read.Problems[0].ToString().Should().Be($"活动!{cell} (on): invalid-date: {text} is not a date");
    }

    [Theory]
    [InlineData("2019/4/12")]
    [InlineData("2019.4.12")]
    [InlineData("2019年4月12日")]
    [InlineData("2019-04-12")]
    public void Read_TextDate_ReadAsTheDate(string text)
    {
        List<SheetSpec> sheets = Editable();
        string id = (string)Get(sheets, "活动", 5, "id")!;
        Set(sheets, "活动", 5, "on", text);

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Should().BeEmpty();
        read.Value.Ledger.Single(a => a.Id.Value == id).Time.Date.Should().Be(new LocalDate(2019, 4, 12));
    }

    [Fact]
    public void Read_UnknownLabel_OneInvalidValueAtItsCell()
    {
        List<SheetSpec> sheets = Editable();
        string cell = Set(sheets, "单位", 3, "kind", "大学");

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Select(Of).Should().Equal($"单位!{cell} (kind): invalid-value");
        read.Problems[0].Message.Should().Contain("大学").And.Contain("高校");
    }

    [Fact]
    public void Read_ContractIdsAndOtherBooleanWords_Accepted()
    {
        List<SheetSpec> sheets = Editable();
        string label = (string)Get(sheets, "单位", 2, "kind")!;
        string id = BilingualEnumeration<Units.UnitKind>.List.Single(k => k.ChineseName == label).ContractId;
        Set(sheets, "单位", 2, "kind", id);
        bool team = (string)Get(sheets, "单位", 2, "mechanism.leadershipTeam")! == "是";
        Set(sheets, "单位", 2, "mechanism.leadershipTeam", team ? "TRUE" : "0");
        Set(sheets, "单位", 3, "mechanism.allStaff", (string)Get(sheets, "单位", 3, "mechanism.allStaff")! == "是");

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Should().BeEmpty();
        AssessmentWriter.Write(read.Value.Assess()).Should().Equal(s_smallJsonAssessment.Value);
    }

    [Fact]
    public void Read_YesNoThatIsNeither_OneInvalidValueAtItsCell()
    {
        List<SheetSpec> sheets = Editable();
        string cell = Set(sheets, "单位", 4, "mechanism.allStaff", "有");

        ReadBuilt(sheets).Problems.Select(Of).Should().Equal($"单位!{cell} (mechanism.allStaff): invalid-value");
    }

    [Fact]
    public void Read_DivisionCodesStoredAsNumbers_Accepted()
    {
        List<SheetSpec> sheets = Editable();
        foreach ((string sheet, string field) in new[] { ("县", "code"), ("村", "code"), ("村", "county"), ("县结对", "county"), ("驻村干部", "village") })
        {
            for (int row = 2; row <= Sheet(sheets, sheet).Rows.Count; row++)
            {
                Set(sheets, sheet, row, field, double.Parse((string)Get(sheets, sheet, row, field)!, CultureInfo.InvariantCulture));
            }
        }

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Should().BeEmpty();
        AssessmentWriter.Write(read.Value.Assess()).Should().Equal(s_smallJsonAssessment.Value);
    }

    [Fact]
    public void Read_CountyByName_ResolvedThroughTheCaseThenTheReferenceData()
    {
        List<SheetSpec> sheets = Editable();
        string code = (string)Get(sheets, "村", 2, "county")!;
        int countyRow = Sheet(sheets, "县").Rows.FindIndex(r => (string?)r[0] == code) + 1;
        string name = (string)Get(sheets, "县", countyRow, "name")!;
        Set(sheets, "村", 2, "county", name);
        string other = (string)Get(sheets, "县结对", 2, "county")!;
        SichuanPovertyCounties.TryFind(DivisionCode.Parse(other), out PovertyCountyReference? reference).Should().BeTrue();
        int otherRow = Sheet(sheets, "县").Rows.FindIndex(r => (string?)r[0] == other) + 1;
        Set(sheets, "县", otherRow, "name", "别名" + reference!.Name);
        Set(sheets, "县结对", 2, "county", reference.Name);

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Should().BeEmpty();
        read.Value.Roster.Villages.First().County.Value.Should().Be(code);
        read.Value.Roster.Pairings.Should().Contain(p => p.County.Value == other);
    }

    [Fact]
    public void Read_UnknownCountyName_OneInvalidValueAtItsCell()
    {
        List<SheetSpec> sheets = Editable();
        string cell = Set(sheets, "村", 2, "county", "不存在县");

        ReadBuilt(sheets).Problems.Select(Of).Should().Equal($"村!{cell} (county): invalid-value");
    }

    [Fact]
    public void Read_HeadersInShuffledOrderAndShortForms_Accepted()
    {
        List<SheetSpec> sheets = Editable();
        foreach (SheetSpec sheet in sheets.Where(s => s.Name is "活动" or "单位" or "县"))
        {
            for (int r = 0; r < sheet.Rows.Count; r++)
            {
                object?[] row = sheet.Rows[r];
                Array.Resize(ref row, sheet.Rows[0].Length);
                Array.Reverse(row);
                sheet.Rows[r] = row;
            }
        }
        object?[] header = Sheet(sheets, "活动").Rows[0];
        header[0] = ((string)header[0]!).Split(' ')[0];
        header[1] = ((string)header[1]!).Split(' ')[1];

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Should().BeEmpty();
        AssessmentWriter.Write(read.Value.Assess()).Should().Equal(s_smallJsonAssessment.Value);
    }

    [Fact]
    public void Read_ShuffledHeaders_ProblemsStillAtTheRightColumn()
    {
        List<SheetSpec> sheets = Editable();
        SheetSpec activities = Sheet(sheets, "活动");
        for (int r = 0; r < activities.Rows.Count; r++)
        {
            object?[] row = activities.Rows[r];
            Array.Resize(ref row, activities.Rows[0].Length);
            Array.Reverse(row);
            activities.Rows[r] = row;
        }
        string cell = Set(sheets, "活动", 7, "on", "2019/13/1");

        ReadBuilt(sheets).Problems.Select(Of).Should().Equal($"活动!{cell} (on): invalid-date");
        cell.Should().StartWith("E");
    }

    [Fact]
    public void Read_MissingRequiredColumn_OneProblemNamingSheetAndHeader()
    {
        List<SheetSpec> sheets = Editable();
        SheetSpec activities = Sheet(sheets, "活动");
        int kind = ColumnOf(activities, "kind");
        for (int r = 0; r < activities.Rows.Count; r++)
        {
            activities.Rows[r] = [.. activities.Rows[r].Where((_, c) => c != kind)];
        }

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Select(Of).Should().Equal("活动!1:1: missing-column");
        read.Problems[0].Message.Should().Contain("活动类别 kind");
    }

    [Fact]
    public void Read_UnknownHeader_OneProblemAtTheHeaderCell()
    {
        List<SheetSpec> sheets = Editable();
        SheetSpec units = Sheet(sheets, "单位");
        int width = units.Rows[0].Length;
        object?[] header = units.Rows[0];
        Array.Resize(ref header, width + 1);
        header[width] = "备注";
        units.Rows[0] = header;

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Select(Of).Should().Equal($"单位!{Columns.Letter(width)}1: unknown-header");
        read.Problems[0].Message.Should().Contain("备注");
    }

    [Fact]
    public void Read_UnknownSheet_OneProblemNamingIt()
    {
        List<SheetSpec> sheets = Editable();
        sheets.Add(new SheetSpec("备忘", [["说明"], ["随手记"]]));

        ReadBuilt(sheets).Problems.Select(Of).Should().Equal("备忘: unknown-sheet");
    }

    [Fact]
    public void Read_FormulaCell_OneFormulaProblemAtItsCell()
    {
        List<SheetSpec> sheets = Editable();
        double year = (double)Get(sheets, "县", 3, "plannedDelistingYear")!;
        string cell = Set(sheets, "县", 3, "plannedDelistingYear", new FormulaCell("2018+1", year));

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Select(Of).Should().Equal($"县!{cell} (plannedDelistingYear): formula");
    }

    [Fact]
    public void Read_MergedCellsInARecordSheet_OneProblemNamingTheRange()
    {
        List<SheetSpec> sheets = Editable();
        SheetSpec units = Sheet(sheets, "单位");
        int kind = ColumnOf(units, "kind");
        units.Rows[2][kind] = null;
        string range = $"{Columns.Letter(kind)}2:{Columns.Letter(kind)}3";
        units.Merges.Add(range);

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Select(Of).Should().Equal($"单位!{range}: merged-cells");
    }

    [Fact]
    public void Read_SeveralBadCellsInDifferentSheets_AllAtOnceWithoutCascade()
    {
        List<SheetSpec> sheets = Editable();
        string date = Set(sheets, "活动", 4, "on", "2019/2/30");
        string kind = Set(sheets, "单位", 2, "kind", "大学");
        string staff = Set(sheets, "单位", 5, "mechanism.allStaff", "也许");
        string grade = Set(sheets, "干部等次", 3, "grade", "极好");
        string year = Set(sheets, "县", 2, "plannedDelistingYear", new FormulaCell("2018+1", 2019));
        string unit = Set(sheets, "驻村干部", 2, "unit", "U-999");

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Success.Should().BeFalse();
        read.Problems.Select(Of).Should().BeEquivalentTo(
            $"活动!{date} (on): invalid-date",
            $"单位!{kind} (kind): invalid-value",
            $"单位!{staff} (mechanism.allStaff): invalid-value",
            $"干部等次!{grade} (grade): invalid-value",
            $"县!{year} (plannedDelistingYear): formula",
            $"驻村干部!{unit} (unit): unknown-reference");
    }

    [Fact]
    public void Read_NotAZip_OneNotAWorkbookProblem()
    {
        WorkbookReadResult read = Read("单位编号,单位名称\nU-001,某厅\n"u8.ToArray());

        read.Problems.Select(Of).Should().Equal("(workbook): not-a-workbook");
    }

    [Fact]
    public void Read_ZipWithoutWorkbook_OneNotAWorkbookProblem()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using StreamWriter writer = new(zip.CreateEntry("hello.txt").Open());
            writer.Write("hello");
        }

        Read(stream.ToArray()).Problems.Select(Of).Should().Equal("(workbook): not-a-workbook");
    }

    [Fact]
    public void Read_ZipBomb_OneLimitProblemBeforeInflating()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using Stream entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 32; i++)
            {
                entry.Write(zeros);
            }
        }
        stream.Length.Should().BeLessThan(1 << 18);

        WorkbookReadResult read = Read(stream.ToArray());

        read.Problems.Select(Of).Should().Equal("(workbook): limit-exceeded");
        read.Problems[0].Message.Should().Contain("MaxCompressionRatio");
    }

    [Fact]
    public void Read_PartsDeclaringMoreThanTheLimit_OneLimitProblem()
    {
        WorkbookReadResult read = Read(WorkbookOf(s_small.Value), new WorkbookReadOptions { MaxUncompressedBytes = 10_000 });

        read.Problems.Select(Of).Should().Equal("(workbook): limit-exceeded");
        read.Problems[0].Message.Should().Contain("MaxUncompressedBytes");
    }

    [Fact]
    public void Read_FileLargerThanTheLimit_OneLimitProblem()
    {
        WorkbookReadResult read = Read(WorkbookOf(s_small.Value), new WorkbookReadOptions { MaxFileBytes = 1000 });

        read.Problems.Select(Of).Should().Equal("(workbook): limit-exceeded");
        read.Problems[0].Message.Should().Contain("MaxFileBytes");
    }

    [Fact]
    public void Read_SheetOfAMillionEmptyRows_ReadQuickly()
    {
        List<SheetSpec> sheets = Editable();
        int index = sheets.FindIndex(s => s.Name == "活动");
        int first = sheets[index].Rows.Count + 1;
        sheets[index] = new SheetSpec("活动", sheets[index].Rows) { ExtraRows = w => EmptyRows(w, first, 1_000_000) };
        byte[] xlsx = XlsxBuilder.Build(sheets);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        WorkbookReadResult read = Read(xlsx);

        watch.Stop();
        read.Problems.Should().BeEmpty();
        AssessmentWriter.Write(read.Value.Assess()).Should().Equal(s_smallJsonAssessment.Value);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void Read_SheetLongerThanTheRowLimit_OneLimitProblemAtTheSheet()
    {
        List<SheetSpec> sheets = Editable();
        int index = sheets.FindIndex(s => s.Name == "活动");
        int first = sheets[index].Rows.Count + 1;
        sheets[index] = new SheetSpec("活动", sheets[index].Rows) { ExtraRows = w => EmptyRows(w, first, 1000) };

        WorkbookReadResult read = ReadBuilt(sheets, new WorkbookReadOptions { MaxRowsPerSheet = 500 });

        read.Problems.Select(Of).Should().Contain("活动: limit-exceeded");
        read.Success.Should().BeFalse();
    }

    private static void EmptyRows(TextWriter writer, int first, int count)
    {
        for (int r = first; r < first + count; r++)
        {
            writer.Write("<row r=\"");
            writer.Write(r.ToString(CultureInfo.InvariantCulture));
            writer.Write("\"/>");
        }
    }

    [Fact]
    public void Read_PlainNumberInADateColumn_OneInvalidDate()
    {
        List<SheetSpec> sheets = Editable();
        string cell = Set(sheets, "活动", 6, "on", 43567.0);

        ReadBuilt(sheets).Problems.Select(Of).Should().Equal($"活动!{cell} (on): invalid-date");
    }

    [Fact]
    public void Read_DateCell_ReadAsItsDate()
    {
        List<SheetSpec> sheets = Editable();
        string id = (string)Get(sheets, "活动", 6, "id")!;
        Set(sheets, "活动", 6, "on", new DateTime(2019, 4, 12));

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Should().BeEmpty();
        read.Value.Ledger.Single(a => a.Id.Value == id).Time.Date.Should().Be(new LocalDate(2019, 4, 12));
    }

    [Fact]
    public void Read_ZipEntryDeclaringAHugeSize_OneLimitProblemBeforeInflating()
    {
        byte[] xlsx = XlsxBuilder.Build([new SheetSpec("案例", [["格式 format"], ["pairing-case/1"]])]);
        // Every central-directory record (PK 1 2) declares 2 GiB uncompressed: the bytes stay small.
        int patched = 0;
        for (int i = 0; i + 28 <= xlsx.Length; i++)
        {
            if (xlsx[i] == 0x50 && xlsx[i + 1] == 0x4B && xlsx[i + 2] == 0x01 && xlsx[i + 3] == 0x02)
            {
                BitConverter.TryWriteBytes(xlsx.AsSpan(i + 24, 4), 0x7FFF_FFFF).Should().BeTrue();
                patched++;
            }
        }
        patched.Should().BeGreaterThan(0);
        xlsx.Length.Should().BeLessThan(10_000);

        WorkbookReadResult read = Read(xlsx);

        read.Problems.Select(Of).Should().Equal("(workbook): limit-exceeded");
    }

    [Fact]
    public void Read_DuplicateLeaderId_ProblemAtTheSecondAndTheMessageNamesTheFirstsCell()
    {
        List<SheetSpec> sheets = Editable();
        string first = (string)Get(sheets, "领导", 2, "id")!;
        string cell = Set(sheets, "领导", 5, "id", first);

        WorkbookReadResult read = ReadBuilt(sheets);

        read.Problems.Select(Of).Should().Contain($"领导!{cell} (id): duplicate-id");
        Problem duplicate = read.Problems.Single(p => p.Code == ProblemCodes.DuplicateId);
        duplicate.Message.Should().NotContain("$.").And.Contain("领导!");
        duplicate.ChineseMessage.Should().NotContain("$.");
    }
}
