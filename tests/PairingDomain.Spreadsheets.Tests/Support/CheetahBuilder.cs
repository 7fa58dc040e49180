using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using SpreadCheetah;

namespace PairingDomain.Spreadsheets.Tests.Support;

/// <summary>
/// Writes sheets with SpreadCheetah as a program exporting a workbook would: a <see cref="DateTime"/> becomes a real
/// date-time cell (a serial with SpreadCheetah's default date-time number format), numbers number cells, text text.
/// </summary>
internal static class CheetahBuilder
{
    public static byte[] Build(IEnumerable<SheetSpec> sheets) => BuildAsync(sheets).AsTask().GetAwaiter().GetResult();

    private static async ValueTask<byte[]> BuildAsync(IEnumerable<SheetSpec> sheets)
    {
        using var stream = new MemoryStream();
        await using (Spreadsheet spreadsheet = await Spreadsheet.CreateNewAsync(stream))
        {
            foreach (SheetSpec sheet in sheets)
            {
                await spreadsheet.StartWorksheetAsync(sheet.Name);
                foreach (object?[] row in sheet.Rows)
                {
                    var cells = new DataCell[row.Length];
                    for (int i = 0; i < row.Length; i++)
                    {
                        cells[i] = row[i] switch
                        {
                            null => default,
                            string s => new DataCell(s),
                            DateTime d => new DataCell(d),
                            bool b => new DataCell(b),
                            double n => new DataCell(n),
                            int n => new DataCell(n),
                            long n => new DataCell(n),
                            decimal n => new DataCell(n),
                            _ => throw new ArgumentException($"cannot write {row[i]!.GetType()}"),
                        };
                    }
                    await spreadsheet.AddRowAsync(cells);
                }
            }
            await spreadsheet.FinishAsync();
        }
        return stream.ToArray();
    }
}
