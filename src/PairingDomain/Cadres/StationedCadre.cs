using System;
using PairingDomain.Places;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Cadres;

/// <summary>
/// A stationed cadre (驻村干部) sent by a unit to live in a poverty village for a posting interval (驻村帮扶).
/// </summary>
/// <remarks>
/// The cadre's postings feed the fourth part of <c>MECH-FOUR-IN-ONE</c> and <c>BUNDLE-VILLAGE</c>; a posting to a
/// village of a county its unit never assists during the posting is reported as <c>POSTING-OUTSIDE-PAIRING</c>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record StationedCadre
{
    /// <summary>Creates a stationed cadre.</summary>
    /// <param name="id">The cadre's identifier.</param>
    /// <param name="name">The cadre's name.</param>
    /// <param name="unit">The sending unit.</param>
    /// <param name="village">The village the cadre is posted to.</param>
    /// <param name="post">The cadre's post in the work team.</param>
    /// <param name="posting">The days of the posting, inclusive.</param>
    public StationedCadre(CadreId id, string name, UnitId unit, VillageCode village, CadrePost post, DateRange posting)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The identifier is the default value.");
        Preconditions.CheckArgument(unit.Value is not null, nameof(unit), "The unit is the default value.");
        Preconditions.CheckArgument(village.Value is not null, nameof(village), "The village is the default value.");
        Id = id;
        Name = Preconditions.CheckNotNull(name, nameof(name));
        Unit = unit;
        Village = village;
        Post = Preconditions.CheckNotNull(post, nameof(post));
        Posting = posting;
    }

    /// <summary>The cadre's identifier.</summary>
    public CadreId Id { get; }

    /// <summary>The cadre's name.</summary>
    public string Name { get; }

    /// <summary>The sending unit.</summary>
    public UnitId Unit { get; }

    /// <summary>The village of the posting.</summary>
    public VillageCode Village { get; }

    /// <summary>The cadre's post in the work team.</summary>
    public CadrePost Post { get; }

    /// <summary>The days of the posting.</summary>
    public DateRange Posting { get; }
}
