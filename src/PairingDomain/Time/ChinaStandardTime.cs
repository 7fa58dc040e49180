using NodaTime;

namespace PairingDomain.Time;

/// <summary>
/// China Standard Time (Asia/Shanghai, UTC+8), the time scale every period of the policy is counted in.
/// </summary>
/// <remarks>
/// domain.md §4: an activity belongs to the year and quarter of its local date in Sichuan, not of a UTC
/// timestamp. The zone comes from NodaTime's embedded TZDB; the machine's local zone is never consulted.
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class ChinaStandardTime
{
    /// <summary>The Asia/Shanghai zone from NodaTime's embedded time-zone database.</summary>
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The local date in Sichuan at <paramref name="instant"/>.</summary>
    /// <param name="instant">A point on the global time line.</param>
    /// <returns>The calendar date in China Standard Time.</returns>
    public static LocalDate ToLocalDate(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>The local date in Sichuan of an offset date-time, whatever its offset.</summary>
    /// <param name="value">A local date and time with an offset, as recorded.</param>
    /// <returns>The calendar date in China Standard Time.</returns>
    public static LocalDate ToLocalDate(OffsetDateTime value) => ToLocalDate(value.ToInstant());

    /// <summary>The quarter (1 to 4) a local date belongs to.</summary>
    /// <param name="date">A local date in China Standard Time.</param>
    public static int QuarterOf(LocalDate date) => ((date.Month - 1) / 3) + 1;
}
