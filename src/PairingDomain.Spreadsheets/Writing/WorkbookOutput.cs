using System;
using System.Collections.Generic;
using System.Drawing;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Validations;
using SpreadCheetah.Worksheets;

namespace PairingDomain.Spreadsheets.Writing;

/// <summary>
/// A workbook being written with SpreadCheetah, a sheet at a time: each sheet gets its header rows frozen, an autofilter
/// over its table, and column widths that fit its text (<see cref="TextWidth"/>), so its rows are held until the sheet is
/// written (SpreadCheetah streams, and needs the widths before the first row).
/// </summary>
internal sealed class WorkbookOutput : IAsyncDisposable
{
    private readonly Spreadsheet _spreadsheet;
    private readonly Dictionary<CellLook, StyleId> _styles;

    private WorkbookOutput(Spreadsheet spreadsheet)
    {
        _spreadsheet = spreadsheet;
        _styles = new Dictionary<CellLook, StyleId>
        {
            [CellLook.Header] = spreadsheet.AddStyle(new Style
            {
                Font = { Bold = true },
                Fill = { Color = Color.FromArgb(0xD9, 0xD9, 0xD9) },
            }),
            [CellLook.Met] = spreadsheet.AddStyle(new Style { Fill = { Color = Color.FromArgb(0xC6, 0xEF, 0xCE) } }),
            [CellLook.Short] = spreadsheet.AddStyle(new Style { Fill = { Color = Color.FromArgb(0xFF, 0xC7, 0xCE) } }),
            [CellLook.Pending] = spreadsheet.AddStyle(new Style { Fill = { Color = Color.FromArgb(0xFF, 0xEB, 0x9C) } }),
        };
    }

    /// <summary>Starts a workbook on <paramref name="stream"/>; dates show as <c>yyyy-mm-dd</c>.</summary>
    public static async Task<WorkbookOutput> CreateAsync(Stream stream, CancellationToken cancellationToken)
    {
        var options = new SpreadCheetahOptions
        {
            DefaultDateTimeFormat = NumberFormat.Custom("yyyy-mm-dd"),
            // Some readers (OleDb, Spreadsheet Compare) need each cell's reference.
            WriteCellReferenceAttributes = true,
        };
        Spreadsheet spreadsheet = await Spreadsheet.CreateNewAsync(stream, options, cancellationToken).ConfigureAwait(false);
        return new WorkbookOutput(spreadsheet);
    }

    /// <summary>
    /// Writes one sheet: <paramref name="header"/> as its one frozen header row with an autofilter over the table, then
    /// <paramref name="rows"/>; <paramref name="decorate"/> then adds validations and notes to it.
    /// </summary>
    public async Task WriteSheetAsync(string name, IReadOnlyList<string> header, IReadOnlyList<WorkbookCell[]> rows,
        Action<SheetDecorator>? decorate, CancellationToken cancellationToken)
    {
        int columns = Math.Max(header.Count, rows.Count == 0 ? 0 : rows.Max(r => r.Length));
        var options = new WorksheetOptions { FrozenRows = 1 };
        for (int c = 0; c < columns; c++)
        {
            int widest = c < header.Count ? TextWidth.Of(header[c]) : 0;
            foreach (WorkbookCell[] row in rows)
            {
                if (c < row.Length)
                {
                    widest = Math.Max(widest, TextWidth.Of(row[c]));
                }
            }
            options.Column(c + 1).Width = TextWidth.Column(widest);
        }
        if (columns > 0)
        {
            options.AutoFilter = new AutoFilterOptions($"A1:{ColumnName(columns - 1)}{Math.Max(1, rows.Count + 1)}");
        }
        await _spreadsheet.StartWorksheetAsync(name, options, cancellationToken).ConfigureAwait(false);
        StyleId headerStyle = _styles[CellLook.Header];
        await _spreadsheet.AddRowAsync([.. header.Select(h => new StyledCell(h, headerStyle))], cancellationToken).ConfigureAwait(false);
        foreach (WorkbookCell[] row in rows)
        {
            await _spreadsheet.AddRowAsync([.. row.Select(ToCell)], cancellationToken).ConfigureAwait(false);
        }
        decorate?.Invoke(new SheetDecorator(_spreadsheet));
    }

    /// <summary>Finishes the workbook (writes its shared parts and closes the zip).</summary>
    public ValueTask FinishAsync(CancellationToken cancellationToken) => _spreadsheet.FinishAsync(cancellationToken);

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _spreadsheet.DisposeAsync();

    /// <summary>The letters of the zero-based column <paramref name="index"/>: 0 is A, 25 Z, 26 AA.</summary>
    public static string ColumnName(int index)
    {
        string name = string.Empty;
        for (int n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    private StyledCell ToCell(WorkbookCell cell)
    {
        StyleId? style = cell.Look == CellLook.Plain ? null : _styles[cell.Look];
        return cell.Value switch
        {
            null => new StyledCell((string?)null, style),
            string text => new StyledCell(text, style),
            int number => new StyledCell(number, style),
            decimal number => new StyledCell(number, style),
            LocalDate date => new StyledCell(date.ToDateTimeUnspecified(), style),
            _ => throw new InvalidOperationException($"A workbook cell cannot hold a {cell.Value.GetType()}."),
        };
    }
}

/// <summary>Adds data validations and notes to the sheet just written.</summary>
internal sealed class SheetDecorator
{
    private readonly Spreadsheet _spreadsheet;

    internal SheetDecorator(Spreadsheet spreadsheet) => _spreadsheet = spreadsheet;

    /// <summary>Applies <paramref name="validation"/> to the cells of <paramref name="range"/> (<c>C2:C1048576</c>).</summary>
    public void Validate(string range, DataValidation validation) => _spreadsheet.AddDataValidation(range, validation);

    /// <summary>Attaches a note to the cell <paramref name="reference"/> (<c>C1</c>).</summary>
    public void Note(string reference, string text) => _spreadsheet.AddNote(reference, text);
}
