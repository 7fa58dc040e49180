using System.Diagnostics.Contracts;
using PairingDomain.Exits;

namespace PairingDomain;

public sealed partial class PairingCase
{
    // Null when none was given: a pairing-case/2 case then has no indicator records (every array may be absent).
    private ExitIndicatorBook? _exitIndicators;

    /// <summary>
    /// The exit indicator records of households, villages and counties (case-format-2.md §1, the inputs of
    /// <c>EXIT-HOUSEHOLD</c>, <c>EXIT-VILLAGE</c>, <c>EXIT-COUNTY</c> and <c>EXIT-CLAIM-UNSUPPORTED</c>); empty when none
    /// were given. They are judged only for a case with the cadres' work (<see cref="HasCadreWork"/>, a
    /// <c>pairing-case/2</c> case), where an empty book still makes every exit claimed for the year unsupported.
    /// </summary>
    public ExitIndicatorBook ExitIndicators => _exitIndicators ?? ExitIndicatorBook.Empty(Roster);

    /// <summary>This case with <paramref name="indicators"/> as its exit indicator records.</summary>
    /// <param name="indicators">The records, for the same roster.</param>
    /// <returns>A new case; this one is unchanged.</returns>
    /// <exception cref="System.ArgumentException"><paramref name="indicators"/> belongs to another roster.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="indicators"/> is null.</exception>
    /// <remarks>
    /// Keeps every other part of the case, as <see cref="WithCadreWork"/> and <see cref="WithOutcomes"/> keep these
    /// records.
    /// </remarks>
    [Pure]
    public PairingCase WithExitIndicators(ExitIndicatorBook indicators)
    {
        Preconditions.CheckNotNull(indicators, nameof(indicators));
        Preconditions.CheckArgument(ReferenceEquals(indicators.Roster, Roster), nameof(indicators),
            "The exit indicators belong to another roster.");
        var copy = (PairingCase)MemberwiseClone();
        copy._exitIndicators = indicators;
        return copy;
    }
}
