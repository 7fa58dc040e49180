namespace PairingDomain.Assessment.Statistics;

/// <summary>
/// The year's targets against what was achieved (case-format-2.md §3 <c>statistics.targets</c>; §II's 31 counties and
/// 1,482 villages for 2019): counties planned to be delisted and villages planned to exit in the year, and of those the
/// ones delisted or exited with a year not after it.
/// </summary>
/// <param name="CountiesDue">Counties whose <c>plannedDelistingYear</c> is the year.</param>
/// <param name="CountiesDelisted">Of those, the ones with <c>delistedYear</c> at most the year.</param>
/// <param name="VillagesDue">Villages whose <c>plannedExitYear</c> is the year.</param>
/// <param name="VillagesExited">Of those, the ones with <c>exitedYear</c> at most the year.</param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record TargetStatistics(int CountiesDue, int CountiesDelisted, int VillagesDue, int VillagesExited);
