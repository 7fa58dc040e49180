using System;
using System.Collections.Generic;
using System.Globalization;

namespace PairingDomain;

/// <summary>
/// The locations problems carry (<see cref="Problem.Path"/>): the default JSONPath of a record a builder was given no
/// location for, and whether a location lies at or under another (a field under its record, an element under its
/// array). One copy for the core's builders, the JSON reader (through the core's InternalsVisibleTo) and the spreadsheet readers, which link this file.
/// </summary>
internal static class Locations
{
    /// <summary>The JSONPath of the record at <paramref name="index"/> of the contract member <paramref name="member"/>: <c>$.activities[3]</c>.</summary>
    /// <param name="member">The member, as case-format.md names it.</param>
    /// <param name="index">The record's index in it.</param>
    /// <returns>The path.</returns>
    internal static string Default(string member, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"$.{member}[{index}]");

    /// <summary>Whether <paramref name="path"/> is <see cref="Default"/>'s location for the record, without making that string.</summary>
    /// <param name="path">A location.</param>
    /// <param name="member">The member, as case-format.md names it.</param>
    /// <param name="index">The record's index in it.</param>
    /// <returns>True when <paramref name="path"/> is <c>$.member[index]</c>.</returns>
    internal static bool IsDefault(string path, string member, int index)
    {
        ReadOnlySpan<char> rest = path;
        if (!rest.StartsWith("$.", StringComparison.Ordinal) || !rest[2..].StartsWith(member, StringComparison.Ordinal))
        {
            return false;
        }
        rest = rest[(2 + member.Length)..];
        return rest.Length > 2 && rest[0] == '[' && rest[^1] == ']' && (rest.Length == 3 || rest[1] != '0')
            && int.TryParse(rest[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) && parsed == index;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="ancestor"/> or a location under it (<c>.field</c> or <c>[i]</c> after it).</summary>
    /// <param name="path">A location.</param>
    /// <param name="ancestor">Another.</param>
    /// <returns>True when <paramref name="path"/> is at or under <paramref name="ancestor"/>.</returns>
    internal static bool IsAtOrUnder(string path, string ancestor) =>
        path.StartsWith(ancestor, StringComparison.Ordinal)
        && (path.Length == ancestor.Length || path[ancestor.Length] is '.' or '[');

    /// <summary>
    /// Whether <paramref name="path"/> is one of <paramref name="ancestors"/> or lies under one, by a look-up per
    /// <c>.</c> or <c>[</c> of the path (not a scan of the set); the root's own <c>$.</c> is no boundary.
    /// </summary>
    /// <param name="path">A location.</param>
    /// <param name="ancestors">The locations to look under.</param>
    /// <returns>True when <paramref name="path"/> is at or under one of them.</returns>
    internal static bool IsAtOrUnderAny(string path, HashSet<string> ancestors)
    {
        if (ancestors.Count == 0)
        {
            return false;
        }
        if (ancestors.Contains(path))
        {
            return true;
        }
        for (int i = path.Length - 1; i > 1; i--)
        {
            if ((path[i] == '.' || path[i] == '[') && ancestors.Contains(path[..i]))
            {
                return true;
            }
        }
        return false;
    }
}
