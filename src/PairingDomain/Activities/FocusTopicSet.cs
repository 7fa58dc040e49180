using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Linq;

namespace PairingDomain.Activities;

/// <summary>
/// The focus topics a supervision visit carries (case-format-2.md §1 "Focus topics"): a set of distinct
/// <see cref="FocusTopic"/> values, stored as a 16-bit mask so that the ledger's packed record stays small.
/// </summary>
/// <remarks>
/// Equal sets are equal whatever order their topics were given in; <see cref="Topics"/> lists them in topic order.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct FocusTopicSet
{
    private FocusTopicSet(ushort mask) => Mask = mask;

    /// <summary>The empty set: a visit without topics, and every other activity.</summary>
    public static FocusTopicSet Empty => default;

    /// <summary>Whether the set has no topic.</summary>
    public bool IsEmpty => Mask == 0;

    /// <summary>The topics, in topic order.</summary>
    public ImmutableArray<FocusTopic> Topics
    {
        get
        {
            if (Mask == 0)
            {
                return [];
            }
            var topics = ImmutableArray.CreateBuilder<FocusTopic>();
            foreach (FocusTopic topic in FocusTopic.InValueOrder)
            {
                if (Contains(topic))
                {
                    topics.Add(topic);
                }
            }
            return topics.ToImmutable();
        }
    }

    internal ushort Mask { get; }

    /// <summary>The set of <paramref name="topics"/>; a repeated topic is kept once.</summary>
    /// <param name="topics">The topics.</param>
    /// <returns>The set.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="topics"/> or one of its topics is null.</exception>
    [Pure]
    public static FocusTopicSet Of(IEnumerable<FocusTopic> topics)
    {
        Preconditions.CheckNotNull(topics, nameof(topics));
        ushort mask = 0;
        foreach (FocusTopic topic in topics)
        {
            mask |= Preconditions.CheckNotNull(topic, nameof(topics)).Bit;
        }
        return new FocusTopicSet(mask);
    }

    internal static FocusTopicSet FromMask(ushort mask) => new(mask);

    /// <summary>Whether the set holds <paramref name="topic"/>.</summary>
    /// <param name="topic">The topic.</param>
    /// <returns>Whether it is in the set.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="topic"/> is null.</exception>
    [Pure]
    public bool Contains(FocusTopic topic) => (Mask & Preconditions.CheckNotNull(topic, nameof(topic)).Bit) != 0;

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Topics.Select(t => t.ContractId));
}
