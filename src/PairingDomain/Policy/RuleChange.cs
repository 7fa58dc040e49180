using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PairingDomain.Policy;

/// <summary>A rule present in both editions with different parameters.</summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Rule">The rule.</param>
/// <param name="Changes">Each parameter that differs.</param>
public sealed record RuleChange(RuleId Rule, ImmutableArray<ParameterChange> Changes);
