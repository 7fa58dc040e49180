using NodaTime;
using PairingDomain.Places;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A county pairing (case-format.md <c>countyPairings</c>; domain.md's lead and participating units of a county), keyed by its position; its participants are <see cref="CountyPairingParticipantRow"/>. Table <c>county_pairings</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class CountyPairingRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The paired county (<c>county</c>).</summary>
    public DivisionCode CountyCode { get; set; }

    /// <summary>The lead unit (<c>lead</c>).</summary>
    public UnitId LeadUnitId { get; set; }

    /// <summary>The first day of the pairing's validity (ISO <c>yyyy-MM-dd</c>).</summary>
    public LocalDate ValidFrom { get; set; }

    /// <summary>The last day of the pairing's validity, or null while open-ended.</summary>
    public LocalDate? ValidTo { get; set; }
}
