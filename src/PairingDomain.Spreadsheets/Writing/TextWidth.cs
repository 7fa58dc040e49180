using System;
using System.Globalization;
using NodaTime;

namespace PairingDomain.Spreadsheets.Writing;

/// <summary>
/// The width of a column that fits its text: a CJK or other full-width character counts as two, as in the sample's
/// report (TextLayout), every other as one.
/// </summary>
internal static class TextWidth
{
    /// <summary>The narrowest column written.</summary>
    public const double Minimum = 6;

    /// <summary>The widest column written; longer text runs past or wraps.</summary>
    public const double Maximum = 60;

    /// <summary>The display width of <paramref name="text"/>, in character widths of the default font.</summary>
    public static int Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }
        int width = 0;
        foreach (char c in text)
        {
            width += IsWide(c) ? 2 : 1;
        }
        return width;
    }

    /// <summary>The display width of a cell's value as Excel shows it.</summary>
    public static int Of(WorkbookCell cell) => cell.Value switch
    {
        null => 0,
        string text => Of(text),
        LocalDate => 10,
        int number => number.ToString(CultureInfo.InvariantCulture).Length,
        decimal number => number.ToString(CultureInfo.InvariantCulture).Length,
        _ => Of(Convert.ToString(cell.Value, CultureInfo.InvariantCulture)),
    };

    /// <summary>The column width for text at most <paramref name="widest"/> wide: two more, within the bounds.</summary>
    public static double Column(int widest) => Math.Clamp(widest + 2, Minimum, Maximum);

    // CJK ideographs, punctuation and full-width forms (U+1100 to U+FFEF, less a few narrow blocks) count as two.
    private static bool IsWide(char c) =>
        c >= '\u1100' && (c <= '\u115F' || (c >= '\u2E80' && c <= '\uA4CF') || (c >= '\uAC00' && c <= '\uD7A3')
            || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFE30' && c <= '\uFE4F') || (c >= '\uFF00' && c <= '\uFF60')
            || (c >= '\uFFE0' && c <= '\uFFE6'));
}
