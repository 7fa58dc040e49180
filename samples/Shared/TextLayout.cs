using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PairingDomain.Samples;

/// <summary>
/// Lays text out for an 80-column terminal, counting East Asian wide characters (Chinese, full-width punctuation) as
/// two columns and breaking Chinese text between any two characters, English text between words.
/// </summary>
internal static class TextLayout
{
    /// <summary>The terminal width the samples write for.</summary>
    public const int Columns = 80;

    /// <summary>The columns <paramref name="text"/> takes on a terminal.</summary>
    public static int Width(string text)
    {
        int width = 0;
        foreach (char c in text)
        {
            width += CharWidth(c);
        }
        return width;
    }

    /// <summary>Pads <paramref name="text"/> with spaces to <paramref name="width"/> columns.</summary>
    public static string PadRight(string text, int width) => text + new string(' ', Math.Max(0, width - Width(text)));

    /// <summary>Pads <paramref name="text"/> on the left with spaces to <paramref name="width"/> columns.</summary>
    public static string PadLeft(string text, int width) => new string(' ', Math.Max(0, width - Width(text))) + text;

    /// <summary>
    /// <paramref name="left"/> and <paramref name="right"/> on one line of <see cref="Columns"/> columns, right aligned,
    /// or on two lines (the right one indented) when they do not fit together.
    /// </summary>
    public static IEnumerable<string> Spread(string left, string right, int indent = 2)
    {
        int gap = Columns - Width(left) - Width(right);
        if (gap >= 2)
        {
            yield return left + new string(' ', gap) + right;
            yield break;
        }
        yield return left;
        foreach (string line in Wrap(right, indent))
        {
            yield return line;
        }
    }

    /// <summary>
    /// Wraps <paramref name="text"/> into lines of at most <see cref="Columns"/> columns, each starting with
    /// <paramref name="indent"/> spaces (and <paramref name="hangingIndent"/> after the first line, when given).
    /// </summary>
    public static IEnumerable<string> Wrap(string text, int indent, int? hangingIndent = null)
    {
        var lines = new List<string>();
        string prefix = new(' ', indent);
        var line = new StringBuilder(prefix);
        int used = indent;
        bool lineHasText = false;
        foreach (string token in Tokens(text))
        {
            bool space = token == " ";
            int width = Width(token);
            if (space)
            {
                if (lineHasText && used + 1 <= Columns)
                {
                    line.Append(' ');
                    used++;
                }
                continue;
            }
            if (lineHasText && used + width > Columns)
            {
                lines.Add(line.ToString().TrimEnd());
                prefix = new string(' ', hangingIndent ?? indent);
                line.Clear().Append(prefix);
                used = prefix.Length;
                lineHasText = false;
            }
            line.Append(token);
            used += width;
            lineHasText = true;
        }
        if (lineHasText || lines.Count == 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }
        return lines;
    }

    /// <summary>The kebab-case form of a PascalCase name: <c>SupervisionVisit</c> → <c>supervision-visit</c>.</summary>
    public static string Kebab(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 4);
        for (int i = 0; i < pascal.Length; i++)
        {
            char c = pascal[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    text.Append('-');
                }
                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    /// <summary>A count with thousands separators: <c>1,544</c>.</summary>
    public static string Thousands(int value) => value.ToString("#,0", CultureInfo.InvariantCulture);

    /// <summary>A count in the invariant culture.</summary>
    public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Unbreakable pieces and single spaces. A line may break at a space or between two wide characters, but not
    /// before closing or after opening punctuation, nor between a wide and a narrow character.
    /// </summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var token = new StringBuilder();
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (token.Length > 0)
                {
                    yield return token.ToString();
                    token.Clear();
                }
                yield return " ";
                continue;
            }
            if (token.Length > 0 && MayBreak(token[^1], c))
            {
                yield return token.ToString();
                token.Clear();
            }
            token.Append(c);
        }
        if (token.Length > 0)
        {
            yield return token.ToString();
        }
    }

    private static bool MayBreak(char before, char after) =>
        CharWidth(before) == 2 && CharWidth(after) == 2
        && !"，。、）」』”；：！？》〉】".Contains(after, StringComparison.Ordinal)
        && !"（「『“《〈【".Contains(before, StringComparison.Ordinal);

    private static int CharWidth(char c) => c switch
    {
        >= '\u1100' and <= '\u115F' => 2,
        >= '\u2E80' and <= '\u303E' => 2,
        >= '\u3041' and <= '\u33FF' => 2,
        >= '\u3400' and <= '\u4DBF' => 2,
        >= '\u4E00' and <= '\u9FFF' => 2,
        >= '\uA000' and <= '\uA4CF' => 2,
        >= '\uAC00' and <= '\uD7A3' => 2,
        >= '\uF900' and <= '\uFAFF' => 2,
        >= '\uFE30' and <= '\uFE4F' => 2,
        >= '\uFF00' and <= '\uFF60' => 2,
        >= '\uFFE0' and <= '\uFFE6' => 2,
        _ => 1,
    };
}
