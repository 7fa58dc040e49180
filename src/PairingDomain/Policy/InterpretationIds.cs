namespace PairingDomain.Policy;

/// <summary>
/// The identifiers of the interpretations the <c>sichuan-2019</c> edition adopts, each a reading of a point the policy
/// text leaves open. <see cref="PolicyEditions.Sichuan2019"/> carries their full text.
/// </summary>
/// <remarks><threadsafety>Constants only.</threadsafety></remarks>
public static class InterpretationIds
{
    /// <summary>"Regularly" (定期) for the main leader's special meetings reads as at least once a year.</summary>
    public const string MainLeaderMeetingsYearly = "MAIN-LEADER-MEETINGS-YEARLY";

    /// <summary>A partial-year pairing pro-rates minimums by whole quarters in force, rounded up.</summary>
    public const string ProrateByQuarter = "PRORATE-BY-QUARTER";

    /// <summary>A quarter counts as in force only when every one of its days lies in some pairing of the unit (or of the county, for per-county duties).</summary>
    public const string WholeQuarterCoverage = "WHOLE-QUARTER-COVERAGE";

    /// <summary>Leaders' visits and meetings are counted per unit across all its counties, not per county.</summary>
    public const string VisitsPerUnit = "VISITS-PER-UNIT";

    /// <summary>A per-county duty is short when any one county falls below its own minimum, even if the total is reached.</summary>
    public const string PerCountyMinimumEach = "PER-COUNTY-MINIMUM-EACH";

    /// <summary>An activity counts once per duty, however many leaders attend.</summary>
    public const string OneCountPerActivity = "ONE-COUNT-PER-ACTIVITY";

    /// <summary>A visit to a paired village counts as a visit to its county.</summary>
    public const string VillageVisitCountsForCounty = "VILLAGE-VISIT-COUNTS-FOR-COUNTY";

    /// <summary>A meeting held at the unit without a county counts when the unit assists some county that day.</summary>
    public const string UnitMeetingNeedsPairing = "UNIT-MEETING-NEEDS-PAIRING";

    /// <summary><c>BUNDLE-COUNTY</c> binds the lead unit and every participating unit of the county.</summary>
    public const string BundleCountyBindsParticipants = "BUNDLE-COUNTY-BINDS-PARTICIPANTS";

    /// <summary>An annual grade of 不称职 requires a recall (<c>CADRE-RECALL</c>).</summary>
    public const string RecallOnIncompetent = "RECALL-ON-INCOMPETENT";

    /// <summary>Central units stationed in Sichuan answer to the Work Committee.</summary>
    public const string CentralUnitAuthority = "CENTRAL-UNIT-AUTHORITY";

    /// <summary><c>PAIR-LEAD-AND-PARTICIPANT</c> and <c>PAIR-ONE-LEAD</c> findings name the county as their subject.</summary>
    public const string PairingFindingSubject = "PAIRING-FINDING-SUBJECT";

    /// <summary>The four-in-one mechanism is reported for every unit of the roster, paired or not.</summary>
    public const string MechanismForEveryUnit = "MECHANISM-FOR-EVERY-UNIT";
}
