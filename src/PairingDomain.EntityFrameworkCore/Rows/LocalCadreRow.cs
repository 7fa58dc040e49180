using NodaTime;
using PairingDomain.Cadres;
using PairingDomain.Places;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A cadre of a county or township working in a village (case-format-2.md §1 <c>localCadres</c>). Table <c>local_cadres</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class LocalCadreRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The cadre's id (<c>id</c>).</summary>
    public CadreId CadreId { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The cadre's name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The cadre's level, as its contract id.</summary>
    public LocalCadreLevel Level { get; set; } = null!;

    /// <summary>The village (<c>village</c>).</summary>
    public VillageCode VillageCode { get; set; }

    /// <summary>The cadre's post, as its contract id.</summary>
    public CadrePost Post { get; set; } = null!;

    /// <summary>The first day of the posting (ISO <c>yyyy-MM-dd</c>).</summary>
    public LocalDate PostedFrom { get; set; }

    /// <summary>The last day of the posting, or null while open-ended.</summary>
    public LocalDate? PostedTo { get; set; }
}
