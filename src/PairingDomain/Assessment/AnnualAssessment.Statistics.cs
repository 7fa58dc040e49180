using System;
using System.Threading;
using PairingDomain.Assessment.Statistics;

namespace PairingDomain.Assessment;

public sealed partial class AnnualAssessment
{
    private AssessmentStatistics? _statistics;

    /// <summary>
    /// The figures of §II over the window (case-format-2.md §3 <c>statistics</c>): activities per kind and post, outcomes
    /// per measure, regions with their focus topics, supervising authorities and the year's targets. Computed on first
    /// use, once (one pass over the ledger), and the same on every thread.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The assessment was restored from a stored <c>pairing-assessment/1</c> document, which carries no statistics.
    /// </exception>
    public AssessmentStatistics Statistics =>
        LazyInitializer.EnsureInitialized(ref _statistics, () => (StatisticsSource ?? throw (StoredFormat is not null
            ? RestoredAssessment.NotStored(StoredFormat, "the statistics")
            : new InvalidOperationException("No statistics source."))).Invoke(this));

    /// <summary>How <see cref="Statistics"/> is computed: set by <see cref="AnnualAssessor"/>.</summary>
    internal Func<AnnualAssessment, AssessmentStatistics>? StatisticsSource { get; init; }
}
