using NodaTime;

namespace PairingDomain.Time;

/// <summary>
/// A local date packed in an <see cref="int"/> as <c>year &lt;&lt; 9 | month &lt;&lt; 5 | day</c>: ordered like the dates, cheap
/// to compare on the bulk path, and its quarter read with two shifts.
/// </summary>
internal static class PackedDate
{
    internal const int Open = int.MaxValue;

    internal static int Pack(LocalDate date) => (date.Year << 9) | (date.Month << 5) | date.Day;

    internal static int PackEnd(LocalDate? date) => date is null ? Open : Pack(date.Value);

    internal static LocalDate Unpack(int packed) => new(packed >> 9, (packed >> 5) & 15, packed & 31);

    /// <summary>The quarter, 0 to 3.</summary>
    internal static int QuarterIndex(int packed) => (((packed >> 5) & 15) - 1) / 3;
}
