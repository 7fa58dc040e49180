using System.Collections.Immutable;

namespace PairingDomain.Assessment.Statistics;

/// <summary>
/// The figures of §II over the window (case-format-2.md §3 <c>statistics</c>): activities per kind and post, outcomes per
/// measure, regions with their focus topics, supervising authorities, and the year's targets.
/// </summary>
/// <param name="Activities">Every activity kind, in kind order, zeros included.</param>
/// <param name="Outcomes">Every measure, in measure order, with its exact sum (<see cref="AnnualAssessment.OutcomeTotals"/>).</param>
/// <param name="Regions">Tibetan, Yi and other areas, in that order.</param>
/// <param name="Authorities">The five supervising authorities, in the order of domain.md §1.</param>
/// <param name="Targets">The year's targets.</param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record AssessmentStatistics(
    ImmutableArray<ActivityKindStatistics> Activities,
    ImmutableArray<OutcomeTotal> Outcomes,
    ImmutableArray<RegionStatistics> Regions,
    ImmutableArray<AuthorityStatistics> Authorities,
    TargetStatistics Targets);
