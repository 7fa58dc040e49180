namespace PairingDomain.Policy;

/// <summary>
/// The identifiers of the interpretations the <c>sichuan-2019</c> edition adopts, each a reading of a point the policy
/// text leaves open. <see cref="PolicyEditions.Sichuan2019"/> carries their full text.
/// </summary>
/// <remarks><threadsafety>Read-only fields of an immutable type: thread-safe.</threadsafety></remarks>
public static class InterpretationIds
{
    /// <summary>"Regularly" (定期) for the main leader's special meetings reads as at least once a year.</summary>
    public static readonly InterpretationId MainLeaderMeetingsYearly = new("MAIN-LEADER-MEETINGS-YEARLY");

    /// <summary>A partial-year pairing pro-rates minimums by whole quarters in force, rounded up.</summary>
    public static readonly InterpretationId ProrateByQuarter = new("PRORATE-BY-QUARTER");

    /// <summary>A quarter counts as in force only when every one of its days lies in some pairing of the unit (or of the county, for per-county duties).</summary>
    public static readonly InterpretationId WholeQuarterCoverage = new("WHOLE-QUARTER-COVERAGE");

    /// <summary>Leaders' visits and meetings are counted per unit across all its counties, not per county.</summary>
    public static readonly InterpretationId VisitsPerUnit = new("VISITS-PER-UNIT");

    /// <summary>A per-county duty is short when any one county falls below its own minimum, even if the total is reached.</summary>
    public static readonly InterpretationId PerCountyMinimumEach = new("PER-COUNTY-MINIMUM-EACH");

    /// <summary>An activity counts once per duty, however many leaders attend.</summary>
    public static readonly InterpretationId OneCountPerActivity = new("ONE-COUNT-PER-ACTIVITY");

    /// <summary>A visit to a paired village counts as a visit to its county.</summary>
    public static readonly InterpretationId VillageVisitCountsForCounty = new("VILLAGE-VISIT-COUNTS-FOR-COUNTY");

    /// <summary>A meeting held at the unit without a county counts when the unit assists some county that day.</summary>
    public static readonly InterpretationId UnitMeetingNeedsPairing = new("UNIT-MEETING-NEEDS-PAIRING");

    /// <summary><c>BUNDLE-COUNTY</c> binds the lead unit and every participating unit of the county.</summary>
    public static readonly InterpretationId BundleCountyBindsParticipants = new("BUNDLE-COUNTY-BINDS-PARTICIPANTS");

    /// <summary>An annual grade of 不称职 requires a recall (<c>CADRE-RECALL</c>).</summary>
    public static readonly InterpretationId RecallOnIncompetent = new("RECALL-ON-INCOMPETENT");

    /// <summary>
    /// A cadre whose <c>DUTY-CADRE-FULL-TIME</c> or <c>DUTY-CADRE-DAYS</c> is short performs the duties poorly and is
    /// criticised (<c>CADRE-CRITICISE</c>), beside a review recording 履行职责不力 (case-format-2.md §2).
    /// </summary>
    public static readonly InterpretationId CriticiseOnCadreDutyShort = new("CRITICISE-ON-CADRE-DUTY-SHORT");

    /// <summary>
    /// A posting that ends before its term because the cadre receives <c>CADRE-RECALL</c> for the year is no
    /// <c>TEAM-TERM</c> finding (case-format-2.md §2): the recall is what §III.6 asks for.
    /// </summary>
    public static readonly InterpretationId TermRecallExempt = new("TERM-RECALL-EXEMPT");

    /// <summary>
    /// A quarterly per-county duty's period breakdown (<c>DutyResult.Periods</c>, case-format-2.md §3 <c>periods</c>)
    /// lists a county only for the quarters wholly in force for it: a county assisted with no whole quarter in force has
    /// no quarter entry, though its activities still count in the duty's recorded total.
    /// </summary>
    public static readonly InterpretationId PeriodsQuartersInForce = new("PERIODS-QUARTERS-IN-FORCE");

    /// <summary>Central units stationed in Sichuan answer to the Work Committee.</summary>
    public static readonly InterpretationId CentralUnitAuthority = new("CENTRAL-UNIT-AUTHORITY");

    /// <summary><c>PAIR-LEAD-AND-PARTICIPANT</c> and <c>PAIR-ONE-LEAD</c> findings name the county as their subject.</summary>
    public static readonly InterpretationId PairingFindingSubject = new("PAIRING-FINDING-SUBJECT");

    /// <summary>The four-in-one mechanism is reported for every unit of the roster, paired or not.</summary>
    public static readonly InterpretationId MechanismForEveryUnit = new("MECHANISM-FOR-EVERY-UNIT");

    /// <summary>
    /// <c>sichuan-2019</c> applies to the assessed year 2019 alone: the document sets the key tasks and minimums for 2019
    /// and says nothing of later years; another year is assessed only when the caller opts in.
    /// </summary>
    public static readonly InterpretationId EditionFor2019Only = new("EDITION-FOR-2019-ONLY");

    /// <summary>
    /// The official weights of the 考核办法 are not public: <c>sichuan-2019</c>'s scoring table (the three links, §III.8)
    /// is case-format-2.md §2's illustration, <see cref="ScoringTable.Illustrative"/>, and a province states its own.
    /// </summary>
    public static readonly InterpretationId ScoringTableIllustrative = new("SCORING-TABLE-ILLUSTRATIVE");

    /// <summary>
    /// <c>EXIT-VILLAGE</c>'s "有集体经济收入" reads as a collective income above 0 yuan: no Sichuan threshold was found
    /// (domain.md §8), so <c>sichuan-2019</c>'s minimum is 0 and a province states its own.
    /// </summary>
    public static readonly InterpretationId CollectiveIncomePositive = new("COLLECTIVE-INCOME-POSITIVE");

    /// <summary>
    /// Each of the three links (三挂钩, §III.8; case-format-2.md §3 <c>links</c>) follows its rule: a link whose rule
    /// (<c>LINK-PERFORMANCE</c>, <c>LINK-FOUR-GOOD-ONE-STRONG</c>, <c>LINK-PARTY-BUILDING</c>) the edition lacks or switches
    /// off is <c>null</c> in <c>links</c>, and <c>links</c> is <c>null</c> when the edition applies none of the three. The
    /// contract is silent on an edition without a link rule; <c>score</c> and the bundle cap do not depend on them.
    /// </summary>
    public static readonly InterpretationId LinksFollowEdition = new("LINKS-FOLLOW-EDITION");
}
