using PairingDomain.Places;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A county of the roster (case-format.md <c>counties</c>). Table <c>counties</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class CountyRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The county's 6-digit division code (<c>code</c>).</summary>
    public DivisionCode CountyCode { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The county's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The county's region, as its contract id.</summary>
    public Region Region { get; set; } = null!;

    /// <summary>The year the county is due to be delisted.</summary>
    public int PlannedDelistingYear { get; set; }

    /// <summary>The year it was delisted, or null.</summary>
    public int? DelistedYear { get; set; }
}
