using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Spreadsheets.Schema;
using PairingDomain.Time;

namespace PairingDomain.Spreadsheets.Reading;

/// <summary>The 结对成员 sheet: memberships a row per unit and county, assembled into <c>countyPairings</c>.</summary>
internal sealed partial class CaseNormalizer
{
    /// <summary>The pairings assembled from the memberships, and the row of each (county, unit).</summary>
    private sealed record Assembled(BoundSheet Sheet, IReadOnlyList<CountyPairing> Pairings, Dictionary<(string County, string Unit), int> Rows);

    /// <summary>
    /// Reads the membership rows (each cell as its column's kind, a bad one a problem at it) and assembles them with
    /// <see cref="CountyPairingAssembler"/>, whose problems name the rows; null when the sheet has no rows.
    /// </summary>
    private Assembled? Assemble(BoundSheet sheet)
    {
        List<RawRow> rows = [.. sheet.Rows];
        if (rows.Count == 0)
        {
            return null;
        }
        _members["$." + CaseWorkbookSchema.MembershipMember] = sheet.Schema.Name;
        var assembler = new CountyPairingAssembler();
        var rowOf = new Dictionary<(string, string), int>();
        var rowsByPath = new Dictionary<string, int>(StringComparer.Ordinal);
        bool allRead = true;
        SheetSchema schema = sheet.Schema;
        for (int i = 0; i < rows.Count; i++)
        {
            RawRow row = rows[i];
            string path = string.Create(CultureInfo.InvariantCulture, $"$.{CaseWorkbookSchema.MembershipMember}[{i}]");
            string? unit = Field(sheet, row, path, "unit", cell => Plain(cell) is { } u && UnitId.IsValid(u) ? u : null);
            string? county = Field(sheet, row, path, "county", cell =>
                DivisionCode.TryParse(County(Plain(cell) ?? string.Empty), out DivisionCode code)
                    ? code.Value : null);
            ColumnSchema roleColumn = schema.Column("role");
            string? role = Field(sheet, row, path, "role", cell => roleColumn.Values.FirstOrDefault(v => v.IsNamedBy((cell.Text ?? string.Empty).Trim()))?.ContractId);
            LocalDate? from = DateField(sheet, row, path, "from");
            RawCell toCell = sheet.Cell(row, schema.IndexOf("to"));
            LocalDate? to = toCell.IsBlank ? null : DateField(sheet, row, path, "to");
            if (unit is null || county is null || role is null || from is null || (!toCell.IsBlank && to is null))
            {
                allRead = false;
                continue;
            }
            string at = string.Create(CultureInfo.InvariantCulture, $"{schema.Name}!{row.Number}:{row.Number}");
            rowsByPath[at] = row.Number;
            rowOf.TryAdd((county, unit), row.Number);
            assembler.Add(new PairingMembership(DivisionCode.Parse(county), new UnitId(unit),
                role == "lead" ? PairingRole.Lead : PairingRole.Participant, from.Value, to), at);
        }
        BuildResult<IReadOnlyList<CountyPairing>> built = assembler.Build();
        foreach (Problem problem in built.Problems)
        {
            string location = problem.Path;
            if (location.EndsWith(".to", StringComparison.Ordinal) && rowsByPath.TryGetValue(location[..^3], out int number))
            {
                location = sheet.Location(number, "to");
            }
            Add(location, problem.Code, problem.Message, problem.ChineseMessage);
        }
        return new Assembled(sheet, allRead && built.Success ? built.Value : [], rowOf);
    }

    /// <summary>A required cell read by <paramref name="read"/>; a blank or unreadable one is a problem at it.</summary>
    private string? Field(BoundSheet sheet, RawRow row, string path, string field, Func<RawCell, string?> read)
    {
        RawCell cell = sheet.Cell(row, sheet.Schema.IndexOf(field));
        string location = sheet.Location(row.Number, field);
        if (cell.IsBlank)
        {
            if (!_missingColumns.Contains((sheet.Schema.Name, field)))
            {
                Own(path + "." + field, location, ProblemCodes.MissingField, $"a membership needs '{field}'", $"结对成员须填“{field}”");
            }
            return null;
        }
        string? value = cell.Formula ? null : read(cell);
        if (value is null)
        {
            Own(path + "." + field, location, cell.Formula ? SpreadsheetProblemCodes.Formula : ProblemCodes.InvalidValue,
                cell.Formula ? $"the cell holds a formula; type the value ({cell.Text})" : $"{cell.Text} is not a valid {field}",
                cell.Formula ? $"单元格为公式，请直接填写数值（{cell.Text}）" : $"{cell.Text} 不是有效的 {field}");
        }
        return value;
    }

    private LocalDate? DateField(BoundSheet sheet, RawRow row, string path, string field)
    {
        LocalDate? date = null;
        string? text = Field(sheet, row, path, field, cell =>
        {
            date = Date(cell);
            return date is { } d ? IsoDate.Format(d) : null;
        });
        return text is null ? null : date;
    }

    /// <summary>Writes the assembled pairings after 县结对's own, each field located at the membership row it came from.</summary>
    private void WriteAssembled(Utf8JsonWriter writer, Assembled assembled, string member, int first)
    {
        BoundSheet sheet = assembled.Sheet;
        string name = sheet.Schema.Name;
        for (int k = 0; k < assembled.Pairings.Count; k++)
        {
            CountyPairing pairing = assembled.Pairings[k];
            string path = string.Create(CultureInfo.InvariantCulture, $"{member}[{first + k}]");
            string county = pairing.County.Value;
            int leadRow = assembled.Rows[(county, pairing.Lead.Value)];
            _exact[path] = (sheet.Location(leadRow, null), name, null);
            _exact[path + ".county"] = (sheet.Location(leadRow, "county"), name, "county");
            _exact[path + ".lead"] = (sheet.Location(leadRow, "unit"), name, "unit");
            _exact[path + ".from"] = (sheet.Location(leadRow, "from"), name, "from");
            _exact[path + ".to"] = (sheet.Location(leadRow, "to"), name, "to");
            writer.WriteStartObject();
            writer.WriteString("county", county);
            writer.WriteString("lead", pairing.Lead.Value);
            writer.WriteStartArray("participants");
            for (int p = 0; p < pairing.Participants.Length; p++)
            {
                string unit = pairing.Participants[p].Value;
                int participantRow = assembled.Rows[(county, unit)];
                _exact[string.Create(CultureInfo.InvariantCulture, $"{path}.participants[{p}]")] = (sheet.Location(participantRow, "unit"), name, "unit");
                writer.WriteStringValue(unit);
            }
            writer.WriteEndArray();
            writer.WriteString("from", IsoDate.Format(pairing.Validity.Start));
            if (pairing.Validity.End is { } end)
            {
                writer.WriteString("to", IsoDate.Format(end));
            }
            writer.WriteEndObject();
        }
    }
}
