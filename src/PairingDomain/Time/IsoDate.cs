using NodaTime;
using NodaTime.Text;

namespace PairingDomain.Time;

/// <summary>
/// The one spelling of a local date in text: ISO 8601 <c>uuuu-MM-dd</c> (for example <c>2019-03-01</c>), the form of
/// case-format.md's dates, used by every message, <c>ToString</c> and JSON writer of the library.
/// </summary>
/// <remarks>
/// Culture-invariant: NodaTime's <see cref="LocalDatePattern.Iso"/>. The JSON package sees it through the core's
/// <c>InternalsVisibleTo</c>; the other packages compile this same file (linked from their projects), so that every
/// assembly writes dates one way without exposing the formatter.
/// </remarks>
internal static class IsoDate
{
    /// <summary>The date as <c>uuuu-MM-dd</c>.</summary>
    /// <param name="date">Any local date.</param>
    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>
    /// The month as <c>uuuu-MM</c> (for example <c>2019-03</c>), as case-format-2.md writes an attendance month and a
    /// short month of <c>DUTY-CADRE-DAYS</c>.
    /// </summary>
    /// <param name="month">Any ISO month.</param>
    internal static string FormatMonth(YearMonth month) => YearMonthPattern.Iso.Format(month);
}
