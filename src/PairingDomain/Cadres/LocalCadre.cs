using PairingDomain.Places;
using PairingDomain.Time;

namespace PairingDomain.Cadres;

/// <summary>
/// A member of a village work team (驻村工作队) sent by a city, a county or a township rather than by a provincial unit
/// (case-format-2.md §1, <c>localCadres</c>).
/// </summary>
/// <remarks>
/// A local cadre counts for the team rules only — <c>TEAM-MIN-SIZE</c> (at least 3 in post, a first secretary among
/// them), <c>TEAM-TERM</c> (2-year terms) and <c>TEAM-STAYS-AFTER-EXIT</c> (domain.md §8, Sichuan's implementing
/// opinion on village work teams): it has no unit, no duties, no grades and no bundles.
/// Its identifier is a <see cref="CadreId"/>: the contract gives local cadres and stationed cadres one namespace, so
/// one type lets a team's members be named alike (a <c>TEAM-TERM</c> finding's subject is the member id, whichever
/// kind of member) and lets <see cref="CadreWorkBookBuilder"/> refuse an id used by both (<c>duplicate-id</c>).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record LocalCadre
{
    /// <summary>Creates a local cadre.</summary>
    /// <param name="id">The member's identifier, in the cadres' namespace.</param>
    /// <param name="name">The member's name.</param>
    /// <param name="level">The level that sent the member.</param>
    /// <param name="village">The village of the team.</param>
    /// <param name="post">The member's post in the team.</param>
    /// <param name="posting">The days of the posting, inclusive.</param>
    /// <exception cref="System.ArgumentException">An identifier or the village is the default value.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="name"/>, <paramref name="level"/> or <paramref name="post"/> is null.</exception>
    public LocalCadre(CadreId id, string name, LocalCadreLevel level, VillageCode village, CadrePost post, DateRange posting)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The identifier is the default value.");
        Preconditions.CheckArgument(village.Value is not null, nameof(village), "The village is the default value.");
        Id = id;
        Name = Preconditions.CheckNotNull(name, nameof(name));
        Level = Preconditions.CheckNotNull(level, nameof(level));
        Village = village;
        Post = Preconditions.CheckNotNull(post, nameof(post));
        Posting = posting;
    }

    /// <summary>The member's identifier, unique among stationed and local cadres.</summary>
    public CadreId Id { get; }

    /// <summary>The member's name.</summary>
    public string Name { get; }

    /// <summary>The level that sent the member.</summary>
    public LocalCadreLevel Level { get; }

    /// <summary>The village of the team.</summary>
    public VillageCode Village { get; }

    /// <summary>The member's post in the team.</summary>
    public CadrePost Post { get; }

    /// <summary>The days of the posting.</summary>
    public DateRange Posting { get; }
}
