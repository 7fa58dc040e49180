using System;
using PairingDomain.Activities;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// One activity of a unit — what it is: its date, kind, county and leader — and whether it counted for a duty.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Activity">The activity, as the ledger holds it.</param>
/// <param name="Verdict">Whether it counted, or why not.</param>
/// <param name="OtherDuty">
/// When <paramref name="Verdict"/> is <see cref="ActivityVerdict.OtherPost"/>, the duty of another post that the
/// activity feeds (its leader held that duty's post on its date); otherwise null.
/// </param>
/// <exception cref="System.ArgumentNullException"><paramref name="Activity"/> or <paramref name="Verdict"/> is null.</exception>
/// <exception cref="System.ArgumentException"><paramref name="OtherDuty"/> is the default rule identifier.</exception>
public sealed record ActivityJudgement(Activity Activity, ActivityVerdict Verdict, RuleId? OtherDuty = null)
{
    /// <summary>The activity, as the ledger holds it.</summary>
    public Activity Activity { get; init; } = Preconditions.CheckNotNull(Activity, nameof(Activity));

    /// <summary>Whether it counted, or why not.</summary>
    public ActivityVerdict Verdict { get; init; } = Preconditions.CheckNotNull(Verdict, nameof(Verdict));

    /// <summary>The duty of another post the activity feeds, when <see cref="Verdict"/> is <see cref="ActivityVerdict.OtherPost"/>.</summary>
    public RuleId? OtherDuty { get; init; } = OtherDuty is { Value: null }
        ? throw new ArgumentException("The rule identifier is the default value.", nameof(OtherDuty))
        : OtherDuty;
}
