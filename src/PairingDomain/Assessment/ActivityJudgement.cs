using System.Collections.Immutable;
using Ardalis.SmartEnum;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// One activity of a unit and whether it counted for a duty.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Activity">The activity.</param>
/// <param name="Verdict">Whether it counted, or why not.</param>
public sealed record ActivityJudgement(ActivityId Activity, ActivityVerdict Verdict);
