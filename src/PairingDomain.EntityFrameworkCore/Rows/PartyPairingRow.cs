using NodaTime;
using PairingDomain.Places;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A unit's pairing with a village's Party branch (case-format-2.md §1 <c>partyPairings</c>), keyed by its position. Table <c>party_pairings</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class PartyPairingRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The unit (<c>unit</c>).</summary>
    public UnitId UnitId { get; set; }

    /// <summary>The village (<c>village</c>).</summary>
    public VillageCode VillageCode { get; set; }

    /// <summary>The first day of the pairing's validity (ISO <c>yyyy-MM-dd</c>).</summary>
    public LocalDate ValidFrom { get; set; }

    /// <summary>The last day of the pairing's validity, or null while open-ended.</summary>
    public LocalDate? ValidTo { get; set; }
}
