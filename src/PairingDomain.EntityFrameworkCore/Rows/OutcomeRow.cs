using NodaTime;
using PairingDomain.Outcomes;
using PairingDomain.Places;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// An outcome of a unit's assistance (case-format-2.md §1 <c>outcomes</c>). Table <c>outcomes</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class OutcomeRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The outcome's id (<c>id</c>).</summary>
    public ActivityId ActivityId { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The unit (<c>unit</c>).</summary>
    public UnitId UnitId { get; set; }

    /// <summary>The county (<c>county</c>).</summary>
    public DivisionCode CountyCode { get; set; }

    /// <summary>The village (<c>village</c>), or null.</summary>
    public VillageCode? VillageCode { get; set; }

    /// <summary>The day (<c>on</c>).</summary>
    public LocalDate OnDate { get; set; }

    /// <summary>The measure, as its contract id.</summary>
    public OutcomeMeasure Measure { get; set; } = null!;

    /// <summary>The amount (<c>amount</c>), as exact decimal text keeping its scale.</summary>
    public decimal Amount { get; set; }
}
