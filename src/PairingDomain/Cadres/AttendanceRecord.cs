using System;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using PairingDomain.Time;

namespace PairingDomain.Cadres;

/// <summary>
/// A stationed cadre's attendance in one calendar month: the days spent in the village and the days of approved leave
/// (case-format-2.md §1, <c>attendance</c>), the input of <c>DUTY-CADRE-DAYS</c> (§III.4, full-time presence in the
/// village, 全脱产在村; domain.md §8: 20 days a month in Guangxi and Baihe, more than 30 days' leave a year in Baihe).
/// </summary>
/// <remarks>
/// Both counts are whole days, at least 0, and together at most the days of the month: a record that breaks this
/// cannot be built. A reader that meets such counts in its input reports them with <see cref="CountProblems"/>
/// (<c>invalid-value</c>) instead of constructing the record. At most one record per cadre and month is checked
/// where the records are assembled, by <see cref="CadreWorkBookBuilder"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record AttendanceRecord
{
    /// <summary>Creates an attendance record.</summary>
    /// <param name="cadre">The stationed cadre.</param>
    /// <param name="month">The calendar month, in the ISO calendar.</param>
    /// <param name="daysInVillage">The days the cadre spent in the village.</param>
    /// <param name="leaveDays">The days of approved leave.</param>
    /// <exception cref="System.ArgumentException"><paramref name="cadre"/> is the default value, or <paramref name="month"/> is not in the ISO calendar or before year 1.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">A count is negative, or the two exceed the days of the month.</exception>
    public AttendanceRecord(CadreId cadre, YearMonth month, int daysInVillage, int leaveDays)
    {
        Preconditions.CheckArgument(cadre.Value is not null, nameof(cadre), "The cadre is the default value.");
        if (month.Calendar != CalendarSystem.Iso || month.Year < 1)
        {
            // Formatted only when thrown: a national case builds ten million records.
            throw new ArgumentException($"The month {month} is not an ISO month of year 1 or later.", nameof(month));
        }
        int days = DaysIn(month);
        Preconditions.CheckArgumentRange(nameof(daysInVillage), daysInVillage, 0, days);
        Preconditions.CheckArgumentRange(nameof(leaveDays), leaveDays, 0, days - daysInVillage);
        Cadre = cadre;
        Month = month;
        DaysInVillage = daysInVillage;
        LeaveDays = leaveDays;
    }

    /// <summary>The stationed cadre.</summary>
    public CadreId Cadre { get; }

    /// <summary>The calendar month.</summary>
    public YearMonth Month { get; }

    /// <summary>The days the cadre spent in the village.</summary>
    public int DaysInVillage { get; }

    /// <summary>The days of approved leave.</summary>
    public int LeaveDays { get; }

    /// <summary>
    /// The <c>invalid-value</c> problems of attendance counts read from an input, each naming the record by
    /// <paramref name="path"/> and the field: a negative count at the count's field; counts whose sum exceeds the days
    /// of the month at <c>daysInVillage</c> when the days in the village alone exceed it, otherwise at
    /// <c>leaveDays</c>. Empty exactly when <see cref="AttendanceRecord(CadreId, YearMonth, int, int)"/> accepts the
    /// counts for <paramref name="month"/>.
    /// </summary>
    /// <param name="month">The record's month, in the ISO calendar.</param>
    /// <param name="daysInVillage">The days in the village as read.</param>
    /// <param name="leaveDays">The days of leave as read.</param>
    /// <param name="path">The record's JSONPath, such as <c>$.attendance[3]</c>.</param>
    /// <returns>The problems, at most one per field.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static ImmutableArray<Problem> CountProblems(YearMonth month, int daysInVillage, int leaveDays, string path)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        int days = DaysIn(month);
        string ym = IsoDate.FormatMonth(month);
        ImmutableArray<Problem>.Builder problems = ImmutableArray.CreateBuilder<Problem>();
        if (daysInVillage < 0)
        {
            problems.Add(Negative(path, "daysInVillage", "days in the village", "在村天数", daysInVillage));
        }
        if (leaveDays < 0)
        {
            problems.Add(Negative(path, "leaveDays", "leave days", "请假天数", leaveDays));
        }
        if (daysInVillage > days)
        {
            problems.Add(new Problem(path + ".daysInVillage", ProblemCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"{daysInVillage} days in the village exceed the {days} days of {ym}"),
                string.Create(CultureInfo.InvariantCulture, $"在村天数 {daysInVillage} 超过 {ym} 的 {days} 天")));
        }
        else if (daysInVillage >= 0 && leaveDays >= 0 && (long)daysInVillage + leaveDays > days)
        {
            problems.Add(new Problem(path + ".leaveDays", ProblemCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"{daysInVillage} days in the village and {leaveDays} leave days exceed the {days} days of {ym}"),
                string.Create(CultureInfo.InvariantCulture, $"在村天数 {daysInVillage} 与请假天数 {leaveDays} 之和超过 {ym} 的 {days} 天")));
        }
        return problems.ToImmutable();
    }

    private static int DaysIn(YearMonth month) => month.Calendar.GetDaysInMonth(month.Year, month.Month);

    private static Problem Negative(string path, string field, string what, string whatZh, int value) =>
        new(path + "." + field, ProblemCodes.InvalidValue,
            string.Create(CultureInfo.InvariantCulture, $"{what} {value} is negative"),
            string.Create(CultureInfo.InvariantCulture, $"{whatZh} {value} 为负数"));
}
