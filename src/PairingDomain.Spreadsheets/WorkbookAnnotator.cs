using System;
using System.Collections.Generic;
using System.Drawing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PairingDomain.Spreadsheets.Reading;
using SpreadCheetah;
using SpreadCheetah.Styling;

namespace PairingDomain.Spreadsheets;

/// <summary>
/// Writes an annotated copy of a workbook that did not read as a case: every cell named by a problem
/// (<see cref="WorkbookReadResult.Problems"/>) gets a red fill and a note with its problems (code and Chinese message),
/// so the officer fixes each where it is and reads the workbook again.
/// </summary>
/// <remarks>
/// The copy re-emits the source's values sheet by sheet, at the same rows and columns, with SpreadCheetah: text as
/// text, numbers as numbers, date cells as <c>yyyy-mm-dd</c> date cells, booleans, and a formula's cached value.
/// Formatting, formulas, column widths, validations and notes of the source are not kept. A problem at a whole record
/// (<c>活动!5:5</c>) is marked at the row's first cell; one at a merged range at its first cell; one at a sheet at its
/// <c>A1</c>; one at the file (<c>(workbook)</c>) or at a sheet the copy does not have, at <c>A1</c> of the first
/// sheet.
/// </remarks>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
public static class WorkbookAnnotator
{
    /// <summary>Writes the annotated copy of <paramref name="source"/> to <paramref name="destination"/>.</summary>
    /// <param name="source">The workbook, from its current position (rewind it after reading it once); not closed.</param>
    /// <param name="problems">The problems, as <see cref="CaseWorkbookReader.Read"/> reported them.</param>
    /// <param name="destination">Where the copy (.xlsx) is written; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidDataException">
    /// <paramref name="source"/> is not a workbook that can be read (not a zip, over a limit): there is no cell to mark.
    /// </exception>
    public static void WriteAnnotatedCopy(Stream source, IEnumerable<Problem> problems, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(destination);
        var (sheets, sourceProblems, fatal) = XlsxSource.Read(source, WorkbookReadOptions.Default, keepAllSheets: true);
        if (fatal || sheets.Count == 0)
        {
            throw new InvalidDataException("The source is not a workbook that can be read: "
                + (sourceProblems.Count > 0 ? sourceProblems[0].ToString() : "it has no sheet"));
        }
        WriteAsync(sheets, Marks(problems, sheets), destination, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>The notes by sheet and cell reference.</summary>
    private static Dictionary<(string Sheet, string Cell), List<string>> Marks(IEnumerable<Problem> problems, List<RawSheet> sheets)
    {
        var marks = new Dictionary<(string, string), List<string>>();
        foreach (Problem problem in problems)
        {
            ArgumentNullException.ThrowIfNull(problem);
            (string sheet, string cell) = Target(problem.Path, sheets);
            if (!marks.TryGetValue((sheet, cell), out List<string>? notes))
            {
                marks[(sheet, cell)] = notes = [];
            }
            notes.Add($"{problem.Code}: {problem.ChineseMessage}（{problem.Message}）");
        }
        return marks;
    }

    private static (string Sheet, string Cell) Target(string path, List<RawSheet> sheets)
    {
        string first = sheets[0].Name;
        int bang = path.LastIndexOf('!');
        string sheet = bang < 0 ? path : path[..bang];
        if (!sheets.Any(s => s.Name == sheet))
        {
            return (first, "A1");
        }
        if (bang < 0)
        {
            return (sheet, "A1");
        }
        string rest = path[(bang + 1)..];
        int space = rest.IndexOf(' ', StringComparison.Ordinal);
        if (space >= 0)
        {
            rest = rest[..space];
        }
        string start = rest.Split(':')[0];
        if (start.Length > 0 && start.All(char.IsAsciiDigit))
        {
            return (sheet, "A" + start);
        }
        return XlsxSource.ColumnOf(start) >= 0 ? (sheet, start) : (sheet, "A1");
    }

    private static async Task WriteAsync(List<RawSheet> sheets, Dictionary<(string Sheet, string Cell), List<string>> marks,
        Stream destination, CancellationToken cancellationToken)
    {
        var options = new SpreadCheetahOptions { DefaultDateTimeFormat = NumberFormat.Custom("yyyy-mm-dd"), WriteCellReferenceAttributes = true };
        Spreadsheet spreadsheet = await Spreadsheet.CreateNewAsync(destination, options, cancellationToken).ConfigureAwait(false);
        await using (spreadsheet.ConfigureAwait(false))
        {
            Color red = Color.FromArgb(0xFF, 0x99, 0x99);
            StyleId bad = spreadsheet.AddStyle(new Style { Fill = { Color = red } });
            StyleId badDate = spreadsheet.AddStyle(new Style { Fill = { Color = red }, Format = NumberFormat.Custom("yyyy-mm-dd") });
            StyleId date = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });
            foreach (RawSheet sheet in sheets)
            {
                await spreadsheet.StartWorksheetAsync(sheet.Name, token: cancellationToken).ConfigureAwait(false);
                var marked = marks.Where(m => m.Key.Sheet == sheet.Name).ToDictionary(m => m.Key.Cell, m => m.Value, StringComparer.Ordinal);
                int next = 1;
                IEnumerable<RawRow> rows = sheet.Header is null ? sheet.Rows : [sheet.Header, .. sheet.Rows];
                int last = Math.Max(rows.Select(r => r.Number).DefaultIfEmpty(0).Max(),
                    marked.Keys.Select(k => int.Parse(k[XlsxSource.RowStart(k)..], CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max());
                Dictionary<int, RawRow> byNumber = rows.ToDictionary(r => r.Number);
                for (; next <= last; next++)
                {
                    RawCell[] cells = byNumber.TryGetValue(next, out RawRow? row) ? row.Cells : [];
                    int width = Math.Max(cells.Length,
                        marked.Keys.Where(k => int.Parse(k[XlsxSource.RowStart(k)..], CultureInfo.InvariantCulture) == next)
                            .Select(k => XlsxSource.ColumnOf(k) + 1).DefaultIfEmpty(0).Max());
                    var styled = new StyledCell[width];
                    for (int c = 0; c < width; c++)
                    {
                        RawCell cell = c < cells.Length ? cells[c] : default;
                        bool isBad = marked.ContainsKey(Writing.WorkbookOutput.ColumnName(c) + next.ToString(CultureInfo.InvariantCulture));
                        styled[c] = Cell(cell, isBad ? (cell.Kind == RawKind.DateNumber ? badDate : bad) : cell.Kind == RawKind.DateNumber ? date : null);
                    }
                    await spreadsheet.AddRowAsync(styled, cancellationToken).ConfigureAwait(false);
                }
                foreach ((string reference, List<string> notes) in marked)
                {
                    spreadsheet.AddNote(reference, string.Join("\n", notes));
                }
            }
            await spreadsheet.FinishAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static StyledCell Cell(RawCell cell, StyleId? style)
    {
        string? text = cell.Text;
        return cell.Kind switch
        {
            RawKind.Number or RawKind.DateNumber when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)
                => new StyledCell(number, style),
            RawKind.Boolean => new StyledCell(text == "1", style),
            _ => new StyledCell(text, style),
        };
    }
}
