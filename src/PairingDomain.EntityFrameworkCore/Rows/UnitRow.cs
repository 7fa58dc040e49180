using PairingDomain.Units;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// An assistance unit of the roster (case-format.md <c>units</c>; domain.md's units and their four-in-one mechanism), without its leaders (<see cref="LeaderRow"/>). Table <c>units</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class UnitRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The unit's id (<c>id</c>).</summary>
    public UnitId UnitId { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The unit's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The unit's kind, as its contract id.</summary>
    public UnitKind Kind { get; set; } = null!;

    /// <summary>Whether the unit has a leadership team for the work (<c>mechanism.leadershipTeam</c>).</summary>
    public bool LeadershipTeam { get; set; }

    /// <summary>The office that undertakes the work (<c>mechanism.undertakingOffice</c>), or null.</summary>
    public string? UndertakingOffice { get; set; }

    /// <summary>Whether all staff take part (<c>mechanism.allStaff</c>).</summary>
    public bool AllStaff { get; set; }
}
