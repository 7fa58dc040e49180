using PairingDomain.Activities;

namespace PairingDomain.Assessment.Statistics;

/// <summary>
/// The activities of one kind dated in the window, whatever their verdict (case-format-2.md §3
/// <c>statistics.activities</c>), and how many of them were led by a leader holding each post on the activity's date.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Total">Every activity of the kind dated in the window.</param>
/// <param name="MainLeader">Those whose <c>by</c> held <c>main-leader</c> on the date.</param>
/// <param name="DeputyLeader">Those whose <c>by</c> held <c>deputy-leader</c> on the date.</param>
/// <param name="OtherLeader">Those whose <c>by</c> held <c>other-leader</c> on the date.</param>
/// <remarks>
/// Reading: an activity without <c>by</c>, or whose leader held no post on its date, counts in <see cref="Total"/> only,
/// so <see cref="Total"/> is at least the sum of the three posts.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record ActivityKindStatistics(ActivityKind Kind, int Total, int MainLeader, int DeputyLeader, int OtherLeader);
