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
public sealed record ActivityJudgement(Activity Activity, ActivityVerdict Verdict, RuleId? OtherDuty = null);
