using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using PairingDomain.Json;
using PairingDomain.Spreadsheets.Schema;
using PairingDomain.Testing;

namespace PairingDomain.Spreadsheets.Tests;

/// <summary>
/// The schema table against the JSON contract as PairingDomain.Json writes it (case-format.md "Case", case-format-2.md §1):
/// every member of a <c>/2</c> case has a sheet, every field a column, and every required column a field always written.
/// </summary>
public sealed class CaseWorkbookSchemaTests
{
    private static readonly string[] s_scalars = ["format", "policy", "year", "asOf"];

    private static readonly JsonElement s_document = JsonDocument.Parse(
        CaseWriter.Write(SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { IncludeCadreWork = true }))).RootElement;

    [Fact]
    public void Sheets_EveryMemberOfTheContractHasASheet()
    {
        string[] members = [.. s_document.EnumerateObject().Select(p => p.Name).Where(n => !s_scalars.Contains(n))];
        members.Should().HaveCount(17, "pairing-case/2 as CaseWriter writes it, outcomes included");
        CaseWorkbookSchema.Sheets.Select(s => s.Member).Should().Contain(members).And.Contain("units[].leaders");
        CaseWorkbookSchema.CaseSheet.Columns.Select(c => c.Field).Should().Equal(s_scalars);
        CaseWorkbookSchema.Sheets.Select(s => s.Name).Should().OnlyHaveUniqueItems().And.OnlyContain(n => n.Length <= 31);
    }

    [Fact]
    public void Columns_EveryFieldOfEveryRecordHasAColumnAndEveryRequiredColumnIsAlwaysWritten()
    {
        // 结对成员 is a workbook form of countyPairings, no member of the contract (CaseNormalizer assembles it).
        foreach (SheetSchema sheet in CaseWorkbookSchema.Sheets.Where(s => s != CaseWorkbookSchema.CaseSheet && s.Member != CaseWorkbookSchema.MembershipMember))
        {
            JsonElement[] records = sheet.Member == "units[].leaders"
                ? [.. s_document.GetProperty("units").EnumerateArray().SelectMany(u => u.GetProperty("leaders").EnumerateArray())]
                : [.. s_document.GetProperty(sheet.Member).EnumerateArray()];
            records.Should().NotBeEmpty(sheet.Member);
            HashSet<string> written = [.. records.SelectMany(Fields)];
            string[] fields = [.. sheet.Columns.Select(c => c.Field).Where(f => !(sheet.Member == "units[].leaders" && f == "unit"))];

            written.Should().BeSubsetOf(fields, $"every field of {sheet.Member} has a column on {sheet.Name}");
            fields.Where(f => sheet.Column(f).Requirement == Requirement.Required).Should()
                .BeSubsetOf(written, $"a required column of {sheet.Name} is a field every {sheet.Member} record has");
            foreach (JsonElement record in records)
            {
                Fields(record).Should().Contain(sheet.Columns.Where(c => c.Requirement == Requirement.Required && fields.Contains(c.Field))
                    .Select(c => c.Field), sheet.Member);
            }
        }
    }

    [Fact]
    public void Columns_EnumerationsCarryTheirValuesAndNothingElseDoes()
    {
        foreach (ColumnSchema column in CaseWorkbookSchema.Sheets.SelectMany(s => s.Columns))
        {
            if (column.IsEnumeration)
            {
                column.Values.Should().NotBeEmpty(column.Header);
                column.Values.Select(v => v.ChineseName).Should().OnlyHaveUniqueItems(column.Header);
            }
            else
            {
                column.Values.Should().BeEmpty(column.Header);
            }
        }
    }

    /// <summary>A record's fields, a nested object's as <c>parent.field</c>, the nested leaders left out.</summary>
    private static IEnumerable<string> Fields(JsonElement record) => record.EnumerateObject()
        .Where(p => p.Name != "leaders" && p.Value.ValueKind != JsonValueKind.Null)
        .SelectMany(p => p.Value.ValueKind == JsonValueKind.Object
            ? p.Value.EnumerateObject().Select(q => p.Name + "." + q.Name)
            : [p.Name]);
}
