using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PairingDomain.Policy;

/// <summary>
/// A caller's set of policy editions, resolved by identifier (a case's <c>policy</c>) or by the year they apply to.
/// </summary>
/// <remarks>
/// Identifiers are unique in a set; several editions may apply to one year, in which case <see cref="ForYear"/> refuses to
/// guess.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class PolicyEditionSet
{
    private readonly ImmutableDictionary<string, PolicyEdition> _byId;

    /// <summary>Creates a set.</summary>
    /// <param name="editions">The editions; identifiers must be unique.</param>
    /// <exception cref="ArgumentException">Two editions share an identifier.</exception>
    public PolicyEditionSet(IEnumerable<PolicyEdition> editions)
    {
        Preconditions.CheckNotNull(editions, nameof(editions));
        var byId = ImmutableDictionary.CreateBuilder<string, PolicyEdition>(StringComparer.Ordinal);
        foreach (PolicyEdition edition in editions)
        {
            Preconditions.CheckArgument(!byId.ContainsKey(edition.Id), nameof(editions), $"Edition {edition.Id} appears twice.");
            byId.Add(edition.Id, edition);
        }
        _byId = byId.ToImmutable();
    }

    /// <summary>The built-in editions.</summary>
    public static PolicyEditionSet BuiltIn { get; } = new(PolicyEditions.All.Values);

    /// <summary>The editions by identifier.</summary>
    public IReadOnlyDictionary<string, PolicyEdition> ById => _byId;

    /// <summary>The edition named <paramref name="id"/>, or null.</summary>
    /// <param name="id">An edition identifier such as <c>sichuan-2019</c>.</param>
    public PolicyEdition? Find(string id) => _byId.TryGetValue(id, out PolicyEdition? e) ? e : null;

    /// <summary>
    /// The only edition that applies to <paramref name="year"/> (<see cref="PolicyEdition.AppliesToYear"/>), or null when
    /// there is none or more than one.
    /// </summary>
    /// <param name="year">An assessed year.</param>
    public PolicyEdition? ForYear(int year)
    {
        PolicyEdition[] matches = _byId.Values.Where(e => e.AppliesToYear(year)).Take(2).ToArray();
        return matches.Length == 1 ? matches[0] : null;
    }
}
