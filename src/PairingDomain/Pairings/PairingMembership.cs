using NodaTime;
using PairingDomain.Places;
using PairingDomain.Units;

namespace PairingDomain.Pairings;

/// <summary>
/// One unit's membership of one county's pairing, as offices keep pairings: a row per unit and county ("U-03
/// participates in 昭觉县 from 2019-04-01"), §III.1 and domain.md §3. <see cref="CountyPairingAssembler"/> turns a set of
/// them into <see cref="CountyPairing"/>s.
/// </summary>
/// <remarks>
/// <see cref="From"/> and <see cref="To"/> are an inclusive interval of local dates, <see cref="To"/> null when
/// open-ended (case-format.md). A <see cref="To"/> before <see cref="From"/> is accepted here and reported by the
/// assembler as a <see cref="MembershipProblemCodes.DateOrder"/> problem, so that an import is never lost to an
/// exception.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record PairingMembership
{
    /// <summary>Creates a membership.</summary>
    /// <param name="county">The county assisted.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="role">Lead or participant.</param>
    /// <param name="from">The first day of the membership.</param>
    /// <param name="to">The last day, inclusive, or null when open-ended.</param>
    /// <exception cref="System.ArgumentException"><paramref name="county"/> or <paramref name="unit"/> is the default value.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="role"/> is null.</exception>
    public PairingMembership(DivisionCode county, UnitId unit, PairingRole role, LocalDate from, LocalDate? to)
    {
        Preconditions.CheckArgument(county.Value is not null, nameof(county), "The county is the default value.");
        Preconditions.CheckArgument(unit.Value is not null, nameof(unit), "The unit is the default value.");
        County = county;
        Unit = unit;
        Role = Preconditions.CheckNotNull(role, nameof(role));
        From = from;
        To = to;
    }

    /// <summary>The county assisted.</summary>
    public DivisionCode County { get; }

    /// <summary>The unit.</summary>
    public UnitId Unit { get; }

    /// <summary>Lead or participant.</summary>
    public PairingRole Role { get; }

    /// <summary>The first day.</summary>
    public LocalDate From { get; }

    /// <summary>The last day, inclusive, or null when open-ended.</summary>
    public LocalDate? To { get; }

    /// <summary>Whether the membership is in force on <paramref name="date"/>.</summary>
    /// <param name="date">A day.</param>
    public bool Contains(LocalDate date) => date >= From && (To is null || date <= To.Value);
}
