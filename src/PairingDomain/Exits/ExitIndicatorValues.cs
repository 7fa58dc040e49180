using System;
using System.Collections.Generic;
using System.Globalization;

namespace PairingDomain.Exits;

/// <summary>The checks of the indicator values shared by the three record types (case-format-2.md §1, "Exit indicators").</summary>
internal static class ExitIndicatorValues
{
    /// <summary>Whether <paramref name="value"/> is a fraction from 0 to 1.</summary>
    internal static bool IsRate(decimal value) => value >= 0m && value <= 1m;

    internal static void CheckRate(decimal value, string paramName)
    {
        if (!IsRate(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "A rate is a fraction from 0 to 1.");
        }
    }

    internal static void CheckAmount(decimal value, string paramName)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "An amount of yuan is at least 0.");
        }
    }

    internal static void Rate(List<Problem> problems, string path, string field, decimal value)
    {
        if (!IsRate(value))
        {
            problems.Add(new Problem(path + "." + field, ProblemCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"{field} {value} is not a fraction from 0 to 1"),
                string.Create(CultureInfo.InvariantCulture, $"{field} {value} 不是 0 至 1 之间的比率")));
        }
    }

    internal static void Amount(List<Problem> problems, string path, string field, decimal value)
    {
        if (value < 0m)
        {
            problems.Add(new Problem(path + "." + field, ProblemCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"{field} {value} yuan is negative"),
                string.Create(CultureInfo.InvariantCulture, $"{field} {value} 元为负数")));
        }
    }
}
