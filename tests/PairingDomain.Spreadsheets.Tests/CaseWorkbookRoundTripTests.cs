using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using PairingDomain.Json;
using PairingDomain.Spreadsheets.Schema;
using PairingDomain.Spreadsheets.Tests.Support;
using PairingDomain.Testing;

namespace PairingDomain.Spreadsheets.Tests;

/// <summary>
/// A filled workbook holds, cell for cell, what the JSON CaseWriter writes for the same case: the same records in the same
/// order, each value as the schema's kind says (the ground the workbook reader's round trip will stand on).
/// </summary>
public sealed class CaseWorkbookRoundTripTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Write_SyntheticProvince_EveryCellAsTheJsonValue(bool version2)
    {
        PairingCase province = SyntheticProvince.Generate(version2
            ? SyntheticOptions.Scaled(40 / 370.0, seed: 7) with { IncludeCadreWork = true }
            : SyntheticOptions.Scaled(40 / 370.0, seed: 7));
        JsonElement document = JsonDocument.Parse(CaseWriter.Write(province)).RootElement;
        Workbook book = Workbook.Write(s => CaseWorkbookWriter.Write(s, province));

        int cells = 0;
        foreach (SheetSchema sheet in CaseWorkbookSchema.Sheets)
        {
            List<(JsonElement Record, string? Parent)> records = Records(document, sheet.Member);
            List<object?[]> rows = [.. book.Sheet(sheet.Name).Skip(1)];
            rows.Should().HaveCount(records.Count, sheet.Name);
            for (int r = 0; r < rows.Count; r++)
            {
                for (int c = 0; c < sheet.Columns.Length; c++)
                {
                    ColumnSchema column = sheet.Columns[c];
                    object? expected = Expected(column, Field(records[r], sheet.Member, column.Field));
                    object? actual = c < rows[r].Length ? rows[r][c] : null;
                    actual.Should().Be(expected, $"{sheet.Name}!{Columns.Letter(c)}{r + 2} ({column.Field})");
                    cells++;
                }
            }
        }
        cells.Should().BeGreaterThan(1000);
        book.Records("案例").Single()["格式 format"].Should().Be(version2 ? "pairing-case/2" : "pairing-case/1");
    }

    private static List<(JsonElement, string?)> Records(JsonElement document, string member) => member switch
    {
        "(case)" => [(document, null)],
        "units[].leaders" => [.. document.GetProperty("units").EnumerateArray()
            .SelectMany(u => u.GetProperty("leaders").EnumerateArray().Select(l => (l, (string?)u.GetProperty("id").GetString())))],
        _ => document.TryGetProperty(member, out JsonElement array) ? [.. array.EnumerateArray().Select(e => (e, (string?)null))] : [],
    };

    private static JsonElement? Field((JsonElement Record, string? Parent) record, string member, string field)
    {
        if (member == "units[].leaders" && field == "unit")
        {
            return JsonDocument.Parse(JsonSerializer.Serialize(record.Parent)).RootElement;
        }
        JsonElement value = record.Record;
        foreach (string part in field.Split('.'))
        {
            if (!value.TryGetProperty(part, out value))
            {
                return null;
            }
        }
        return value.ValueKind == JsonValueKind.Null ? null : value;
    }

    /// <summary>What a cell holds for a JSON value, as ExcelDataReader gives it back: text, a double, a DateTime, or null.</summary>
    private static object? Expected(ColumnSchema column, JsonElement? json)
    {
        if (json is not { } value)
        {
            return null;
        }
        string Label(string id) => column.Values.Single(v => v.ContractId == id).ChineseName;
        return column.Kind switch
        {
            ColumnKind.Date => DateTime.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            ColumnKind.Integer or ColumnKind.Decimal => value.GetDouble(),
            ColumnKind.YesNo => value.GetBoolean() ? "是" : "否",
            ColumnKind.Enumeration when column.Field == "format" => value.GetString(),
            ColumnKind.Enumeration => Label(value.GetString()!),
            ColumnKind.EnumerationList => value.GetArrayLength() == 0 ? null
                : string.Join(";", value.EnumerateArray().Select(e => Label(e.GetString()!))),
            ColumnKind.CodeList => value.GetArrayLength() == 0 ? null : string.Join(";", value.EnumerateArray().Select(e => e.GetString())),
            _ => value.GetString(),
        };
    }
}
