using System.Collections.Immutable;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// One trigger that bars a unit and its main leader from excellence (本年度均不能评先评优), §III.8.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Rule">The bundle rule: <c>BUNDLE-CADRE</c>, <c>BUNDLE-VILLAGE</c> or <c>BUNDLE-COUNTY</c>.</param>
/// <param name="Subject">The cadre identifier or the village or county code that triggered it.</param>
public sealed record ExcellenceBlock(RuleId Rule, string Subject);

/// <summary>
/// Whether a unit, or its main leader, may be rated excellent under the three bundles (三捆绑) of §III.8.
/// </summary>
/// <remarks>
/// <see cref="BlockedBy"/> lists every trigger once, ordered ordinally by rule identifier then subject;
/// <see cref="Eligible"/> is true exactly when it is empty.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class ExcellenceResult
{
    internal ExcellenceResult(ImmutableArray<ExcellenceBlock> blockedBy) => BlockedBy = blockedBy;

    /// <summary>Whether no bundle bars excellence.</summary>
    public bool Eligible => BlockedBy.IsEmpty;

    /// <summary>Every trigger, once each, in ordinal order of rule then subject.</summary>
    public ImmutableArray<ExcellenceBlock> BlockedBy { get; }
}
