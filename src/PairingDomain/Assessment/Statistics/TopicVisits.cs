using PairingDomain.Activities;

namespace PairingDomain.Assessment.Statistics;

/// <summary>
/// One topic of a region's list with the supervision visits of the window to the region's counties that carried it
/// (case-format-2.md §3 <c>statistics.regions[].topics</c>, §4: counted only under the visited county's region).
/// </summary>
/// <param name="Topic">The topic.</param>
/// <param name="Visits">The visits that carried it.</param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record TopicVisits(FocusTopic Topic, int Visits);
