using System;
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

/// <summary>
/// One sheet of a workbook, or one CSV file, as read: its name, its header row and its non-blank rows, either held (a
/// workbook's sheet) or read again from the file each time they are walked (a CSV file, so that a ledger of a million
/// rows is never held).
/// </summary>
internal sealed class RawSheet
{
    private readonly List<RawRow>? _rows;
    private readonly Func<RawSheet, IEnumerable<RawRow>>? _read;

    /// <summary>A sheet whose rows are held.</summary>
    /// <param name="name">The sheet's name.</param>
    /// <param name="header">The first non-blank row, taken as the header; null when the sheet is empty.</param>
    /// <param name="rows">The non-blank rows after the header.</param>
    public RawSheet(string name, RawRow? header, List<RawRow> rows)
    {
        Name = name;
        Header = header;
        _rows = rows;
        HasRows = rows.Exists(r => !r.IsBlank);
    }

    /// <summary>A sheet whose rows are read from their source each time they are walked.</summary>
    /// <param name="name">The sheet's name (a CSV file's name without its extension).</param>
    /// <param name="header">The first non-blank row, taken as the header; null when the sheet is empty.</param>
    /// <param name="hasRows">Whether a non-blank row follows the header.</param>
    /// <param name="read">Reads the non-blank rows after the header, noting a fault in <see cref="LateProblem"/>.</param>
    public RawSheet(string name, RawRow? header, bool hasRows, Func<RawSheet, IEnumerable<RawRow>> read)
    {
        Name = name;
        Header = header;
        HasRows = hasRows;
        _read = read;
    }

    /// <summary>The sheet's name (a CSV file's name without its extension).</summary>
    public string Name { get; }

    /// <summary>The first non-blank row, taken as the header; null when the sheet is empty.</summary>
    public RawRow? Header { get; }

    /// <summary>Whether a non-blank row follows the header.</summary>
    public bool HasRows { get; }

    /// <summary>The non-blank rows after the header, in order.</summary>
    public IEnumerable<RawRow> Rows => _rows ?? _read!(this);

    /// <summary>
    /// A fault found while the rows were walked (a CSV file past the row limit, a malformed line): the rows stop there,
    /// and the import reports it.
    /// </summary>
    public Problem? LateProblem { get; set; }

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
