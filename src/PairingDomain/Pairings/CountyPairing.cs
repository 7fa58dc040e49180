using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PairingDomain.Places;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Pairings;

/// <summary>
/// A county pairing (联系县 / 定点帮扶县), §III.1: one lead unit (牵头单位) and any number of participating units
/// (参与单位) assisting one poverty county for an interval of days.
/// </summary>
/// <remarks>
/// The constructor refuses a participant listed twice. A unit that is both lead and participant is a data problem
/// reported by the roster as <c>PAIR-LEAD-AND-PARTICIPANT</c>, not refused here, so that a whole import is never lost.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class CountyPairing
{
    /// <summary>Creates a pairing.</summary>
    /// <param name="county">The county assisted.</param>
    /// <param name="lead">The lead unit.</param>
    /// <param name="participants">The participating units, each once.</param>
    /// <param name="validity">The days the pairing is in force.</param>
    /// <exception cref="ArgumentException">A participant appears twice.</exception>
    public CountyPairing(DivisionCode county, UnitId lead, IEnumerable<UnitId> participants, DateRange validity)
    {
        Preconditions.CheckArgument(county.Value is not null, nameof(county), "The county is the default value.");
        Preconditions.CheckArgument(lead.Value is not null, nameof(lead), "The lead is the default value.");
        County = county;
        Lead = lead;
        Participants = Preconditions.CheckNotNull(participants, nameof(participants)).ToImmutableArray();
        Preconditions.CheckArgument(Participants.Distinct().Count() == Participants.Length, nameof(participants),
            $"A participant of the pairing of county {county} appears twice.");
        Validity = validity;
    }

    /// <summary>The county assisted.</summary>
    public DivisionCode County { get; }

    /// <summary>The lead unit.</summary>
    public UnitId Lead { get; }

    /// <summary>The participating units.</summary>
    public ImmutableArray<UnitId> Participants { get; }

    /// <summary>The days the pairing is in force, inclusive.</summary>
    public DateRange Validity { get; }

    /// <summary>Every unit of the pairing: the lead first, then the participants.</summary>
    public IEnumerable<UnitId> Units => Participants.Prepend(Lead);

    /// <summary>Whether <paramref name="unit"/> is the lead or a participant.</summary>
    /// <param name="unit">A unit.</param>
    public bool Involves(UnitId unit) => Lead == unit || Participants.Contains(unit);

    /// <inheritdoc />
    public override string ToString() => $"{County} lead {Lead} +{Participants.Length} {Validity}";
}
