using System.Collections.Generic;
using System.Collections.Immutable;
using PairingDomain.Places;
using PairingDomain.Rosters;

namespace PairingDomain.Exits;

/// <summary>
/// The exit indicator records of a roster (case-format-2.md §1, "Exit indicators"; domain.md §8): households, villages
/// and counties, at most one record per subject and year, every village and county in the roster. The inputs of
/// <c>EXIT-HOUSEHOLD</c>, <c>EXIT-VILLAGE</c>, <c>EXIT-COUNTY</c> and <c>EXIT-CLAIM-UNSUPPORTED</c>.
/// </summary>
/// <remarks>
/// Built only through <see cref="ExitIndicatorBookBuilder"/>, which refuses every bad record at once.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class ExitIndicatorBook
{
    // Never mutated after construction.
    private readonly Dictionary<(VillageCode, int), int> _villageIndex;
    private readonly Dictionary<(DivisionCode, int), int> _countyIndex;

    internal ExitIndicatorBook(Roster roster, ImmutableArray<HouseholdIndicators> households, ImmutableArray<VillageIndicators> villages,
        ImmutableArray<CountyIndicators> counties, Dictionary<(VillageCode, int), int> villageIndex, Dictionary<(DivisionCode, int), int> countyIndex)
    {
        Roster = roster;
        Households = households;
        Villages = villages;
        Counties = counties;
        _villageIndex = villageIndex;
        _countyIndex = countyIndex;
    }

    /// <summary>The roster whose villages and counties the records name.</summary>
    public Roster Roster { get; }

    /// <summary>The household records, in the order given; at most one per household and year.</summary>
    public ImmutableArray<HouseholdIndicators> Households { get; }

    /// <summary>The village records, in the order given; at most one per village and year.</summary>
    public ImmutableArray<VillageIndicators> Villages { get; }

    /// <summary>The county records, in the order given; at most one per county and year.</summary>
    public ImmutableArray<CountyIndicators> Counties { get; }

    /// <summary>An empty book for <paramref name="roster"/>.</summary>
    /// <param name="roster">The roster.</param>
    /// <returns>The book.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="roster"/> is null.</exception>
    public static ExitIndicatorBook Empty(Roster roster) =>
        new(Preconditions.CheckNotNull(roster, nameof(roster)), [], [], [], [], []);

    /// <summary>The record of <paramref name="village"/> for <paramref name="year"/>, or null when none was given.</summary>
    /// <param name="village">A village.</param>
    /// <param name="year">A year.</param>
    /// <returns>The record, or null.</returns>
    public VillageIndicators? VillageRecordOf(VillageCode village, int year) =>
        _villageIndex.TryGetValue((village, year), out int i) ? Villages[i] : null;

    /// <summary>The record of <paramref name="county"/> for <paramref name="year"/>, or null when none was given.</summary>
    /// <param name="county">A county.</param>
    /// <param name="year">A year.</param>
    /// <returns>The record, or null.</returns>
    public CountyIndicators? CountyRecordOf(DivisionCode county, int year) =>
        _countyIndex.TryGetValue((county, year), out int i) ? Counties[i] : null;
}
