using System;
using System.Collections.Immutable;
using System.Linq;

namespace PairingDomain.Spreadsheets.Schema;

/// <summary>
/// One sheet of the case workbook: one record kind of the pairing-case contract, one record a row below a single header
/// row.
/// </summary>
/// <param name="Name">The sheet's Chinese name (<c>单位</c>), at most 31 characters as Excel requires.</param>
/// <param name="Member">The contract member it holds (<c>units</c>; leaders, nested in units, as <c>units[].leaders</c>).</param>
/// <param name="Section">The contract section that defines the member (<c>case-format.md "Case"</c>).</param>
/// <param name="Version2">Whether the member exists only in <c>pairing-case/2</c> (case-format-2.md §1).</param>
/// <param name="Description">What a row is, in Chinese, as the 说明 sheet shows it.</param>
/// <param name="Columns">The columns, in the order the template writes them (the contract's field order).</param>
internal sealed record SheetSchema(string Name, string Member, string Section, bool Version2, string Description,
    ImmutableArray<ColumnSchema> Columns)
{
    /// <summary>The column holding <paramref name="field"/>.</summary>
    /// <exception cref="ArgumentException">The sheet has no such column.</exception>
    public ColumnSchema Column(string field) =>
        Columns.FirstOrDefault(c => c.Field == field) ?? throw new ArgumentException($"{Name} has no column {field}.", nameof(field));

    /// <summary>The zero-based position of <paramref name="field"/>'s column.</summary>
    public int IndexOf(string field) => Columns.IndexOf(Column(field));
}
