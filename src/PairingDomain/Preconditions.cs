using System;
using System.Diagnostics.CodeAnalysis;

namespace PairingDomain;

/// <summary>
/// Argument checks shared by every constructor of the library. Programmer mistakes throw the standard
/// argument exceptions; bad data is reported through results, never through these checks.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? argument, string paramName)
        where T : class
    {
        if (argument is null)
        {
            throw new ArgumentNullException(paramName);
        }
        return argument;
    }

    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(paramName, value,
                $"Value should be in range [{minInclusive}-{maxInclusive}]");
        }
    }

    /// <summary>Checks a text: not null, not empty and not only white space.</summary>
    internal static string CheckText([NotNull] string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The text is blank.", paramName);
        }
        return value;
    }

    /// <summary>Checks a text that may be absent: null, or not blank.</summary>
    internal static string? CheckOptionalText(string? value, string paramName)
    {
        if (value is not null && string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException("The text is blank: pass null when there is none.", paramName);
        }
        return value;
    }

    /// <summary>Checks a record identifier: not blank, no leading or trailing white space, no control character.</summary>
    internal static string CheckId(string? value, string paramName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(paramName);
        }
        if (!IsValidId(value))
        {
            throw new ArgumentException(
                $"'{value}' is not a valid identifier: it must be non-empty, without leading or trailing white space or control characters.",
                paramName);
        }
        return value;
    }

    /// <summary>Whether <paramref name="value"/> is acceptable as a record identifier.</summary>
    internal static bool IsValidId(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return false;
        }
        foreach (char c in value)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }
        return true;
    }
}
