using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PairingDomain.Policy;

/// <summary>A rule present in both editions with different parameters.</summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Rule">The rule.</param>
/// <param name="Changes">Each parameter that differs.</param>
/// <exception cref="ArgumentException"><paramref name="Rule"/> is the default identifier.</exception>
public sealed record RuleChange(RuleId Rule, ImmutableArray<ParameterChange> Changes)
{
    /// <summary>The rule.</summary>
    public RuleId Rule { get; init; } = Rule.Value is null
        ? throw new ArgumentException("The rule identifier is the default value.", nameof(Rule))
        : Rule;
}
