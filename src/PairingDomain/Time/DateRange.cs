using System;
using System.Diagnostics.Contracts;
using NodaTime;

namespace PairingDomain.Time;

/// <summary>
/// An inclusive interval of local dates whose end may be open: a tenure, a pairing's validity, a posting.
/// </summary>
/// <remarks>
/// case-format.md: every <c>from</c>/<c>to</c> pair is an inclusive interval of local dates; <c>to: null</c> means
/// open-ended. NodaTime's <see cref="DateInterval"/> cannot be open, so this type holds an optional end and
/// converts to a <see cref="DateInterval"/> once clipped to a finite window.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct DateRange
{
    /// <summary>Creates a range from <paramref name="start"/> to <paramref name="end"/> inclusive.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, or null when the range is open-ended.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public DateRange(LocalDate start, LocalDate? end)
    {
        Preconditions.CheckArgument(end is null || end.Value >= start, nameof(end),
            $"The end {end} is before the start {start}.");
        Start = start;
        End = end;
    }

    /// <summary>The first day of the range.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the range, or null when it is open-ended.</summary>
    public LocalDate? End { get; }

    /// <summary>Whether the range has no end.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>An open-ended range from <paramref name="start"/>.</summary>
    /// <param name="start">The first day.</param>
    [Pure]
    public static DateRange From(LocalDate start) => new(start, null);

    /// <summary>Whether <paramref name="date"/> lies in the range.</summary>
    /// <param name="date">The date to test.</param>
    [Pure]
    public bool Contains(LocalDate date) => date >= Start && (End is null || date <= End.Value);

    /// <summary>Whether the range and <paramref name="interval"/> share at least one day.</summary>
    /// <param name="interval">A finite interval.</param>
    [Pure]
    public bool Overlaps(DateInterval interval)
    {
        Preconditions.CheckNotNull(interval, nameof(interval));
        return Start <= interval.End && (End is null || End.Value >= interval.Start);
    }

    /// <summary>Whether the two ranges share at least one day.</summary>
    /// <param name="other">Another range.</param>
    [Pure]
    public bool Overlaps(DateRange other) =>
        (End is null || End.Value >= other.Start) && (other.End is null || other.End.Value >= Start);

    /// <summary>The part of the range inside <paramref name="window"/>, or null when they do not overlap.</summary>
    /// <param name="window">A finite interval, for example an assessment year.</param>
    [Pure]
    public DateInterval? Intersect(DateInterval window)
    {
        Preconditions.CheckNotNull(window, nameof(window));
        if (!Overlaps(window))
        {
            return null;
        }
        LocalDate start = Start > window.Start ? Start : window.Start;
        LocalDate end = End is null || End.Value > window.End ? window.End : End.Value;
        return new DateInterval(start, end);
    }

    /// <inheritdoc />
    public override string ToString() => $"[{IsoDate.Format(Start)}, {(End is null ? "open" : IsoDate.Format(End.Value))}]";
}
