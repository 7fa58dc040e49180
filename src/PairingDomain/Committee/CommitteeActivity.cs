using PairingDomain.Activities;

namespace PairingDomain.Committee;

/// <summary>
/// An activity of the Work Committee (省委农村工作委员会, the provincial actor of §III.6) itself: a demonstration
/// training for stationed cadres (case-format-2.md §1, <c>committeeActivities</c>), the input of
/// <c>DUTY-COMMITTEE-TRAINING</c> (5 in 2019).
/// </summary>
/// <remarks>
/// Its identifier is an <see cref="ActivityId"/>: the contract gives committee activities and the units' activities
/// one namespace, and <see cref="Cadres.CadreWorkBookBuilder"/> refuses an id the activity ledger already uses
/// (<c>duplicate-id</c>). Its <see cref="Time"/> is counted by its local date in China Standard Time, as a unit
/// activity's is.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record CommitteeActivity
{
    /// <summary>Creates a committee activity.</summary>
    /// <param name="id">Its identifier, in the activities' namespace.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="time">When it took place.</param>
    /// <param name="trainees">The stationed cadres trained.</param>
    /// <exception cref="System.ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="kind"/> is null.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="trainees"/> is negative.</exception>
    public CommitteeActivity(ActivityId id, CommitteeActivityKind kind, ActivityTime time, int trainees)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The identifier is the default value.");
        Preconditions.CheckArgumentRange(nameof(trainees), trainees, 0, int.MaxValue);
        Id = id;
        Kind = Preconditions.CheckNotNull(kind, nameof(kind));
        Time = time;
        Trainees = trainees;
    }

    /// <summary>The activity's identifier.</summary>
    public ActivityId Id { get; }

    /// <summary>The activity's kind.</summary>
    public CommitteeActivityKind Kind { get; }

    /// <summary>When it took place.</summary>
    public ActivityTime Time { get; }

    /// <summary>The stationed cadres trained.</summary>
    public int Trainees { get; }
}
