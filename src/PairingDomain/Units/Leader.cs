using System;
using NodaTime;
using PairingDomain.Time;

namespace PairingDomain.Units;

/// <summary>
/// A leader of an assistance unit holding one post for a tenure.
/// </summary>
/// <remarks>
/// A person who changes post is recorded as one <see cref="Leader"/> per post. A duty of a post counts the
/// activities of whoever held the post on the activity's date (case-format.md).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class Leader : IEquatable<Leader>
{
    /// <summary>Creates a leader.</summary>
    /// <param name="id">The leader's identifier, unique in the roster.</param>
    /// <param name="name">The leader's name.</param>
    /// <param name="post">The post held.</param>
    /// <param name="tenure">The days the post was held, inclusive; open-ended while still in post.</param>
    public Leader(LeaderId id, string name, LeaderPost post, DateRange tenure)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The identifier is the default value.");
        Id = id;
        Name = Preconditions.CheckNotNull(name, nameof(name));
        Post = Preconditions.CheckNotNull(post, nameof(post));
        Tenure = tenure;
    }

    /// <summary>The leader's identifier.</summary>
    public LeaderId Id { get; }

    /// <summary>The leader's name.</summary>
    public string Name { get; }

    /// <summary>The post held during <see cref="Tenure"/>.</summary>
    public LeaderPost Post { get; }

    /// <summary>The days the post was held.</summary>
    public DateRange Tenure { get; }

    /// <summary>Whether the leader held <paramref name="post"/> on <paramref name="date"/>.</summary>
    /// <param name="post">A post.</param>
    /// <param name="date">A local date in China Standard Time.</param>
    public bool Held(LeaderPost post, LocalDate date) => Post == post && Tenure.Contains(date);

    /// <inheritdoc />
    public bool Equals(Leader? other) =>
        other is not null && Id == other.Id && Name == other.Name && Post == other.Post && Tenure == other.Tenure;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Leader);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Post, Tenure);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name} ({Post.Name} {Tenure})";
}
