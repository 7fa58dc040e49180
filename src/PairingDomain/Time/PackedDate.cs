using System.Runtime.CompilerServices;
using NodaTime;

namespace PairingDomain.Time;

/// <summary>
/// A local date packed in an <see cref="int"/> as <c>year &lt;&lt; 9 | month &lt;&lt; 5 | day</c>, as NodaTime packs its
/// <c>YearMonthDay</c>: ordered like the dates, cheap to compare on the bulk path, and its quarter read with two shifts.
/// </summary>
/// <remarks>
/// A zero-cost wrapper: one <see cref="int"/> field, so an <c>ActivityRecord</c> keeps its 19 bytes. <see cref="Open"/>
/// stands for an open end (a tenure or pairing with no last day) and sorts after every date.
/// </remarks>
internal readonly struct PackedDate
{
    private const int OpenValue = int.MaxValue;

    private readonly int _value;

    private PackedDate(int value) => _value = value;

    /// <summary>The end of an open interval: after every date.</summary>
    internal static PackedDate Open => new(OpenValue);

    /// <summary>The quarter of the date, 0 to 3.</summary>
    internal int QuarterIndex
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => (((_value >> 5) & 15) - 1) / 3;
    }

    internal static PackedDate Pack(LocalDate date) => new((date.Year << 9) | (date.Month << 5) | date.Day);

    /// <summary>The last day of an interval, or <see cref="Open"/> when it has none.</summary>
    internal static PackedDate PackEnd(LocalDate? date) => date is null ? Open : Pack(date.Value);

    internal LocalDate ToLocalDate() => new(_value >> 9, (_value >> 5) & 15, _value & 31);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator <(PackedDate left, PackedDate right) => left._value < right._value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator >(PackedDate left, PackedDate right) => left._value > right._value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator <=(PackedDate left, PackedDate right) => left._value <= right._value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool operator >=(PackedDate left, PackedDate right) => left._value >= right._value;
}
