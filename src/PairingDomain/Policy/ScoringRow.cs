using System;

namespace PairingDomain.Policy;

/// <summary>
/// One row of an edition's scoring table (the three links, 三挂钩, §III.8; case-format-2.md §2): the rule whose missing
/// count deducts points, the points deducted per missing item, and the most the row can deduct.
/// </summary>
/// <remarks>
/// A row deducts <c>PerMissing × missing</c>, at most <see cref="Max"/>; what <c>missing</c> counts is fixed by the
/// contract for each kind of row (see <see cref="ScoringTable"/>).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
/// <param name="Rule">The rule: a unit duty, <c>MECH-FOUR-IN-ONE</c> or <c>DUTY-CADRE-FULL-TIME</c>.</param>
/// <param name="PerMissing">The points deducted per missing item; zero or more.</param>
/// <param name="Max">The most points the row deducts; zero or more.</param>
/// <exception cref="ArgumentException"><paramref name="Rule"/> is the default identifier.</exception>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="PerMissing"/> or <paramref name="Max"/> is negative.</exception>
public sealed record ScoringRow(RuleId Rule, int PerMissing, int Max)
{
    /// <summary>The rule whose missing count the row deducts for.</summary>
    public RuleId Rule { get; init; } = Rule.Value is null
        ? throw new ArgumentException("The rule identifier is the default value.", nameof(Rule))
        : Rule;

    /// <summary>The points deducted per missing item.</summary>
    public int PerMissing { get; init; } = PerMissing >= 0
        ? PerMissing
        : throw new ArgumentOutOfRangeException(nameof(PerMissing), PerMissing, "The points per missing item cannot be negative.");

    /// <summary>The most points the row deducts.</summary>
    public int Max { get; init; } = Max >= 0
        ? Max
        : throw new ArgumentOutOfRangeException(nameof(Max), Max, "The maximum cannot be negative.");

    /// <summary>The points the row deducts for <paramref name="missing"/> missing items: <c>min(Max, PerMissing × missing)</c>.</summary>
    /// <param name="missing">The missing count, zero or more.</param>
    public int Deduct(int missing) => (int)Math.Min(Max, (long)PerMissing * Math.Max(0, missing));
}
