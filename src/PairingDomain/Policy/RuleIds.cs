namespace PairingDomain.Policy;

/// <summary>
/// The identifiers of the rules of domain.md, one field each, so callers never spell them by hand.
/// </summary>
/// <remarks><threadsafety>Immutable values; thread-safe.</threadsafety></remarks>
public static class RuleIds
{
#pragma warning disable CS1591 // The field names are the rule identifiers; each rule's text is in the catalogue.
    public static readonly RuleId MechFourInOne = new("MECH-FOUR-IN-ONE");
    public static readonly RuleId PairOneLead = new("PAIR-ONE-LEAD");
    public static readonly RuleId PairLeadAndParticipant = new("PAIR-LEAD-AND-PARTICIPANT");
    public static readonly RuleId PairFullCoverage = new("PAIR-FULL-COVERAGE");
    public static readonly RuleId PostingOutsidePairing = new("POSTING-OUTSIDE-PAIRING");
    public static readonly RuleId ActivityOutsidePairing = new("ACTIVITY-OUTSIDE-PAIRING");
    public static readonly RuleId DutyLeadJointMeetings = new("DUTY-LEAD-JOINT-MEETINGS");
    public static readonly RuleId DutyMainLeaderVisits = new("DUTY-MAIN-LEADER-VISITS");
    public static readonly RuleId DutyMainLeaderMeetings = new("DUTY-MAIN-LEADER-MEETINGS");
    public static readonly RuleId DutyAnnualPlan = new("DUTY-ANNUAL-PLAN");
    public static readonly RuleId DutyDeputyVisits = new("DUTY-DEPUTY-VISITS");
    public static readonly RuleId DutyDeputyMeetings = new("DUTY-DEPUTY-MEETINGS");
    public static readonly RuleId DutyCadreFullTime = new("DUTY-CADRE-FULL-TIME");
    public static readonly RuleId DutyStudyTour = new("DUTY-STUDY-TOUR");
    public static readonly RuleId DutyNightSchool = new("DUTY-NIGHT-SCHOOL");
    public static readonly RuleId DutyCommitteeTraining = new("DUTY-COMMITTEE-TRAINING");
    public static readonly RuleId DutyCadreDays = new("DUTY-CADRE-DAYS");
    public static readonly RuleId CadreCommend = new("CADRE-COMMEND");
    public static readonly RuleId CadreRecall = new("CADRE-RECALL");
    public static readonly RuleId CadreCriticise = new("CADRE-CRITICISE");
    public static readonly RuleId LinkPerformance = new("LINK-PERFORMANCE");
    public static readonly RuleId LinkFourGoodOneStrong = new("LINK-FOUR-GOOD-ONE-STRONG");
    public static readonly RuleId LinkPartyBuilding = new("LINK-PARTY-BUILDING");
    public static readonly RuleId BundleCadre = new("BUNDLE-CADRE");
    public static readonly RuleId BundleVillage = new("BUNDLE-VILLAGE");
    public static readonly RuleId BundleCounty = new("BUNDLE-COUNTY");
    public static readonly RuleId BundleVillageAtRisk = new("BUNDLE-VILLAGE-AT-RISK");
    public static readonly RuleId BundleCountyAtRisk = new("BUNDLE-COUNTY-AT-RISK");
    public static readonly RuleId TeamMinSize = new("TEAM-MIN-SIZE");
    public static readonly RuleId TeamTerm = new("TEAM-TERM");
    public static readonly RuleId TeamStaysAfterExit = new("TEAM-STAYS-AFTER-EXIT");
    public static readonly RuleId ExitHousehold = new("EXIT-HOUSEHOLD");
    public static readonly RuleId ExitVillage = new("EXIT-VILLAGE");
    public static readonly RuleId ExitCounty = new("EXIT-COUNTY");
#pragma warning restore CS1591
}
