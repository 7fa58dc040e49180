using NodaTime;
using PairingDomain.Cadres;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A review of a cadre (case-format-2.md §1 <c>cadreReviews</c>), keyed by its position (a cadre may be reviewed twice on a day). Table <c>cadre_reviews</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class CadreReviewRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The cadre (<c>cadre</c>).</summary>
    public CadreId CadreId { get; set; }

    /// <summary>The kind of review, as its contract id.</summary>
    public CadreReviewKind Kind { get; set; } = null!;

    /// <summary>The day of the review (<c>on</c>).</summary>
    public LocalDate ReviewedOn { get; set; }

    /// <summary>Whether the cadre fulfilled the duties (<c>dutiesFulfilled</c>).</summary>
    public bool DutiesFulfilled { get; set; }
}
