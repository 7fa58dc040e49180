using System;
using System.Collections.Immutable;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// What the assessed year's grade asks of a stationed cadre's sending unit: <c>CADRE-RECALL</c> for 不称职,
/// <c>CADRE-COMMEND</c> for 优秀, otherwise nothing (§III.6).
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
/// <param name="Cadre">The cadre.</param>
/// <param name="Actions">The rules that apply, possibly none.</param>
/// <exception cref="ArgumentException"><paramref name="Cadre"/> is the default identifier.</exception>
public readonly record struct CadreActions(CadreId Cadre, ImmutableArray<RuleId> Actions)
{
    /// <summary>The cadre.</summary>
    public CadreId Cadre { get; init; } = Cadre.Value is null
        ? throw new ArgumentException("The cadre identifier is the default value.", nameof(Cadre))
        : Cadre;
}
