using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Places;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// An activity of the ledger (case-format.md <c>activities</c>; the duties of domain.md it counts towards). Table <c>activities</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class ActivityRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The activity's id (<c>id</c>).</summary>
    public ActivityId ActivityId { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The activity's kind, as its contract id.</summary>
    public ActivityKind Kind { get; set; } = null!;

    /// <summary>The unit it is recorded for (<c>unit</c>).</summary>
    public UnitId UnitId { get; set; }

    /// <summary>The leader who took part (<c>by</c>), or null.</summary>
    public LeaderId? LeaderId { get; set; }

    /// <summary>The day it took place (<c>on</c>; for an activity recorded at an instant, that instant's day in China Standard Time).</summary>
    public LocalDate OnDate { get; set; }

    /// <summary>The instant it was recorded at (<c>at</c>), or null for an activity recorded by day: ISO text in UTC with nine fraction digits (<c>2019-09-30T18:00:00.000000000Z</c>).</summary>
    public Instant? AtInstant { get; set; }

    /// <summary>The county it took place in (<c>county</c>), or null.</summary>
    public DivisionCode? CountyCode { get; set; }

    /// <summary>The village it took place in (<c>village</c>), or null.</summary>
    public VillageCode? VillageCode { get; set; }

    /// <summary>Its focus topics (case-format-2.md §1 <c>topics</c>), as their contract ids separated by a space, empty for none.</summary>
    public FocusTopicSet Topics { get; set; }
}
