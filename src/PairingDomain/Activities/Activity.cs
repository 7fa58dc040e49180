using PairingDomain.Places;
using PairingDomain.Units;

namespace PairingDomain.Activities;

/// <summary>
/// One recorded activity of a unit: a visit, a meeting, a plan, a study tour or a night-school lecture.
/// </summary>
/// <remarks>
/// Whether it counts for a duty is decided by the assessment: only when its leader held the duty's post on its date,
/// its county was assisted by the unit on that date, and its date lies in the assessed year up to the as-of date.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Activity
{
    /// <summary>Creates an activity.</summary>
    /// <param name="id">Its identifier, unique in the ledger.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="unit">The unit that held it.</param>
    /// <param name="by">The leader who led or convened it, or null.</param>
    /// <param name="time">When it took place.</param>
    /// <param name="county">The county it took place in or concerns, or null for a meeting held at the unit.</param>
    /// <param name="village">The village, when it took place in one, or null.</param>
    public Activity(ActivityId id, ActivityKind kind, UnitId unit, LeaderId? by, ActivityTime time,
        DivisionCode? county, VillageCode? village)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The identifier is the default value.");
        Preconditions.CheckArgument(unit.Value is not null, nameof(unit), "The unit is the default value.");
        Preconditions.CheckArgument(by is not { Value: null }, nameof(by), "The leader is the default value.");
        Preconditions.CheckArgument(county is not { Value: null }, nameof(county), "The county is the default value.");
        Preconditions.CheckArgument(village is not { Value: null }, nameof(village), "The village is the default value.");
        Id = id;
        Kind = Preconditions.CheckNotNull(kind, nameof(kind));
        Unit = unit;
        By = by;
        Time = time;
        County = county;
        Village = village;
    }

    /// <summary>The activity's identifier.</summary>
    public ActivityId Id { get; }

    /// <summary>The activity's kind.</summary>
    public ActivityKind Kind { get; }

    /// <summary>The unit that held it.</summary>
    public UnitId Unit { get; }

    /// <summary>The leader who led or convened it, or null.</summary>
    public LeaderId? By { get; }

    /// <summary>When it took place.</summary>
    public ActivityTime Time { get; }

    /// <summary>The county, or null.</summary>
    public DivisionCode? County { get; }

    /// <summary>The village, or null.</summary>
    public VillageCode? Village { get; }

    /// <summary>
    /// The focus topics of a supervision visit (case-format-2.md §1 "Focus topics"); empty for a visit without them, and
    /// for every other kind (<see cref="ActivityLedgerBuilder"/> refuses topics on another kind, <c>invalid-value</c>).
    /// </summary>
    public FocusTopicSet Topics { get; init; }
}
