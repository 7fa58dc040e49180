using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using PairingDomain.Json;
using PairingDomain.Places;
using PairingDomain.Spreadsheets.Schema;
using PairingDomain.Spreadsheets.Writing;
using PairingDomain.Time;

namespace PairingDomain.Spreadsheets.Reading;

/// <summary>
/// The one checking path of the spreadsheet readers: turns the sheets read (from a workbook or CSV files) into the
/// pairing-case JSON contract, spooled to a temporary file, one generic loop over <see cref="CaseWorkbookSchema"/>, reads that document with
/// <see cref="CaseReader"/>, and maps every problem's JSONPath back to the cell it came from (<c>活动!D17 (on)</c>).
/// </summary>
/// <remarks>
/// A cell the normalizer cannot interpret (a date that is no date, an unknown label, a word that is neither 是 nor 否)
/// gets its own problem at the cell; its raw text is passed on, and the reader's problem at that JSONPath or under it is
/// dropped, so one bad cell is one problem.
/// </remarks>
internal sealed partial class CaseNormalizer
{
    private const string CaseMember = "(case)";
    private const string LeadersMember = "units[].leaders";

    private readonly WorkbookReadOptions _options;
    private readonly List<Problem> _problems = [];
    private readonly HashSet<string> _ownPaths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordLocation> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RowMap> _rowMaps = new(StringComparer.Ordinal);

    /// <summary>How many bytes the JSON writer holds before it writes them to the spool.</summary>
    private const int FlushAt = 64 * 1024;
    private readonly Dictionary<string, string> _members = new(StringComparer.Ordinal);
    private readonly HashSet<(string Sheet, string Field)> _missingColumns = [];
    private readonly Dictionary<string, string> _countyNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Location, string Sheet, string? Field)> _exact = new(StringComparer.Ordinal);

    private CaseNormalizer(WorkbookReadOptions options) => _options = options;

    /// <summary>Reads the sheets as a case; <paramref name="problems"/> are those the source already found (limits, formulas).</summary>
    public static WorkbookReadResult Read(IReadOnlyList<RawSheet> sheets, IEnumerable<Problem> problems, WorkbookReadOptions options,
        ImmutableArray<CsvFileEncoding> encodings)
    {
        var normalizer = new CaseNormalizer(options);
        normalizer._problems.AddRange(problems);
        return normalizer.Run(sheets, encodings);
    }

    /// <summary>Where a record came from: its sheet and its row.</summary>
    private sealed record RecordLocation(BoundSheet Sheet, int Row);

    /// <summary>A sheet of the schema with the columns its header row gave it.</summary>
    private sealed class BoundSheet(SheetSchema schema, RawSheet? raw)
    {
        public SheetSchema Schema { get; } = schema;

        public RawSheet? Raw { get; } = raw;

        /// <summary>For each schema column, the source column holding it; -1 when absent.</summary>
        public int[] SourceColumn { get; } = Enumerable.Repeat(-1, schema.Columns.Length).ToArray();

        public IEnumerable<RawRow> Rows => Raw is null ? [] : Raw.Rows.Where(r => !r.IsBlank);

        public bool HasRows => Raw?.HasRows ?? false;

        public RawCell Cell(RawRow row, int column) => SourceColumn[column] < 0 ? default : row[SourceColumn[column]];

        public string Location(int row, string? field)
        {
            if (field is not null)
            {
                int index = Schema.Columns.IndexOf(Schema.Columns.FirstOrDefault(c => c.Field == field)!);
                if (index >= 0)
                {
                    int source = SourceColumn[index];
                    string letter = source >= 0 ? WorkbookOutput.ColumnName(source) : "?";
                    return string.Create(CultureInfo.InvariantCulture, $"{Schema.Name}!{letter}{row} ({field})");
                }
            }
            return string.Create(CultureInfo.InvariantCulture, $"{Schema.Name}!{row}:{row}");
        }
    }

    private WorkbookReadResult Run(IReadOnlyList<RawSheet> sheets, ImmutableArray<CsvFileEncoding> encodings)
    {
        Dictionary<string, BoundSheet> bound = Bind(sheets);
        CollectCountyNames(bound);
        CaseReadResult read;
        // The contract document is spooled to a temporary file, which CaseReader reads as it streams: neither the rows
        // nor the document are ever held whole, so the memory an import takes beyond the case it builds does not grow
        // with its rows.
        using (FileStream spool = OpenSpool())
        {
            using (var writer = new Utf8JsonWriter(spool))
            {
                Write(writer, bound);
            }
            spool.Position = 0;
            read = CaseReader.Read(spool, _options.Editions);
        }
        foreach (RawSheet sheet in sheets)
        {
            if (sheet.LateProblem is { } late)
            {
                _problems.Add(late);
            }
        }
        var problems = new List<Problem>(_problems);
        var seen = new HashSet<(string, string)>(problems.Select(p => (p.Path, p.Code)));
        foreach (Problem problem in read.Problems)
        {
            if (Locations.IsAtOrUnderAny(problem.Path, _ownPaths))
            {
                continue;
            }
            (string location, string? sheet, string? field) = Locate(problem.Path);
            if (sheet is not null && field is not null && _missingColumns.Contains((sheet, field)))
            {
                continue;
            }
            // An assembled pairing cut from one membership row names that row once, however many pairings it made.
            if (seen.Add((location, problem.Code)))
            {
                problems.Add(new Problem(location, problem.Code, Relocate(problem.Message), Relocate(problem.ChineseMessage)));
            }
        }
        return problems.Count == 0 && read.Success
            ? WorkbookReadResult.Ok(read.Case, encodings)
            : WorkbookReadResult.Failure([.. problems], encodings);
    }

    /// <summary>Matches each source sheet to the schema and each header to a column; unknown ones are problems.</summary>
    private Dictionary<string, BoundSheet> Bind(IReadOnlyList<RawSheet> sheets)
    {
        var bound = new Dictionary<string, BoundSheet>(StringComparer.Ordinal);
        foreach (RawSheet raw in sheets)
        {
            string name = raw.Name.Trim();
            if (name is CaseWorkbookSchema.GuideSheet or CaseWorkbookSchema.ValuesSheet)
            {
                continue;
            }
            SheetSchema? schema = CaseWorkbookSchema.Sheets.FirstOrDefault(s => s.Name == name || s.Member == name);
            if (schema is null)
            {
                if (raw.Header is not null || raw.HasRows)
                {
                    // A CSV file is named by its file: that is what the officer renames or removes.
                    Add(raw.File ?? name, SpreadsheetProblemCodes.UnknownSheet,
                        $"'{name}' is no sheet of the case workbook (the sheets: {string.Join("、", CaseWorkbookSchema.Sheets.Select(s => s.Name))})",
                        $"“{name}”不是案例工作簿的工作表（应为：{string.Join("、", CaseWorkbookSchema.Sheets.Select(s => s.Name))}）");
                }
                continue;
            }
            if (bound.ContainsKey(schema.Name))
            {
                Add(name, SpreadsheetProblemCodes.UnknownSheet, $"the sheet {schema.Name} is given twice", $"工作表“{schema.Name}”重复");
                continue;
            }
            var sheet = new BoundSheet(schema, raw);
            bound[schema.Name] = sheet;
            BindHeader(sheet);
        }
        foreach (SheetSchema schema in CaseWorkbookSchema.Sheets.Where(s => !bound.ContainsKey(s.Name)))
        {
            bound[schema.Name] = new BoundSheet(schema, null);
        }
        return bound;
    }

    private void BindHeader(BoundSheet sheet)
    {
        RawRow? header = sheet.Raw!.Header;
        if (header is null)
        {
            return;
        }
        SheetSchema schema = sheet.Schema;
        for (int c = 0; c < header.Cells.Length; c++)
        {
            RawCell cell = header.Cells[c];
            if (cell.IsBlank)
            {
                continue;
            }
            string text = cell.Text!.Trim();
            string at = string.Create(CultureInfo.InvariantCulture, $"{schema.Name}!{WorkbookOutput.ColumnName(c)}{header.Number}");
            int index = schema.Columns.IndexOf(schema.Columns.FirstOrDefault(col => Matches(col, text))!);
            if (index < 0)
            {
                Add(at, SpreadsheetProblemCodes.UnknownHeader,
                    $"'{text}' names no column of {schema.Name} (the columns: {string.Join("、", schema.Columns.Select(x => x.Header))})",
                    $"“{text}”不是“{schema.Name}”表的列（应为：{string.Join("、", schema.Columns.Select(x => x.Header))}）");
            }
            else if (sheet.SourceColumn[index] >= 0)
            {
                Add(at, SpreadsheetProblemCodes.DuplicateHeader,
                    $"'{text}' names the column {schema.Columns[index].Header} again (first in column {WorkbookOutput.ColumnName(sheet.SourceColumn[index])})",
                    $"“{text}”与第 {WorkbookOutput.ColumnName(sheet.SourceColumn[index])} 列重复");
            }
            else
            {
                sheet.SourceColumn[index] = c;
            }
        }
        if (!sheet.Raw.HasRows)
        {
            return;
        }
        for (int i = 0; i < schema.Columns.Length; i++)
        {
            ColumnSchema column = schema.Columns[i];
            if (sheet.SourceColumn[i] < 0 && column.Requirement == Requirement.Required)
            {
                _missingColumns.Add((schema.Name, column.Field));
                Add(string.Create(CultureInfo.InvariantCulture, $"{schema.Name}!{header.Number}:{header.Number}"), SpreadsheetProblemCodes.MissingColumn,
                    $"{schema.Name} has rows but no column '{column.Header}', which is required",
                    $"“{schema.Name}”表缺少必填列“{column.Header}”");
            }
        }
    }

    private static bool Matches(ColumnSchema column, string header) =>
        header == column.Header || header == column.ChineseHeader || header == column.Field
        || string.Join(' ', header.Split(' ', StringSplitOptions.RemoveEmptyEntries)) == column.Header;

    /// <summary>The case's own counties by name (from 县), which a county column may give instead of the code.</summary>
    private void CollectCountyNames(Dictionary<string, BoundSheet> bound)
    {
        BoundSheet counties = bound["县"];
        int code = counties.Schema.IndexOf("code");
        int name = counties.Schema.IndexOf("name");
        foreach (RawRow row in counties.Rows)
        {
            string? n = counties.Cell(row, name).Text?.Trim();
            string? c = Plain(counties.Cell(row, code));
            if (!string.IsNullOrEmpty(n) && !string.IsNullOrEmpty(c))
            {
                _countyNames.TryAdd(n, c);
            }
        }
    }

    private void Write(Utf8JsonWriter writer, Dictionary<string, BoundSheet> bound)
    {
        writer.WriteStartObject();
        BoundSheet caseSheet = bound[CaseWorkbookSchema.CaseSheet.Name];
        List<RawRow> caseRows = [.. caseSheet.Rows];
        _records["$"] = new RecordLocation(caseSheet, caseRows.Count > 0 ? caseRows[0].Number : 2);
        if (caseRows.Count > 0)
        {
            WriteFields(writer, caseSheet, caseRows[0], "$");
            foreach (RawRow extra in caseRows.Skip(1))
            {
                Add(caseSheet.Location(extra.Number, null), ProblemCodes.InvalidValue,
                    $"{caseSheet.Schema.Name} holds one row; this is another", $"“{caseSheet.Schema.Name}”表只填一行，此行多余");
            }
        }
        foreach (SheetSchema schema in CaseWorkbookSchema.Sheets)
        {
            if (schema.Member is CaseMember or LeadersMember or CaseWorkbookSchema.MembershipMember)
            {
                continue;
            }
            BoundSheet sheet = bound[schema.Name];
            string member = "$." + schema.Member;
            _members[member] = schema.Name;
            // The units are few and walked twice (their ids place the leaders); every other sheet streams by once.
            List<RawRow>? unitRows = schema.Member == "units" ? [.. sheet.Rows] : null;
            IEnumerable<RawRow> rows = unitRows ?? sheet.Rows;
            Dictionary<string, List<RawRow>>? leaders = unitRows is null ? null : LeadersByUnit(bound, unitRows);
            Assembled? assembled = schema.Member == "countyPairings" ? Assemble(bound[CaseWorkbookSchema.MembershipSheet]) : null;
            if (!sheet.HasRows && (assembled is null || assembled.Pairings.Count == 0))
            {
                continue;
            }
            var map = new RowMap(sheet);
            _rowMaps[member] = map;
            writer.WriteStartArray(schema.Member);
            int count = 0;
            foreach (RawRow row in rows)
            {
                string path = string.Create(CultureInfo.InvariantCulture, $"{member}[{count}]");
                map.Add(count, row.Number);
                writer.WriteStartObject();
                WriteFields(writer, sheet, row, path);
                if (leaders is not null)
                {
                    WriteLeaders(writer, bound[CaseWorkbookSchema.ForMember(LeadersMember).Name], sheet, row, path, leaders);
                }
                writer.WriteEndObject();
                count++;
                if (writer.BytesPending > FlushAt)
                {
                    writer.Flush();
                }
            }
            if (assembled is not null)
            {
                WriteAssembled(writer, assembled, member, count);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    /// <summary>The leaders' rows by their unit's id; a leader naming no unit of 单位 is a problem at its unit cell.</summary>
    private Dictionary<string, List<RawRow>> LeadersByUnit(Dictionary<string, BoundSheet> bound, List<RawRow> unitRows)
    {
        BoundSheet units = bound["单位"];
        BoundSheet leaders = bound[CaseWorkbookSchema.ForMember(LeadersMember).Name];
        _members["$.units[].leaders"] = leaders.Schema.Name;
        int idColumn = units.Schema.IndexOf("id");
        var ids = new HashSet<string>(unitRows.Select(r => Plain(units.Cell(r, idColumn))).OfType<string>(), StringComparer.Ordinal);
        int unitColumn = leaders.Schema.IndexOf("unit");
        var byUnit = new Dictionary<string, List<RawRow>>(StringComparer.Ordinal);
        foreach (RawRow row in leaders.Rows)
        {
            string? unit = Plain(leaders.Cell(row, unitColumn));
            if (unit is null || !ids.Contains(unit))
            {
                bool missing = unit is null;
                if (!_missingColumns.Contains((leaders.Schema.Name, "unit")))
                {
                    Add(leaders.Location(row.Number, "unit"), missing ? ProblemCodes.MissingField : ProblemCodes.UnknownReference,
                        missing ? "a leader needs the unit it belongs to" : $"unit '{unit}' is no unit of {units.Schema.Name}",
                        missing ? "领导须填所在单位编号" : $"单位“{unit}”不在“{units.Schema.Name}”表中");
                }
                continue;
            }
            if (!byUnit.TryGetValue(unit, out List<RawRow>? list))
            {
                byUnit[unit] = list = [];
            }
            list.Add(row);
        }
        return byUnit;
    }

    private void WriteLeaders(Utf8JsonWriter writer, BoundSheet leaders, BoundSheet units, RawRow unitRow, string unitPath,
        Dictionary<string, List<RawRow>> byUnit)
    {
        string? id = Plain(units.Cell(unitRow, units.Schema.IndexOf("id")));
        if (id is null || !byUnit.Remove(id, out List<RawRow>? rows))
        {
            return;
        }
        writer.WriteStartArray("leaders");
        for (int j = 0; j < rows.Count; j++)
        {
            string path = string.Create(CultureInfo.InvariantCulture, $"{unitPath}.leaders[{j}]");
            _records[path] = new RecordLocation(leaders, rows[j].Number);
            writer.WriteStartObject();
            WriteFields(writer, leaders, rows[j], path, skip: "unit");
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes a record's fields in the schema's order, opening a nested object for <c>a.b</c> fields.</summary>
    private void WriteFields(Utf8JsonWriter writer, BoundSheet sheet, RawRow row, string path, string? skip = null)
    {
        string? open = null;
        for (int c = 0; c < sheet.Schema.Columns.Length; c++)
        {
            ColumnSchema column = sheet.Schema.Columns[c];
            if (column.Field == skip)
            {
                continue;
            }
            int dot = column.Field.IndexOf('.', StringComparison.Ordinal);
            string? parent = dot < 0 ? null : column.Field[..dot];
            string name = dot < 0 ? column.Field : column.Field[(dot + 1)..];
            if (parent != open)
            {
                if (open is not null)
                {
                    writer.WriteEndObject();
                }
                if (parent is not null)
                {
                    writer.WriteStartObject(parent);
                }
                open = parent;
            }
            RawCell cell = sheet.Cell(row, c);
            var at = new CellAt(sheet, row.Number, path, column.Field);
            if (sheet.SourceColumn[c] >= 0 && sheet.Raw!.InMergeTail(row.Number, sheet.SourceColumn[c]))
            {
                // The merged range is reported once; its other cells get no problem of their own.
                _ownPaths.Add(at.Path);
            }
            if (cell.IsBlank)
            {
                continue;
            }
            if (cell.Formula)
            {
                Own(at, SpreadsheetProblemCodes.Formula,
                    $"the cell holds a formula; type the value ({cell.Text})", $"单元格为公式，请直接填写数值（{cell.Text}）");
            }
            else if (cell.Kind == RawKind.Error)
            {
                Own(at, ProblemCodes.InvalidValue, $"{cell.Text} is an error value", $"{cell.Text} 为错误值");
            }
            writer.WritePropertyName(name);
            WriteValue(writer, column, cell, at);
        }
        if (open is not null)
        {
            writer.WriteEndObject();
        }
    }

    private void WriteValue(Utf8JsonWriter writer, ColumnSchema column, RawCell cell, CellAt at)
    {
        string text = cell.Text ?? string.Empty;
        switch (column.Kind)
        {
            case ColumnKind.Date:
                if (Date(cell) is { } date)
                {
                    writer.WriteStringValue(IsoDate.Format(date));
                    return;
                }
                Own(at, JsonProblemCodes.InvalidDate, $"{text} is not a date", $"{text} 不是日期");
                writer.WriteStringValue(text);
                return;
            case ColumnKind.Month:
                writer.WriteStringValue(Month(cell) ?? text);
                return;
            case ColumnKind.Instant when cell.Kind is RawKind.DateNumber or RawKind.Number:
                // WORKBOOK-INSTANT-NEEDS-OFFSET: an Excel date-time has no time zone and the contract's instant needs
                // an offset; none is guessed.
                Own(at, JsonProblemCodes.InvalidDate, InstantCellMessage(cell, english: true), InstantCellMessage(cell, english: false));
                writer.WriteStringValue(text);
                return;
            case ColumnKind.Integer when cell.Kind == RawKind.Number || long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _):
                if (decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal whole) && whole == decimal.Truncate(whole)
                    && whole is >= long.MinValue and <= long.MaxValue)
                {
                    writer.WriteNumberValue((long)whole);
                    return;
                }
                break;
            case ColumnKind.Decimal:
                if (decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
                {
                    writer.WriteNumberValue(number);
                    return;
                }
                break;
            case ColumnKind.YesNo:
                if (YesNo(cell) is { } yes)
                {
                    writer.WriteBooleanValue(yes);
                    return;
                }
                Own(at, ProblemCodes.InvalidValue, $"{text} is neither 是 nor 否", $"{text} 不是“是”或“否”");
                break;
            case ColumnKind.Enumeration:
                writer.WriteStringValue(Enumeration(column, text.Trim(), at) ?? text);
                return;
            case ColumnKind.EnumerationList:
                writer.WriteStartArray();
                foreach (string item in Split(text))
                {
                    writer.WriteStringValue(Enumeration(column, item, at) ?? item);
                }
                writer.WriteEndArray();
                return;
            case ColumnKind.CodeList:
                writer.WriteStartArray();
                foreach (string item in cell.Kind == RawKind.Number ? [Plain(cell)!] : Split(text))
                {
                    writer.WriteStringValue(item);
                }
                writer.WriteEndArray();
                return;
            case ColumnKind.Code:
                writer.WriteStringValue(column.Field == "county" ? County(Plain(cell) ?? text) : Plain(cell) ?? text);
                return;
            case ColumnKind.Text:
                writer.WriteStringValue(cell.Kind == RawKind.Number ? Plain(cell) ?? text : text);
                return;
            default:
                break;
        }
        writer.WriteStringValue(text);
    }

    /// <summary>A code or id as text: a number stored as a number (<c>513431</c>) as its digits, text as typed.</summary>
    private static string? Plain(RawCell cell)
    {
        if (cell.IsBlank)
        {
            return null;
        }
        if (cell.Kind is RawKind.Number or RawKind.DateNumber
            && decimal.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }
        return cell.Text;
    }

    /// <summary>A county cell: a 6-digit code as it is; a name through 县's names, then the 88 poverty counties.</summary>
    private string County(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.All(char.IsAsciiDigit))
        {
            return text;
        }
        if (_countyNames.TryGetValue(trimmed, out string? code))
        {
            return code;
        }
        return SichuanPovertyCounties.TryFindByName(trimmed, out PovertyCountyReference? county) ? county.Code.Value : text;
    }

    private string? Enumeration(ColumnSchema column, string text, CellAt at)
    {
        EnumerationValue? value = column.Values.FirstOrDefault(v => v.IsNamedBy(text));
        if (value is not null)
        {
            return value.ContractId;
        }
        Own(at, ProblemCodes.InvalidValue,
            $"{text} is not one of {string.Join("、", column.Values.Select(v => v.ChineseName))} (or their ids {string.Join(", ", column.Values.Select(v => v.ContractId))})",
            $"{text} 不是可选值之一：{string.Join("、", column.Values.Select(v => v.ChineseName))}");
        return null;
    }

    private static string[] Split(string text) =>
        text.Split([';', '；', '、', ',', '，'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool? YesNo(RawCell cell)
    {
        string text = (cell.Text ?? string.Empty).Trim();
        if (text is CaseWorkbookSchema.Yes or "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (text is CaseWorkbookSchema.No or "0" || text.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return null;
    }

    /// <summary>An Excel date cell, or a typed date: <c>2019-04-12</c>, <c>2019/4/12</c>, <c>2019.4.12</c>, <c>2019年4月12日</c>.</summary>
    internal static LocalDate? Date(RawCell cell)
    {
        string text = (cell.Text ?? string.Empty).Trim();
        if (cell.Kind == RawKind.DateNumber)
        {
            return Serial(text);
        }
        if (cell.Kind != RawKind.Text)
        {
            return null;
        }
        Match match = DatePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }
        return Ymd(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value);
    }

    private static LocalDate? Serial(string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double serial)
            || serial < 1 || serial > 2_958_465 || serial != Math.Floor(serial))
        {
            return null;
        }
        // The 1900 date system: serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was; from
        // serial 61 on, day 0 is 1899-12-30.
        int days = (int)serial;
        return days < 61 ? new LocalDate(1899, 12, 31).PlusDays(days) : new LocalDate(1899, 12, 30).PlusDays(days);
    }

    private static LocalDate? Ymd(string year, string month, string day)
    {
        int y = int.Parse(year, CultureInfo.InvariantCulture);
        int m = int.Parse(month, CultureInfo.InvariantCulture);
        int d = int.Parse(day, CultureInfo.InvariantCulture);
        if (y is < 1 or > 9999 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return null;
        }
        return new LocalDate(y, m, d);
    }

    /// <summary>
    /// The problem of a number or date cell in an instant column (<c>WORKBOOK-INSTANT-NEEDS-OFFSET</c>): what Excel shows
    /// of a date-time cell, and that the instant is to be typed as text with its offset.
    /// </summary>
    private static string InstantCellMessage(RawCell cell, bool english)
    {
        const string Example = "2019-09-30T18:00:00+08:00";
        string text = (cell.Text ?? string.Empty).Trim();
        if (cell.Kind == RawKind.Number)
        {
            return english
                ? $"{text} is a number, not an instant: type the instant as text with its offset, e.g. {Example}"
                : $"{text} 是数字而非时刻：请以文本填写带时区偏移的时刻，如 {Example}";
        }
        string? local = DateTimeSerial(text);
        return english
            ? $"the cell is an Excel date-time{(local is null ? string.Empty : $" ({local})")} without a time zone; type the instant as text with its offset, e.g. {Example}"
            : $"单元格为 Excel 日期时间{(local is null ? string.Empty : $"（{local}）")}，不带时区；请以文本填写带时区偏移的时刻，如 {Example}";
    }

    /// <summary>A date-time serial (1900 date system) as Excel shows it, <c>2019-09-30 18:00:00</c>; null when none.</summary>
    private static string? DateTimeSerial(string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double serial) || serial < 1 || serial >= 2_958_466)
        {
            return null;
        }
        double day = Math.Floor(serial);
        if (Serial(day.ToString(CultureInfo.InvariantCulture)) is not { } date)
        {
            return null;
        }
        long seconds = Math.Min((long)Math.Round((serial - day) * 86_400), 86_399);
        LocalDateTime local = date.AtMidnight().PlusSeconds(seconds);
        return IsoDate.Format(local.Date) + " " + local.TimeOfDay.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>A month: <c>2019-03</c> as typed, <c>2019/3</c>, <c>2019.3</c>, <c>2019年3月</c>, or a date cell's month.</summary>
    private static string? Month(RawCell cell)
    {
        string text = (cell.Text ?? string.Empty).Trim();
        if (cell.Kind == RawKind.DateNumber)
        {
            return Serial(text)?.ToString("uuuu-MM", CultureInfo.InvariantCulture);
        }
        Match match = MonthPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }
        int m = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        return m is >= 1 and <= 12
            ? string.Create(CultureInfo.InvariantCulture, $"{match.Groups["y"].Value}-{m:00}")
            : null;
    }

    /// <summary>A message naming another record by its JSONPath (<c>already used by $.units[3]</c>) names its cell instead.</summary>
    private string Relocate(string message) =>
        message.Contains("$.", StringComparison.Ordinal) ? JsonPathPattern().Replace(message, m => Locate(m.Value).Location) : message;

    [GeneratedRegex(@"\$(?:\.[A-Za-z]+(?:\[\d+\])?)+", RegexOptions.CultureInvariant)]
    private static partial Regex JsonPathPattern();

    [GeneratedRegex(@"^(?<y>\d{4})(?:(?<s>[-/.])(?<m>\d{1,2})\k<s>(?<d>\d{1,2})|年(?<m>\d{1,2})月(?<d>\d{1,2})日)$", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?<y>\d{4})(?:[-/.](?<m>\d{1,2})|年(?<m>\d{1,2})月)$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    /// <summary>The normalizer's own problem at a cell: the reader's problems at that path or under it are dropped.</summary>
    private void Own(CellAt at, string code, string message, string chineseMessage) => Own(at.Path, at.Location, code, message, chineseMessage);

    /// <summary>A cell being written: its path and location are made only when a problem needs them.</summary>
    private readonly record struct CellAt(BoundSheet Sheet, int Row, string RecordPath, string Field)
    {
        public string Path => RecordPath + "." + Field;

        public string Location => Sheet.Location(Row, Field);
    }

    private void Own(string path, string location, string code, string message, string chineseMessage)
    {
        if (!_ownPaths.Add(path))
        {
            return;
        }
        Add(location, code, message, chineseMessage);
    }

    private void Add(string location, string code, string message, string chineseMessage) =>
        _problems.Add(new Problem(location, code, message, chineseMessage));

    /// <summary>The cell a JSONPath points to: the record's sheet and row, the field's column and header.</summary>
    private (string Location, string? Sheet, string? Field) Locate(string path)
    {
        for (string at = path; ; at = Parent(at))
        {
            if (_exact.TryGetValue(at, out (string Location, string Sheet, string? Field) exact))
            {
                return exact;
            }
            if (_members.TryGetValue(at, out string? sheet))
            {
                return (sheet, sheet, null);
            }
            if (_records.TryGetValue(at, out RecordLocation? record) || TryRowMap(at, out record))
            {
                string? field = FieldOf(record.Sheet.Schema, path.Length > at.Length ? path[(at.Length + 1)..] : null);
                return (record.Sheet.Location(record.Row, field), record.Sheet.Schema.Name, field);
            }
            if (at.Length <= 1)
            {
                return ("(workbook)", null, null);
            }
        }
    }

    /// <summary>The schema field a path under a record names: its first member (two for a nested object's).</summary>
    private static string? FieldOf(SheetSchema schema, string? rest)
    {
        if (rest is null)
        {
            return null;
        }
        string[] parts = rest.Split('.', '[');
        string first = parts[0];
        if (parts.Length > 1 && schema.Columns.Any(c => c.Field == first + "." + parts[1]))
        {
            return first + "." + parts[1];
        }
        return schema.Columns.Any(c => c.Field == first) ? first : null;
    }

    /// <summary>The record a path <c>$.member[i]</c> names, through its member's <see cref="RowMap"/>.</summary>
    private bool TryRowMap(string at, [NotNullWhen(true)] out RecordLocation? record)
    {
        record = null;
        int open = at.LastIndexOf('[');
        if (open < 0 || !at.EndsWith(']') || !_rowMaps.TryGetValue(at[..open], out RowMap? map)
            || !int.TryParse(at.AsSpan(open + 1, at.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
        {
            return false;
        }
        record = new RecordLocation(map.Sheet, map.RowOf(index));
        return true;
    }

    /// <summary>A temporary file for the contract document, deleted when closed.</summary>
    private static FileStream OpenSpool() =>
        new(Path.Combine(Path.GetTempPath(), "pairingdomain-" + Guid.NewGuid().ToString("N") + ".json"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.SequentialScan);

    /// <summary>
    /// Which row each record of one member came from, kept as runs of consecutive rows (a run starts at every skipped
    /// blank row), so that a sheet of a million rows maps its records in a few numbers.
    /// </summary>
    private sealed class RowMap(BoundSheet sheet)
    {
        private readonly List<(int Index, int Row)> _runs = [];

        public BoundSheet Sheet { get; } = sheet;

        public void Add(int index, int row)
        {
            if (_runs.Count == 0 || _runs[^1].Row + (index - _runs[^1].Index) != row)
            {
                _runs.Add((index, row));
            }
        }

        public int RowOf(int index)
        {
            int low = 0;
            int high = _runs.Count - 1;
            while (low < high)
            {
                int middle = (low + high + 1) / 2;
                if (_runs[middle].Index <= index)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }
            return _runs[low].Row + (index - _runs[low].Index);
        }
    }

    private static string Parent(string path)
    {
        int cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "$" : path[..cut];
    }
}
