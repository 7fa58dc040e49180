using PairingDomain.Places;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A village of the roster (case-format.md <c>villages</c>). Table <c>villages</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class VillageRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The village's 12-digit code (<c>code</c>).</summary>
    public VillageCode VillageCode { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The county it lies in (<c>county</c>): the code's first 6 digits.</summary>
    public DivisionCode CountyCode { get; set; }

    /// <summary>The village's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The year it is due to exit.</summary>
    public int PlannedExitYear { get; set; }

    /// <summary>The batch year it exited in, or null.</summary>
    public int? ExitedYear { get; set; }
}
