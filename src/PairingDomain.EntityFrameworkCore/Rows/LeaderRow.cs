using NodaTime;
using PairingDomain.Units;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A leader of a unit (case-format.md <c>units[].leaders</c>), keyed by the case, the unit and the leader's id. Table <c>leaders</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class LeaderRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The unit the leader belongs to.</summary>
    public UnitId UnitId { get; set; }

    /// <summary>The leader's id (<c>id</c>).</summary>
    public LeaderId LeaderId { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The leader's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The leader's role (<c>role</c>), as its contract id.</summary>
    public LeaderPost Role { get; set; } = null!;

    /// <summary>The first day of the tenure (ISO <c>yyyy-MM-dd</c>).</summary>
    public LocalDate TenureFrom { get; set; }

    /// <summary>The last day of the tenure, or null while open-ended.</summary>
    public LocalDate? TenureTo { get; set; }
}
