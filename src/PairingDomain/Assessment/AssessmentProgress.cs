namespace PairingDomain.Assessment;

/// <summary>
/// How far an assessment has gone (<see cref="PairingCase.Assess(AssessmentOptions?, System.IProgress{AssessmentProgress}?, System.Threading.CancellationToken)"/>):
/// the activities scanned by the one pass over the ledger, then the units whose results are made.
/// </summary>
/// <param name="ActivitiesScanned">The activities of the ledger scanned so far.</param>
/// <param name="Activities">The activities of the ledger.</param>
/// <param name="UnitsAssessed">The units whose duty results are made so far.</param>
/// <param name="Units">The units of the roster.</param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public readonly record struct AssessmentProgress(long ActivitiesScanned, long Activities, int UnitsAssessed, int Units)
{
    /// <summary>The share done, 0 to 1: the scan and the units weigh half each.</summary>
    public double Fraction => ((Activities == 0 ? 1.0 : (double)ActivitiesScanned / Activities) + (Units == 0 ? 1.0 : (double)UnitsAssessed / Units)) / 2;
}
