using NodaTime;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A cadre's month of attendance (case-format-2.md §1 <c>attendance</c>), keyed by cadre and month. Table <c>attendance</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class AttendanceRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The cadre (<c>cadre</c>).</summary>
    public CadreId CadreId { get; set; }

    /// <summary>The month (<c>month</c>), as ISO text <c>yyyy-MM</c>.</summary>
    public YearMonth Month { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>Days spent in the village (<c>daysInVillage</c>).</summary>
    public int DaysInVillage { get; set; }

    /// <summary>Days of leave (<c>leaveDays</c>).</summary>
    public int LeaveDays { get; set; }
}
