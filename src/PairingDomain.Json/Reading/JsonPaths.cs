using System;
using System.Globalization;
using System.Text;

namespace PairingDomain.Json.Reading;

/// <summary>Builds JSONPath locators from the root: <c>$.activities[3].on</c>, <c>$['odd name']</c>.</summary>
internal static class JsonPaths
{
    internal const string Root = "$";

    internal static string Index(string parent, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{parent}[{index}]");

    internal static string Member(string parent, string name)
    {
        if (IsPlainName(name))
        {
            return parent + "." + name;
        }
        var builder = new StringBuilder(parent.Length + name.Length + 4);
        builder.Append(parent).Append("['");
        foreach (char c in name)
        {
            switch (c)
            {
                case '\'':
                    builder.Append("\\'");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }
                    break;
            }
        }
        return builder.Append("']").ToString();
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }
        foreach (char c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The top-level member and the record index a path points into: <c>$.cadres[5].unit</c> gives (cadres, 5);
    /// <c>$.year</c> gives (year, -1); <c>$</c> gives (null, -1).
    /// </summary>
    internal static (string? Member, int Index) Locate(string path)
    {
        if (path.Length < 3 || path[0] != '$' || path[1] != '.')
        {
            return (null, -1);
        }
        int end = 2;
        while (end < path.Length && path[end] != '.' && path[end] != '[')
        {
            end++;
        }
        string member = path[2..end];
        if (end < path.Length && path[end] == '[')
        {
            int close = path.IndexOf(']', end);
            if (close > end && int.TryParse(path.AsSpan(end + 1, close - end - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                return (member, index);
            }
        }
        return (member, -1);
    }
}
