using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PairingDomain.Spreadsheets.Tests.Support;

/// <summary>
/// Saves each sheet of a workbook (as ExcelDataReader reads it) as a CSV file the way an office would: dates as
/// <c>yyyy-MM-dd</c> text, numbers in invariant digits, fields quoted when they must be, in the encoding given.
/// </summary>
internal static class CsvFolder
{
    /// <summary>GB18030, as Excel on Chinese Windows saves CSV (code page 54936).</summary>
    public static Encoding Gb18030 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    /// <summary>A fresh temporary folder; the caller deletes it.</summary>
    public static string NewFolder()
    {
        string path = Path.Combine(Path.GetTempPath(), "pairing-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    public static void Write(string directory, IEnumerable<(string Name, List<object?[]> Rows)> sheets, Encoding encoding,
        Func<string, string>? fileName = null)
    {
        foreach ((string name, List<object?[]> rows) in sheets)
        {
            var text = new StringBuilder();
            foreach (object?[] row in rows)
            {
                text.Append(string.Join(",", row.Select(Field))).Append("\r\n");
            }
            File.WriteAllBytes(Path.Combine(directory, (fileName?.Invoke(name) ?? name) + ".csv"),
                [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())]);
        }
    }

    private static string Field(object? value)
    {
        string text = value switch
        {
            null => string.Empty,
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
