namespace PairingDomain.Policy;

/// <summary>
/// The identifiers of the rules of domain.md, one field each, so callers never spell them by hand.
/// </summary>
/// <remarks>
/// Each field says where the library evaluates its rule, or that the rule is listed, not evaluated, because
/// <c>pairing-case/1</c> carries no input for it; the rule's text and clause are in the catalogue
/// (<see cref="PolicyEditions.Sichuan2019"/>). The evaluators are internal: each is named with its source file in the
/// repository, https://github.com/pairingdomain/PairingDomain/tree/main/src/PairingDomain.
/// <threadsafety>Immutable values; thread-safe.</threadsafety>
/// </remarks>
public static class RuleIds
{
    /// <summary>
    /// <c>MECH-FOUR-IN-ONE</c>: §II.1, §III.2. Evaluated by <c>MechFourInOneRule.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/MechFourInOneRule.cs</c>),
    /// for every unit.
    /// </summary>
    public static readonly RuleId MechFourInOne = new("MECH-FOUR-IN-ONE");

    /// <summary>
    /// <c>PAIR-ONE-LEAD</c>: §III.1. Evaluated by <c>RosterRules.OneLeadPerCounty</c> (<c>src/PairingDomain/Rosters/RosterRules.cs</c>) when the roster is
    /// built.
    /// </summary>
    public static readonly RuleId PairOneLead = new("PAIR-ONE-LEAD");

    /// <summary>
    /// <c>PAIR-LEAD-AND-PARTICIPANT</c>: §III.1. Evaluated by <c>RosterRules.NotLeadAndParticipant</c> (<c>src/PairingDomain/Rosters/RosterRules.cs</c>)
    /// when the roster is built.
    /// </summary>
    public static readonly RuleId PairLeadAndParticipant = new("PAIR-LEAD-AND-PARTICIPANT");

    /// <summary>
    /// <c>PAIR-FULL-COVERAGE</c>: §II, §III.1. Evaluated by
    /// <c>PairFullCoverageRule.Findings</c> (<c>src/PairingDomain/Assessment/Rules/PairFullCoverageRule.cs</c>), per year.
    /// </summary>
    public static readonly RuleId PairFullCoverage = new("PAIR-FULL-COVERAGE");

    /// <summary>
    /// <c>POSTING-OUTSIDE-PAIRING</c>: §III.4. Evaluated by <c>RosterRules.PostingsInsidePairings</c> (<c>src/PairingDomain/Rosters/RosterRules.cs</c>)
    /// when the roster is built.
    /// </summary>
    public static readonly RuleId PostingOutsidePairing = new("POSTING-OUTSIDE-PAIRING");

    /// <summary>
    /// <c>ACTIVITY-OUTSIDE-PAIRING</c>: §III.1. Found by <c>AssessmentPlan.Locate</c> (<c>src/PairingDomain/Assessment/AssessmentPlan.cs</c>) in the bulk
    /// pass of <see cref="Assessment.AnnualAssessor"/>; worded by
    /// <c>ActivityOutsidePairingRule.Findings</c> (<c>src/PairingDomain/Assessment/Rules/ActivityOutsidePairingRule.cs</c>).
    /// </summary>
    public static readonly RuleId ActivityOutsidePairing = new("ACTIVITY-OUTSIDE-PAIRING");

    /// <summary>
    /// <c>OUTCOME-OUTSIDE-PAIRING</c>: case-format-2.md §1 "Outcomes", §III.1. Evaluated from the outcomes of <c>pairing-case/2</c> by
    /// <c>OutcomeRules.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/OutcomeRules.cs</c>).
    /// </summary>
    public static readonly RuleId OutcomeOutsidePairing = new("OUTCOME-OUTSIDE-PAIRING");

    /// <summary>
    /// <c>DUTY-LEAD-JOINT-MEETINGS</c>: §III.1. Evaluated as a duty: in the bulk pass of
    /// <see cref="Assessment.AnnualAssessor"/>,
    /// <c>AssessmentPlan.Judge</c> (<c>src/PairingDomain/Assessment/AssessmentPlan.cs</c>)
    /// counts each activity of kind <see cref="Activities.ActivityKind.JointMeeting"/> and
    /// <see cref="Assessment.AnnualAssessor.Evaluate"/> holds the counts against the minimum.
    /// </summary>
    public static readonly RuleId DutyLeadJointMeetings = new("DUTY-LEAD-JOINT-MEETINGS");

    /// <summary>
    /// <c>DUTY-MAIN-LEADER-VISITS</c>: §III.2. Evaluated as a duty: in the bulk pass of
    /// <see cref="Assessment.AnnualAssessor"/>,
    /// <c>AssessmentPlan.Judge</c> (<c>src/PairingDomain/Assessment/AssessmentPlan.cs</c>)
    /// counts each activity of kind <see cref="Activities.ActivityKind.SupervisionVisit"/> and
    /// <see cref="Assessment.AnnualAssessor.Evaluate"/> holds the counts against the minimum.
    /// </summary>
    public static readonly RuleId DutyMainLeaderVisits = new("DUTY-MAIN-LEADER-VISITS");

    /// <summary>
    /// <c>DUTY-MAIN-LEADER-MEETINGS</c>: §III.2. Evaluated as a duty: in the bulk pass of
    /// <see cref="Assessment.AnnualAssessor"/>,
    /// <c>AssessmentPlan.Judge</c> (<c>src/PairingDomain/Assessment/AssessmentPlan.cs</c>)
    /// counts each activity of kind <see cref="Activities.ActivityKind.LeadershipMeeting"/> and
    /// <see cref="Assessment.AnnualAssessor.Evaluate"/> holds the counts against the minimum.
    /// </summary>
    public static readonly RuleId DutyMainLeaderMeetings = new("DUTY-MAIN-LEADER-MEETINGS");

    /// <summary>
    /// <c>DUTY-ANNUAL-PLAN</c>: §III.2. Evaluated as a duty: in the bulk pass of
    /// <see cref="Assessment.AnnualAssessor"/>,
    /// <c>AssessmentPlan.Judge</c> (<c>src/PairingDomain/Assessment/AssessmentPlan.cs</c>)
    /// counts each activity of kind <see cref="Activities.ActivityKind.AnnualPlan"/> and
    /// <see cref="Assessment.AnnualAssessor.Evaluate"/> holds the counts against the minimum.
    /// </summary>
    public static readonly RuleId DutyAnnualPlan = new("DUTY-ANNUAL-PLAN");

    /// <summary>
    /// <c>DUTY-DEPUTY-VISITS</c>: §III.3. Evaluated as a duty: in the bulk pass of
    /// <see cref="Assessment.AnnualAssessor"/>,
    /// <c>AssessmentPlan.Judge</c> (<c>src/PairingDomain/Assessment/AssessmentPlan.cs</c>)
    /// counts each activity of kind <see cref="Activities.ActivityKind.SupervisionVisit"/> and
    /// <see cref="Assessment.AnnualAssessor.Evaluate"/> holds the counts against the minimum.
    /// </summary>
    public static readonly RuleId DutyDeputyVisits = new("DUTY-DEPUTY-VISITS");

    /// <summary>
    /// <c>DUTY-DEPUTY-MEETINGS</c>: §III.3. Evaluated as a duty: in the bulk pass of
    /// <see cref="Assessment.AnnualAssessor"/>,
    /// <c>AssessmentPlan.Judge</c> (<c>src/PairingDomain/Assessment/AssessmentPlan.cs</c>)
    /// counts each activity of kind <see cref="Activities.ActivityKind.OfficeMeeting"/> and
    /// <see cref="Assessment.AnnualAssessor.Evaluate"/> holds the counts against the minimum.
    /// </summary>
    public static readonly RuleId DutyDeputyMeetings = new("DUTY-DEPUTY-MEETINGS");

    /// <summary>
    /// <c>DUTY-CADRE-FULL-TIME</c>: §III.4. Evaluated per cadre from the work records of <c>pairing-case/2</c> by
    /// <c>CadreDutyRules.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/CadreDutyRules.cs</c>).
    /// </summary>
    public static readonly RuleId DutyCadreFullTime = new("DUTY-CADRE-FULL-TIME");

    /// <summary>
    /// <c>DUTY-STUDY-TOUR</c>: §III.5. Evaluated as a duty: in the bulk pass of
    /// <see cref="Assessment.AnnualAssessor"/>,
    /// <c>AssessmentPlan.Judge</c> (<c>src/PairingDomain/Assessment/AssessmentPlan.cs</c>)
    /// counts each activity of kind <see cref="Activities.ActivityKind.StudyTour"/> and
    /// <see cref="Assessment.AnnualAssessor.Evaluate"/> holds the counts against the minimum.
    /// </summary>
    public static readonly RuleId DutyStudyTour = new("DUTY-STUDY-TOUR");

    /// <summary>
    /// <c>DUTY-NIGHT-SCHOOL</c>: §III.5. Evaluated as a duty: in the bulk pass of
    /// <see cref="Assessment.AnnualAssessor"/>,
    /// <c>AssessmentPlan.Judge</c> (<c>src/PairingDomain/Assessment/AssessmentPlan.cs</c>)
    /// counts each activity of kind <see cref="Activities.ActivityKind.NightSchool"/> and
    /// <see cref="Assessment.AnnualAssessor.Evaluate"/> holds the counts against the minimum.
    /// </summary>
    public static readonly RuleId DutyNightSchool = new("DUTY-NIGHT-SCHOOL");

    /// <summary>
    /// <c>DUTY-COMMITTEE-TRAINING</c>: §III.6. Evaluated from the Work Committee's activities of <c>pairing-case/2</c> by
    /// <c>CommitteeDutyRules.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/CommitteeDutyRules.cs</c>).
    /// </summary>
    public static readonly RuleId DutyCommitteeTraining = new("DUTY-COMMITTEE-TRAINING");

    /// <summary>
    /// <c>DUTY-CADRE-DAYS</c>: domain.md §8. Evaluated per cadre from the attendance of <c>pairing-case/2</c> by
    /// <c>CadreDutyRules.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/CadreDutyRules.cs</c>) where an edition enables it
    /// (<c>sichuan-2019</c> switches it off).
    /// </summary>
    public static readonly RuleId DutyCadreDays = new("DUTY-CADRE-DAYS");

    /// <summary>
    /// <c>CADRE-COMMEND</c>: §III.6. Evaluated by <c>CadreActionRules.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/CadreActionRules.cs</c>).
    /// </summary>
    public static readonly RuleId CadreCommend = new("CADRE-COMMEND");

    /// <summary>
    /// <c>CADRE-RECALL</c>: §III.6. Evaluated by <c>CadreActionRules.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/CadreActionRules.cs</c>), under
    /// <c>RECALL-ON-INCOMPETENT</c>.
    /// </summary>
    public static readonly RuleId CadreRecall = new("CADRE-RECALL");

    /// <summary>
    /// <c>CADRE-CRITICISE</c>: §III.6. Evaluated by <c>CadreActionRules.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/CadreActionRules.cs</c>), from
    /// the reviews of <c>pairing-case/2</c> and under <c>CRITICISE-ON-CADRE-DUTY-SHORT</c>.
    /// </summary>
    public static readonly RuleId CadreCriticise = new("CADRE-CRITICISE");

    /// <summary>
    /// <c>LINK-PERFORMANCE</c>: §III.8. Evaluated by <c>ScoreRules.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/ScoreRules.cs</c>):
    /// the score under the edition's scoring table, given as <c>links.performance</c> (case-format-2.md §2, §3).
    /// </summary>
    public static readonly RuleId LinkPerformance = new("LINK-PERFORMANCE");

    /// <summary>
    /// <c>LINK-FOUR-GOOD-ONE-STRONG</c>: §III.8. Evaluated by <c>ScoreRules.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/ScoreRules.cs</c>),
    /// with the bundles' excellence bar given as <c>links.fourGoodOneStrong</c> (case-format-2.md §3).
    /// </summary>
    public static readonly RuleId LinkFourGoodOneStrong = new("LINK-FOUR-GOOD-ONE-STRONG");

    /// <summary>
    /// <c>LINK-PARTY-BUILDING</c>: §III.8. Evaluated by <c>PartyBuildingEvidence.For</c> (<c>src/PairingDomain/Assessment/Rules/PartyBuildingEvidence.cs</c>):
    /// posted and party-paired villages, party lectures and branch guidance, as <c>links.partyBuilding</c> (case-format-2.md §3).
    /// </summary>
    public static readonly RuleId LinkPartyBuilding = new("LINK-PARTY-BUILDING");

    /// <summary>
    /// <c>BUNDLE-CADRE</c>: §III.8. Evaluated by <c>BundleRules.Blocks</c> (<c>src/PairingDomain/Assessment/Rules/BundleRules.cs</c>).
    /// </summary>
    public static readonly RuleId BundleCadre = new("BUNDLE-CADRE");

    /// <summary>
    /// <c>BUNDLE-VILLAGE</c>: §III.8. Evaluated by <c>BundleRules.Blocks</c> (<c>src/PairingDomain/Assessment/Rules/BundleRules.cs</c>) on the year's last
    /// day.
    /// </summary>
    public static readonly RuleId BundleVillage = new("BUNDLE-VILLAGE");

    /// <summary>
    /// <c>BUNDLE-COUNTY</c>: §III.8. Evaluated by <c>BundleRules.Blocks</c> (<c>src/PairingDomain/Assessment/Rules/BundleRules.cs</c>) on the year's last
    /// day.
    /// </summary>
    public static readonly RuleId BundleCounty = new("BUNDLE-COUNTY");

    /// <summary>
    /// <c>BUNDLE-VILLAGE-AT-RISK</c>: §III.8, mid-year. Evaluated by <c>BundleRules.Blocks</c> (<c>src/PairingDomain/Assessment/Rules/BundleRules.cs</c>)
    /// before the year's last day.
    /// </summary>
    public static readonly RuleId BundleVillageAtRisk = new("BUNDLE-VILLAGE-AT-RISK");

    /// <summary>
    /// <c>BUNDLE-COUNTY-AT-RISK</c>: §III.8, mid-year. Evaluated by <c>BundleRules.Blocks</c> (<c>src/PairingDomain/Assessment/Rules/BundleRules.cs</c>)
    /// before the year's last day.
    /// </summary>
    public static readonly RuleId BundleCountyAtRisk = new("BUNDLE-COUNTY-AT-RISK");

    /// <summary>
    /// <c>TEAM-MIN-SIZE</c>: domain.md §8. Evaluated from the work teams of <c>pairing-case/2</c> (the roster's cadres and the
    /// local members) by <c>TeamRules.Findings</c> (<c>src/PairingDomain/Assessment/Rules/TeamRules.cs</c>).
    /// </summary>
    public static readonly RuleId TeamMinSize = new("TEAM-MIN-SIZE");

    /// <summary>
    /// <c>TEAM-TERM</c>: domain.md §8. Evaluated from the work teams of <c>pairing-case/2</c> (the roster's cadres and the
    /// local members) by <c>TeamRules.Findings</c> (<c>src/PairingDomain/Assessment/Rules/TeamRules.cs</c>).
    /// </summary>
    public static readonly RuleId TeamTerm = new("TEAM-TERM");

    /// <summary>
    /// <c>TEAM-STAYS-AFTER-EXIT</c>: domain.md §8. Evaluated from the work teams of <c>pairing-case/2</c> (the roster's cadres and the
    /// local members) by <c>TeamRules.Findings</c> (<c>src/PairingDomain/Assessment/Rules/TeamRules.cs</c>).
    /// </summary>
    public static readonly RuleId TeamStaysAfterExit = new("TEAM-STAYS-AFTER-EXIT");

    /// <summary>
    /// <c>EXIT-HOUSEHOLD</c>: domain.md §8. Evaluated from the household indicators of <c>pairing-case/2</c> by
    /// <c>ExitRules.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/ExitRules.cs</c>).
    /// </summary>
    public static readonly RuleId ExitHousehold = new("EXIT-HOUSEHOLD");

    /// <summary>
    /// <c>EXIT-VILLAGE</c>: domain.md §8. Evaluated from the village indicators of <c>pairing-case/2</c> by
    /// <c>ExitRules.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/ExitRules.cs</c>).
    /// </summary>
    public static readonly RuleId ExitVillage = new("EXIT-VILLAGE");

    /// <summary>
    /// <c>EXIT-COUNTY</c>: domain.md §8. Evaluated from the county indicators of <c>pairing-case/2</c> by
    /// <c>ExitRules.Evaluate</c> (<c>src/PairingDomain/Assessment/Rules/ExitRules.cs</c>).
    /// </summary>
    public static readonly RuleId ExitCounty = new("EXIT-COUNTY");

    /// <summary>
    /// <c>EXIT-CLAIM-UNSUPPORTED</c>: case-format-2.md §2, a village exit or county delisting claimed for the year that its
    /// indicator record for the year fails, or that has none. Evaluated by <c>ExitRules.Evaluate</c>
    /// (<c>src/PairingDomain/Assessment/Rules/ExitRules.cs</c>).
    /// </summary>
    public static readonly RuleId ExitClaimUnsupported = new("EXIT-CLAIM-UNSUPPORTED");
}
