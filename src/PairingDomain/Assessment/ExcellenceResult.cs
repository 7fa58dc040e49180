using System.Collections.Immutable;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

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
