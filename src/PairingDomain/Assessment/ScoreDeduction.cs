using System;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// One row of a unit's score that deducts (case-format-2.md §3 <c>score.deductions</c>): the row's rule, its missing
/// count and the points it deducts, <c>min(max, perMissing × missing)</c>.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Rule">The scoring row's rule.</param>
/// <param name="Missing">What the row counts as missing (see <see cref="ScoringTable"/>); at least 1.</param>
/// <param name="Points">The points deducted; at least 1.</param>
/// <exception cref="ArgumentException"><paramref name="Rule"/> is the default identifier.</exception>
public readonly record struct ScoreDeduction(RuleId Rule, int Missing, int Points)
{
    /// <summary>The scoring row's rule.</summary>
    public RuleId Rule { get; init; } = Rule.Value is null
        ? throw new ArgumentException("The rule identifier is the default value.", nameof(Rule))
        : Rule;
}
