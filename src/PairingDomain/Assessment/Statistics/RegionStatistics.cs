using System.Collections.Immutable;
using PairingDomain.Places;

namespace PairingDomain.Assessment.Statistics;

/// <summary>
/// One region's figures over the window (case-format-2.md §3 <c>statistics.regions</c>, the 221 and 111 units of §III.1):
/// its counties, the units assisting one of them, the supervision visits to them and their focus topics.
/// </summary>
/// <param name="Region">The region.</param>
/// <param name="Counties">The case's counties of the region.</param>
/// <param name="Units">The units with a pairing of one of them in force some day of the window.</param>
/// <param name="SupervisionVisits">The supervision visits dated in the window to one of them, whatever their verdict.</param>
/// <param name="Topics">Every topic of the region's list (<see cref="Activities.FocusTopic.ListFor"/>) with its visits; empty for another area.</param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record RegionStatistics(Region Region, int Counties, int Units, int SupervisionVisits, ImmutableArray<TopicVisits> Topics);
