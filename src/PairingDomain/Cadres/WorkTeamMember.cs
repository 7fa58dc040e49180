using PairingDomain.Places;
using PairingDomain.Time;

namespace PairingDomain.Cadres;

/// <summary>
/// One posting to a village work team (驻村工作队): a provincial unit's stationed cadre or a local cadre of a city,
/// county or township, as the team rules count them (<c>TEAM-MIN-SIZE</c>, <c>TEAM-TERM</c>,
/// <c>TEAM-STAYS-AFTER-EXIT</c>; domain.md §8: a team may mix cadres of several units and of local levels).
/// </summary>
/// <remarks>
/// Exactly one of <see cref="Unit"/> and <see cref="Level"/> is set: the unit for a stationed cadre, the level for a
/// local cadre. Read from <see cref="WorkTeam.Members"/> and <see cref="WorkTeam.MembersOn"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record WorkTeamMember
{
    private WorkTeamMember(CadreId id, string name, VillageCode village, CadrePost post, DateRange posting, UnitId? unit, LocalCadreLevel? level)
    {
        Id = id;
        Name = name;
        Village = village;
        Post = post;
        Posting = posting;
        Unit = unit;
        Level = level;
    }

    /// <summary>The member's identifier, in the cadres' namespace.</summary>
    public CadreId Id { get; }

    /// <summary>The member's name.</summary>
    public string Name { get; }

    /// <summary>The village of the team.</summary>
    public VillageCode Village { get; }

    /// <summary>The member's post in the team; <c>TEAM-MIN-SIZE</c> wants a first secretary among those in post.</summary>
    public CadrePost Post { get; }

    /// <summary>The days of the posting; <c>TEAM-TERM</c> wants it to last 2 years.</summary>
    public DateRange Posting { get; }

    /// <summary>The sending unit of a stationed cadre, or null for a local cadre.</summary>
    public UnitId? Unit { get; }

    /// <summary>The sending level of a local cadre, or null for a stationed cadre.</summary>
    public LocalCadreLevel? Level { get; }

    /// <summary>Whether the member is a local cadre (sent by a city, county or township).</summary>
    public bool IsLocal => Level is not null;

    internal static WorkTeamMember Of(StationedCadre cadre) =>
        new(cadre.Id, cadre.Name, cadre.Village, cadre.Post, cadre.Posting, cadre.Unit, null);

    internal static WorkTeamMember Of(LocalCadre cadre) =>
        new(cadre.Id, cadre.Name, cadre.Village, cadre.Post, cadre.Posting, null, cadre.Level);
}
