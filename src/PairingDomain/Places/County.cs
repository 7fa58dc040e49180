using System;

namespace PairingDomain.Places;

/// <summary>
/// A poverty county (贫困县) whose target is delisting (摘帽) in a planned year, domain.md §2.
/// </summary>
/// <remarks>
/// <see cref="DelistedYear"/> names the batch year in which the county was delisted (the province approves a
/// year's batch early the next year), or null while not yet. A county due in the assessed year and not
/// delisted by then triggers <c>BUNDLE-COUNTY</c>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record County
{
    /// <summary>Creates a county.</summary>
    /// <param name="code">Its 6-digit administrative division code.</param>
    /// <param name="name">Its official name.</param>
    /// <param name="region">The poverty region it lies in.</param>
    /// <param name="plannedDelistingYear">The year it is due to be delisted.</param>
    /// <param name="delistedYear">The batch year it was delisted in, or null while not yet.</param>
    public County(DivisionCode code, string name, Region region, int plannedDelistingYear, int? delistedYear)
    {
        Preconditions.CheckArgument(code.Value is not null, nameof(code), "The code is the default value.");
        Preconditions.CheckArgumentRange(nameof(plannedDelistingYear), plannedDelistingYear, 1, 9999);
        if (delistedYear is int y)
        {
            Preconditions.CheckArgumentRange(nameof(delistedYear), y, 1, 9999);
        }
        Code = code;
        Name = Preconditions.CheckNotNull(name, nameof(name));
        Region = Preconditions.CheckNotNull(region, nameof(region));
        PlannedDelistingYear = plannedDelistingYear;
        DelistedYear = delistedYear;
    }

    /// <summary>The county's administrative division code.</summary>
    public DivisionCode Code { get; }

    /// <summary>The county's name.</summary>
    public string Name { get; }

    /// <summary>The poverty region.</summary>
    public Region Region { get; }

    /// <summary>The year the county is due to be delisted.</summary>
    public int PlannedDelistingYear { get; }

    /// <summary>The batch year the county was delisted in, or null while not yet.</summary>
    public int? DelistedYear { get; }

    /// <summary>Whether the county was due in <paramref name="year"/> and was not delisted in that year's batch or before.</summary>
    /// <param name="year">An assessment year.</param>
    public bool MissedDelisting(int year) => PlannedDelistingYear == year && (DelistedYear is null || DelistedYear > year);

    /// <summary>Whether the county still needs assistance in <paramref name="year"/>: not delisted in an earlier batch.</summary>
    /// <param name="year">An assessment year.</param>
    public bool IsPoorIn(int year) => DelistedYear is null || DelistedYear >= year;
}
