using System.Globalization;
using NodaTime;
using PairingDomain.Time;

namespace PairingDomain.Assessment;

/// <summary>
/// One month judged for <c>DUTY-CADRE-DAYS</c> (domain.md §8, case-format-2.md §2): a whole month of the assessed year,
/// ended by the as-of date, on every day of which the cadre was in post; its days in the village against the edition's
/// monthly minimum.
/// </summary>
/// <remarks>
/// A month without an attendance record counts 0 days (<see cref="HasRecord"/> false) and is short whatever the minimum
/// above 0. The leave days are reported per month; the leave maximum is yearly (<see cref="CadreDutyExplanation.LeaveExceeded"/>).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class CadreMonthJudgement
{
    internal CadreMonthJudgement(YearMonth month, bool hasRecord, int daysInVillage, int leaveDays, int minimumDays)
    {
        Month = month;
        HasRecord = hasRecord;
        DaysInVillage = daysInVillage;
        LeaveDays = leaveDays;
        MinimumDays = minimumDays;
    }

    /// <summary>The month.</summary>
    public YearMonth Month { get; }

    /// <summary>Whether the work book holds an attendance record for the cadre and month; without one the month counts 0 days.</summary>
    public bool HasRecord { get; }

    /// <summary>The days in the village the record gives; 0 without a record.</summary>
    public int DaysInVillage { get; }

    /// <summary>The approved leave days the record gives; 0 without a record.</summary>
    public int LeaveDays { get; }

    /// <summary>The edition's minimum days in the village each month.</summary>
    public int MinimumDays { get; }

    /// <summary>Whether the month is below the minimum (a month without a record always is, for a minimum above 0).</summary>
    public bool IsShort => DaysInVillage < MinimumDays;

    /// <inheritdoc />
    public override string ToString() =>
        $"{IsoDate.FormatMonth(Month)} {(HasRecord ? DaysInVillage.ToString(CultureInfo.InvariantCulture) : "no-record")}/{MinimumDays}{(IsShort ? " short" : string.Empty)}";
}
