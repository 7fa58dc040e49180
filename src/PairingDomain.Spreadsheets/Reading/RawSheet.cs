using System.Collections.Generic;

namespace PairingDomain.Spreadsheets.Reading;

/// <summary>One row of a source sheet: its number as Excel shows it and its cells by zero-based column.</summary>
/// <param name="Number">The row number (1 for the header row).</param>
/// <param name="Cells">The cells, by column; a missing cell is <see cref="RawKind.Empty"/>.</param>
internal sealed record RawRow(int Number, RawCell[] Cells)
{
    /// <summary>The cell in column <paramref name="column"/>, empty past the row's end.</summary>
    public RawCell this[int column] => column < Cells.Length ? Cells[column] : default;

    /// <summary>Whether every cell is blank.</summary>
    public bool IsBlank
    {
        get
        {
            foreach (RawCell cell in Cells)
            {
                if (!cell.IsBlank)
                {
                    return false;
                }
            }
            return true;
        }
    }
}

/// <summary>One sheet of a workbook, or one CSV file, as read: its name, its header row and its non-blank rows.</summary>
/// <param name="Name">The sheet's name (a CSV file's name without its extension).</param>
/// <param name="Header">The first non-blank row, taken as the header; null when the sheet is empty.</param>
/// <param name="Rows">The non-blank rows after the header.</param>
internal sealed record RawSheet(string Name, RawRow? Header, List<RawRow> Rows)
{
    /// <summary>The CSV file the sheet was read from (<c>活动.csv</c>), or null for a sheet of a workbook.</summary>
    public string? File { get; init; }

    /// <summary>The merged ranges (one-based rows, zero-based columns), each already reported as a problem.</summary>
    public List<(int Row1, int Column1, int Row2, int Column2)> Merges { get; } = [];

    /// <summary>Whether the cell is inside a merged range but not its first cell (where the merged value is).</summary>
    public bool InMergeTail(int row, int column)
    {
        foreach ((int r1, int c1, int r2, int c2) in Merges)
        {
            if (row >= r1 && row <= r2 && column >= c1 && column <= c2 && (row != r1 || column != c1))
            {
                return true;
            }
        }
        return false;
    }
}
