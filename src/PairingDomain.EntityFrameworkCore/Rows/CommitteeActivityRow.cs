using NodaTime;
using PairingDomain.Committee;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A Work Committee activity (case-format-2.md §1 <c>committeeActivities</c>). Table <c>committee_activities</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class CommitteeActivityRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The activity's id (<c>id</c>).</summary>
    public ActivityId ActivityId { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>Its kind, as its contract id.</summary>
    public CommitteeActivityKind Kind { get; set; } = null!;

    /// <summary>The day it took place (<c>on</c>), as <see cref="ActivityRow.OnDate"/>.</summary>
    public LocalDate OnDate { get; set; }

    /// <summary>The instant it was recorded at (<c>at</c>), or null, as <see cref="ActivityRow.AtInstant"/>.</summary>
    public Instant? AtInstant { get; set; }

    /// <summary>The number trained (<c>trainees</c>).</summary>
    public int Trainees { get; set; }
}
