using System;
using System.Diagnostics.Contracts;
using System.Globalization;
using NodaTime;

namespace PairingDomain.Time;

/// <summary>
/// A calendar period a duty is counted over: a whole year, or one of its quarters, in China Standard Time.
/// </summary>
/// <remarks>
/// Printed as <c>2019</c> or <c>2019-Q3</c>, the form case-format.md uses in <c>shortPeriods</c>.
/// Periods order by time: a year sorts before its first quarter.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct DutyPeriod : IComparable<DutyPeriod>
{
    private DutyPeriod(int year, int quarter)
    {
        Year = year;
        Quarter = quarter;
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The quarter, 1 to 4, or 0 for the whole year.</summary>
    public int Quarter { get; }

    /// <summary>Whether this period is a whole year.</summary>
    public bool IsYear => Quarter == 0;

    /// <summary>The whole calendar year <paramref name="year"/>.</summary>
    /// <param name="year">A year between 1 and 9999.</param>
    [Pure]
    public static DutyPeriod ForYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        return new DutyPeriod(year, 0);
    }

    /// <summary>Quarter <paramref name="quarter"/> of <paramref name="year"/>.</summary>
    /// <param name="year">A year between 1 and 9999.</param>
    /// <param name="quarter">1 to 4.</param>
    [Pure]
    public static DutyPeriod ForQuarter(int year, int quarter)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        Preconditions.CheckArgumentRange(nameof(quarter), quarter, 1, 4);
        return new DutyPeriod(year, quarter);
    }

    /// <summary>The quarter a local date belongs to.</summary>
    /// <param name="date">A local date in China Standard Time.</param>
    [Pure]
    public static DutyPeriod QuarterOf(LocalDate date) => new(date.Year, ChinaStandardTime.QuarterOf(date));

    /// <summary>The first day of the period.</summary>
    public LocalDate Start => IsYear ? new LocalDate(Year, 1, 1) : new LocalDate(Year, ((Quarter - 1) * 3) + 1, 1);

    /// <summary>The last day of the period.</summary>
    public LocalDate End => IsYear ? new LocalDate(Year, 12, 31) : Start.PlusMonths(3).PlusDays(-1);

    /// <summary>The period as a NodaTime interval.</summary>
    [Pure]
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Whether <paramref name="date"/> falls in the period.</summary>
    /// <param name="date">A local date.</param>
    [Pure]
    public bool Contains(LocalDate date) => date.Year == Year && (IsYear || ChinaStandardTime.QuarterOf(date) == Quarter);

    /// <inheritdoc />
    public int CompareTo(DutyPeriod other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Quarter.CompareTo(other.Quarter);

    /// <summary>Compares two periods in time order.</summary>
    public static bool operator <(DutyPeriod left, DutyPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Compares two periods in time order.</summary>
    public static bool operator >(DutyPeriod left, DutyPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Compares two periods in time order.</summary>
    public static bool operator <=(DutyPeriod left, DutyPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two periods in time order.</summary>
    public static bool operator >=(DutyPeriod left, DutyPeriod right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public override string ToString() => IsYear
        ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : $"{Year.ToString("D4", CultureInfo.InvariantCulture)}-Q{Quarter}";
}
