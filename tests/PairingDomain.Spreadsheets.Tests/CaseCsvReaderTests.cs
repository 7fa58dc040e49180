using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PairingDomain.Json;
using PairingDomain.Spreadsheets.Schema;
using PairingDomain.Spreadsheets.Tests.Support;

namespace PairingDomain.Spreadsheets.Tests;

/// <summary>
/// A folder of CSV files saved from the case workbook reads to the JSON path's case, in UTF-8 with or without BOM and in
/// GB18030, each file's encoding detected and reported.
/// </summary>
public sealed class CaseCsvReaderTests : IDisposable
{
    private readonly string _folder = CsvFolder.NewFolder();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static List<(string Name, List<object?[]> Rows)> Sheets(PairingCase @case) =>
        [.. Workbook.Read(CaseWorkbookReaderTests.WorkbookOf(@case)).Sheets
            .Where(s => s.Name is not (CaseWorkbookSchema.GuideSheet or CaseWorkbookSchema.ValuesSheet))];

    public static TheoryData<bool, string> Encodings => new()
    {
        { false, "utf-8-bom" }, { false, "utf-8" }, { false, "gb18030" }, { true, "utf-8-bom" }, { true, "gb18030" },
    };

    private static Encoding EncodingOf(string name) => name switch
    {
        "utf-8-bom" => new UTF8Encoding(true),
        "utf-8" => new UTF8Encoding(false),
        _ => CsvFolder.Gb18030,
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ReadFolder_SyntheticProvinceSavedAsCsv_AssessesToTheJsonPathsBytes(bool version2, string encoding)
    {
        PairingCase province = CaseWorkbookReaderTests.Province(version2);
        CaseReadResult json = CaseReader.Read(CaseWriter.Write(province));
        List<(string Name, List<object?[]> Rows)> sheets = Sheets(province);
        CsvFolder.Write(_folder, sheets, EncodingOf(encoding));

        WorkbookReadResult read = CaseCsvReader.ReadFolder(_folder);

        read.Problems.Should().BeEmpty();
        AssessmentWriter.Write(read.Value.Assess()).Should().Equal(AssessmentWriter.Write(json.Case.Assess()));
        read.Encodings.Should().HaveCount(sheets.Count).And.OnlyContain(e => e.Encoding == encoding);
        read.Encodings.Select(e => e.File).Should().Contain("活动.csv");
    }

    [Fact]
    public void ReadFolder_FilesNamedByContractMember_AcceptedAndEachEncodingReported()
    {
        PairingCase province = CaseWorkbookReaderTests.Province(false);
        List<(string Name, List<object?[]> Rows)> sheets = Sheets(province);
        CsvFolder.Write(_folder, sheets.Take(4), CsvFolder.Gb18030,
            name => CaseWorkbookSchema.Sheets.Single(s => s.Name == name).Member.Split('.')[^1]);
        CsvFolder.Write(_folder, sheets.Skip(4), new UTF8Encoding(false));

        WorkbookReadResult read = CaseCsvReader.ReadFolder(_folder);

        read.Problems.Should().BeEmpty();
        AssessmentWriter.Write(read.Value.Assess()).Should().Equal(AssessmentWriter.Write(province.Assess()));
        read.Encodings.Should().Contain(new CsvFileEncoding("units.csv", "gb18030"))
            .And.Contain(new CsvFileEncoding("leaders.csv", "gb18030"))
            .And.Contain(new CsvFileEncoding("活动.csv", "utf-8"));
    }

    [Fact]
    public void ReadFolder_BadCellInGb18030File_ProblemAtItsRowAndColumn()
    {
        PairingCase province = CaseWorkbookReaderTests.Province(false);
        List<(string Name, List<object?[]> Rows)> sheets = Sheets(province);
        List<object?[]> activities = sheets.Single(s => s.Name == "活动").Rows;
        int on = Array.IndexOf(activities[0], "日期 on");
        activities[6][on] = "2019年2月30日";
        CsvFolder.Write(_folder, sheets, CsvFolder.Gb18030);

        WorkbookReadResult read = CaseCsvReader.ReadFolder(_folder);

        read.Problems.Select(p => p.ToString()).Should().Equal($"活动!{Columns.Letter(on)}7 (on): invalid-date: 2019年2月30日 is not a date");
    }

    [Fact]
    public void ReadFolder_FileLargerThanTheLimit_OneLimitProblemNamingTheFile()
    {
        PairingCase province = CaseWorkbookReaderTests.Province(false);
        CsvFolder.Write(_folder, Sheets(province), new UTF8Encoding(false));

        WorkbookReadResult read = CaseCsvReader.ReadFolder(_folder, new WorkbookReadOptions { MaxCsvFileBytes = 4096 });

        read.Success.Should().BeFalse();
        read.Problems.Select(p => $"{p.Path}: {p.Code}").Should().Contain("活动.csv: limit-exceeded");
    }

    [Fact]
    public void ReadFolder_UnknownFile_OneUnknownSheetProblem()
    {
        PairingCase province = CaseWorkbookReaderTests.Province(false);
        CsvFolder.Write(_folder, Sheets(province), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(_folder, "备忘.csv"), "说明\r\n随手记\r\n");
        File.WriteAllText(Path.Combine(_folder, "readme.txt"), "not a sheet");

        WorkbookReadResult read = CaseCsvReader.ReadFolder(_folder);

        read.Problems.Select(p => $"{p.Path}: {p.Code}").Should().Equal("备忘.csv: unknown-sheet");
    }

    [Fact]
    public void ReadFolder_BlankRowsBetweenRecords_ProblemsStillAtTheRowsExcelShows()
    {
        // The records map back to their rows by runs of consecutive rows: every blank row starts a new run.
        PairingCase province = CaseWorkbookReaderTests.Province(false);
        List<(string Name, List<object?[]> Rows)> sheets = Sheets(province);
        List<object?[]> activities = sheets.Single(s => s.Name == "活动").Rows;
        int on = Array.IndexOf(activities[0], "日期 on");
        int width = activities[0].Length;
        activities[40][on] = "2019-13-01";
        activities[900][on] = "2019/2/30";
        activities.Insert(700, new object?[width]);
        activities.Insert(30, new object?[width]);
        activities.Insert(30, new object?[width]);
        activities.Insert(5, new object?[width]);
        CsvFolder.Write(_folder, sheets, new UTF8Encoding(false));

        WorkbookReadResult read = CaseCsvReader.ReadFolder(_folder);

        // Row 41 of the sheet as written moved down by the three blank rows above it; row 901 by four.
        read.Problems.Select(p => p.ToString()).Should().Equal(
            $"活动!{Columns.Letter(on)}44 (on): invalid-date: 2019-13-01 is not a date",
            $"活动!{Columns.Letter(on)}905 (on): invalid-date: 2019/2/30 is not a date");
    }

    [Fact]
    public void ReadFolder_RowsPastTheLimitDeepInAFile_OneLimitProblemNamingTheFile()
    {
        PairingCase province = CaseWorkbookReaderTests.Province(false);
        List<(string Name, List<object?[]> Rows)> sheets = Sheets(province);
        sheets.Single(s => s.Name == "活动").Rows.Count.Should().BeGreaterThan(1000);
        CsvFolder.Write(_folder, sheets, new UTF8Encoding(false));

        WorkbookReadResult read = CaseCsvReader.ReadFolder(_folder, new WorkbookReadOptions { MaxRowsPerSheet = 1000 });

        read.Success.Should().BeFalse();
        read.Problems.Where(p => p.Code == JsonProblemCodes.LimitExceeded).Select(p => p.Path).Should().Equal("活动.csv");
    }

    [Fact]
    public void ReadFolder_MalformedLineAtTheEndOfALongFile_OneProblemNamingTheFile()
    {
        PairingCase province = CaseWorkbookReaderTests.Province(false);
        CsvFolder.Write(_folder, Sheets(province), new UTF8Encoding(false));
        File.AppendAllText(Path.Combine(_folder, "活动.csv"), "A-X,\"走访调研,U-001\r\n", new UTF8Encoding(false));

        WorkbookReadResult read = CaseCsvReader.ReadFolder(_folder);

        read.Success.Should().BeFalse();
        read.Problems.Should().ContainSingle(p => p.Path == "活动.csv").Which.Code.Should().Be(ProblemCodes.InvalidValue);
    }
}
