using System.Collections.Immutable;
using NodaTime;
using PairingDomain.Places;

namespace PairingDomain.Cadres;

/// <summary>
/// The work team (驻村工作队) of one village as a query over the postings of its stationed and local cadres: who was
/// in post on a date, and the first day the village had a team. The team rules read it: <c>TEAM-MIN-SIZE</c> (on every
/// day with a member in post, at least 3 in post with a first secretary), <c>TEAM-TERM</c> and
/// <c>TEAM-STAYS-AFTER-EXIT</c> (a team is not withdrawn when its village exits), domain.md §8.
/// </summary>
/// <remarks>
/// Obtained from <see cref="CadreWorkBook.TeamOf"/>. A village with no posting has a team with no members, and no
/// first day. Every posting counts, one member per id (ids are unique among stationed and local cadres), whatever its
/// other findings (case-format-2.md §4).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class WorkTeam
{
    internal WorkTeam(VillageCode village, ImmutableArray<WorkTeamMember> members)
    {
        Village = village;
        Members = members;
        LocalDate? first = null;
        foreach (WorkTeamMember member in members)
        {
            if (first is null || member.Posting.Start < first.Value)
            {
                first = member.Posting.Start;
            }
        }
        FirstDay = first;
    }

    /// <summary>The village.</summary>
    public VillageCode Village { get; }

    /// <summary>Every posting to the village, whenever: the roster's stationed cadres in roster order, then the local cadres in the order given.</summary>
    public ImmutableArray<WorkTeamMember> Members { get; }

    /// <summary>
    /// The first day on which any member was in post, the day the village first had a team; null when no one was ever
    /// posted to it.
    /// </summary>
    public LocalDate? FirstDay { get; }

    /// <summary>The members in post on <paramref name="date"/>, in the order of <see cref="Members"/>.</summary>
    /// <param name="date">A local date in China Standard Time.</param>
    /// <returns>The members whose posting contains the date; empty when the village had no team that day.</returns>
    public ImmutableArray<WorkTeamMember> MembersOn(LocalDate date)
    {
        ImmutableArray<WorkTeamMember>.Builder inPost = ImmutableArray.CreateBuilder<WorkTeamMember>();
        foreach (WorkTeamMember member in Members)
        {
            if (member.Posting.Contains(date))
            {
                inPost.Add(member);
            }
        }
        return inPost.ToImmutable();
    }
}
