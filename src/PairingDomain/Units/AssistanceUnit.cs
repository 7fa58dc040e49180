using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace PairingDomain.Units;

/// <summary>
/// A provincial unit that gives designated assistance (帮扶单位): a department, university, hospital,
/// state-owned enterprise, financial institution or central unit, with its mechanism and its leaders.
/// </summary>
/// <remarks>
/// domain.md §1. Leader identifiers are unique within the unit (the roster checks them across units).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class AssistanceUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="id">The unit's identifier.</param>
    /// <param name="name">The unit's name.</param>
    /// <param name="kind">The unit's kind.</param>
    /// <param name="mechanism">The declared parts of its four-in-one mechanism.</param>
    /// <param name="leaders">Its leaders, each holding one post for a tenure.</param>
    /// <exception cref="ArgumentException">Two leaders share an identifier.</exception>
    public AssistanceUnit(UnitId id, string name, UnitKind kind, FourInOneMechanism mechanism, IEnumerable<Leader> leaders)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The identifier is the default value.");
        Id = id;
        Name = Preconditions.CheckNotNull(name, nameof(name));
        Kind = Preconditions.CheckNotNull(kind, nameof(kind));
        Mechanism = Preconditions.CheckNotNull(mechanism, nameof(mechanism));
        Leaders = Preconditions.CheckNotNull(leaders, nameof(leaders)).ToImmutableArray();
        var seen = new HashSet<LeaderId>();
        foreach (Leader leader in Leaders)
        {
            Preconditions.CheckArgument(leader is not null, nameof(leaders), "A leader is null.");
            Preconditions.CheckArgument(seen.Add(leader.Id), nameof(leaders), $"Leader {leader.Id} appears twice in unit {id}.");
        }
    }

    /// <summary>The unit's identifier.</summary>
    public UnitId Id { get; }

    /// <summary>The unit's name.</summary>
    public string Name { get; }

    /// <summary>The unit's kind, which names its supervising authority.</summary>
    public UnitKind Kind { get; }

    /// <summary>The declared parts of the unit's four-in-one mechanism.</summary>
    public FourInOneMechanism Mechanism { get; }

    /// <summary>The unit's leaders in the order given.</summary>
    public ImmutableArray<Leader> Leaders { get; }

    /// <summary>Who held <paramref name="post"/> on <paramref name="date"/>: usually one leader, possibly none.</summary>
    /// <param name="post">A post.</param>
    /// <param name="date">A local date in China Standard Time.</param>
    public IEnumerable<Leader> HoldersOf(LeaderPost post, LocalDate date) =>
        Leaders.Where(l => l.Held(post, date));

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name} ({Kind.Name})";
}
