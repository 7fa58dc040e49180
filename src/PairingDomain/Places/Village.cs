namespace PairingDomain.Places;

/// <summary>
/// A poverty village (贫困村) of a county, whose target is exit (退出) in a planned year, domain.md §2.
/// </summary>
/// <remarks>
/// The village code's first 6 digits must be its county's code: the constructor refuses a mismatch.
/// A village due in the assessed year that did not exit in that year's batch triggers <c>BUNDLE-VILLAGE</c>
/// for every unit with a cadre posted there during the year.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Village
{
    /// <summary>Creates a village.</summary>
    /// <param name="code">Its 12-digit statistical division code.</param>
    /// <param name="county">The county it lies in; must equal the code's first 6 digits.</param>
    /// <param name="name">Its name.</param>
    /// <param name="plannedExitYear">The year it is due to exit.</param>
    /// <param name="exitedYear">The batch year it exited in, or null while not yet.</param>
    /// <exception cref="System.ArgumentException">The code does not lie in <paramref name="county"/>.</exception>
    public Village(VillageCode code, DivisionCode county, string name, int plannedExitYear, int? exitedYear)
    {
        Preconditions.CheckArgument(code.Value is not null, nameof(code), "The code is the default value.");
        Preconditions.CheckArgument(code.IsIn(county), nameof(county),
            $"Village code {code} does not lie in county {county}: its first 6 digits must be the county's code.");
        Preconditions.CheckArgumentRange(nameof(plannedExitYear), plannedExitYear, 1, 9999);
        if (exitedYear is int y)
        {
            Preconditions.CheckArgumentRange(nameof(exitedYear), y, 1, 9999);
        }
        Code = code;
        County = county;
        Name = Preconditions.CheckNotNull(name, nameof(name));
        PlannedExitYear = plannedExitYear;
        ExitedYear = exitedYear;
    }

    /// <summary>The village's statistical division code.</summary>
    public VillageCode Code { get; }

    /// <summary>The county it lies in.</summary>
    public DivisionCode County { get; }

    /// <summary>The village's name.</summary>
    public string Name { get; }

    /// <summary>The year the village is due to exit.</summary>
    public int PlannedExitYear { get; }

    /// <summary>The batch year it exited in, or null while not yet.</summary>
    public int? ExitedYear { get; }

    /// <summary>Whether the village was due in <paramref name="year"/> and did not exit in that year's batch or before.</summary>
    /// <param name="year">An assessment year.</param>
    public bool MissedExit(int year) => PlannedExitYear == year && (ExitedYear is null || ExitedYear > year);
}
