using System.Diagnostics.Contracts;
using NodaTime;
using PairingDomain.Time;

namespace PairingDomain.Activities;

/// <summary>
/// When an activity took place: a local date in China Standard Time, or an instant converted to one.
/// </summary>
/// <remarks>
/// case-format.md: an instant (<c>at</c>) is converted to its local date in Asia/Shanghai before it is counted, so
/// <c>2019-12-31T16:00:00Z</c> is 1 January 2020 in Sichuan.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct ActivityTime
{
    private ActivityTime(LocalDate date, Instant? instant)
    {
        Date = date;
        Instant = instant;
    }

    /// <summary>The local date in China Standard Time that counts.</summary>
    public LocalDate Date { get; }

    /// <summary>The instant as recorded, or null when the activity was recorded by date.</summary>
    public Instant? Instant { get; }

    /// <summary>An activity recorded on a local date.</summary>
    /// <param name="date">The local date in China Standard Time.</param>
    [Pure]
    public static ActivityTime On(LocalDate date) => new(date, null);

    /// <summary>An activity recorded at an instant.</summary>
    /// <param name="instant">The instant; its date is taken in Asia/Shanghai.</param>
    [Pure]
    public static ActivityTime At(Instant instant) => new(ChinaStandardTime.ToLocalDate(instant), instant);

    /// <inheritdoc />
    public override string ToString() => Instant is null
        ? IsoDate.Format(Date)
        : $"{Instant.Value} ({IsoDate.Format(Date)} CST)";
}
