using System.Collections.Immutable;
using PairingDomain.Activities;
using PairingDomain.Cadres;

namespace PairingDomain.Policy;

/// <summary>
/// The built-in policy editions.
/// </summary>
/// <remarks>
/// <see cref="Sichuan2019"/> encodes 川直委发〔2019〕4号 (domain.md §3–§6) with the standards of domain.md §8 that an
/// edition may carry. Editions are immutable values; this class holds no mutable state.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public static class PolicyEditions
{
    /// <summary>The document every rule of <see cref="Sichuan2019"/> cites: 川直委发〔2019〕4号.</summary>
    public const string Sichuan2019Document = "SC-2019-4";

    /// <summary>
    /// <c>sichuan-2019</c>: Sichuan's 2019 designated assistance by provincial departments and units, with a three-grade
    /// scale for stationed cadres.
    /// </summary>
    public static PolicyEdition Sichuan2019 { get; } = BuildSichuan2019();

    /// <summary>The built-in editions by identifier.</summary>
    public static ImmutableDictionary<string, PolicyEdition> All { get; } =
        ImmutableDictionary<string, PolicyEdition>.Empty.Add(Sichuan2019.Id, Sichuan2019);

    // The clauses of the seed that the rules cite, and the other documents of domain.md §8.
    private const string ClauseIII1 = "SC-2019-4 §III.1", ClauseIII2 = "SC-2019-4 §III.2", ClauseIII3 = "SC-2019-4 §III.3",
        ClauseIII4 = "SC-2019-4 §III.4", ClauseIII5 = "SC-2019-4 §III.5", ClauseIII6 = "SC-2019-4 §III.6", ClauseIII8 = "SC-2019-4 §III.8";
    private const string WorkTeamOpinions = "中办、国办《关于加强贫困村驻村工作队选派管理工作的指导意见》(2017); 四川实施意见";
    private const string ExitPlan = "《四川省贫困县贫困村贫困户退出实施方案》(2016)";
    private const string CountyExitAssessment = "国开办发〔2017〕56号";
    private const string PovertyLineYearbook = "national poverty line at current prices, statistical yearbook (domain.md §8, H)";
    private const string PovertyLine2019 = "national poverty line at current prices, 2019 (domain.md §8, L/M)";

    /// <summary>
    /// The rules in catalogue order — duties first, in the order of domain.md §4's table, then the other sections in
    /// domain.md's order — and the interpretations.
    /// </summary>
    private static PolicyEdition BuildSichuan2019() =>
        new("sichuan-2019", 2019, chineseTitle: "四川省直部门（单位）2019年定点帮扶",
            englishTitle: "Sichuan provincial units' designated assistance, 2019",
            rules: [.. DutyFrequencies(), .. Actors(), .. Pairings(), .. StationedCadreAssessment(), .. AnnualAssessmentRules(), .. OtherStandards()],
            gradeScale: GradeScale.ThreeGrade, interpretations: [.. Interpretations()],
            firstYear: 2019, lastYear: 2019) // EDITION-FOR-2019-ONLY
        {
            ScoringTable = ScoringTable.Illustrative, // SCORING-TABLE-ILLUSTRATIVE
        };

    /// <summary>
    /// domain.md §4, duty frequencies (2019), in the order of its table: the order results list them in. Last comes
    /// <c>DUTY-CADRE-DAYS</c>, the days-in-village figure §4 defers to section 8 for, off in this edition.
    /// </summary>
    private static PolicyRule[] DutyFrequencies() =>
    [
        new DutyRule(RuleIds.DutyLeadJointMeetings,
            chineseText: "牵头单位{period}至少召开{minimum}次由参与单位和联系县参加的联席会议（专题扶贫会议）",
            englishText: "The lead unit holds at least {minimum} joint meetings {period} with the participating units and the county, at each county it leads.",
            source: ClauseIII1,
            holder: DutyHolder.LeadUnit, activityKind: ActivityKind.JointMeeting, minimum: 2, period: DutyPeriodKind.Year, scope: CountingScope.PerCountyLed),
        new DutyRule(RuleIds.DutyMainLeaderVisits,
            chineseText: "主要负责同志{period}至少{minimum}次到定点帮扶贫困县、村督导调研",
            englishText: "The main leader makes at least {minimum} supervision and research visits {period} to the paired poverty county and villages.",
            source: ClauseIII2,
            holder: DutyHolder.MainLeader, activityKind: ActivityKind.SupervisionVisit, minimum: 2, period: DutyPeriodKind.Year, scope: CountingScope.PerUnit),
        new DutyRule(RuleIds.DutyMainLeaderMeetings,
            chineseText: "主要负责同志定期主持召开定点帮扶专题会议（解释：{period}至少{minimum}次）",
            englishText: "The main leader regularly chairs special meetings on the assistance (Interpretation: at least {minimum-times} {period}).",
            source: ClauseIII2,
            holder: DutyHolder.MainLeader, activityKind: ActivityKind.LeadershipMeeting, minimum: 1, period: DutyPeriodKind.Year, scope: CountingScope.PerUnit),
        new DutyRule(RuleIds.DutyAnnualPlan,
            chineseText: "每年制定定点帮扶县、村年度帮扶计划",
            englishText: "The unit draws up an annual assistance plan for each paired county and its villages.",
            source: ClauseIII2,
            holder: DutyHolder.Unit, activityKind: ActivityKind.AnnualPlan, minimum: 1, period: DutyPeriodKind.Year, scope: CountingScope.PerCountyAssisted),
        new DutyRule(RuleIds.DutyDeputyVisits,
            chineseText: "分管负责同志{period}至少{minimum}次到县到村调研指导",
            englishText: "The deputy leader in charge visits the county and villages at least {minimum-times} {period}.",
            source: ClauseIII3,
            holder: DutyHolder.DeputyLeader, activityKind: ActivityKind.SupervisionVisit, minimum: 1, period: DutyPeriodKind.Quarter, scope: CountingScope.PerUnit),
        new DutyRule(RuleIds.DutyDeputyMeetings,
            chineseText: "分管负责同志{period}至少召开{minimum}次承办机构和相关处室专题研究定点帮扶会议",
            englishText: "The deputy leader holds at least {minimum} special meetings {period} of the undertaking office and divisions.",
            source: ClauseIII3,
            holder: DutyHolder.DeputyLeader, activityKind: ActivityKind.OfficeMeeting, minimum: 4, period: DutyPeriodKind.Year, scope: CountingScope.PerUnit),
        new DutyRule(RuleIds.DutyCadreFullTime,
            chineseText: "驻村干部全脱产在村，建立帮扶工作计划和台账",
            englishText: "Stationed cadres live full-time in the village and keep a work plan and ledger (from pairing-case/2's work records).",
            source: ClauseIII4,
            holder: DutyHolder.StationedCadre, activityKind: null, minimum: 1, period: DutyPeriodKind.Year, scope: CountingScope.PerUnit),
        new DutyRule(RuleIds.DutyStudyTour,
            chineseText: "{period}至少组织{minimum}次村干部和致富带头人外出学习参观考察",
            englishText: "The unit organises at least {minimum} study tour {period} for village cadres and local wealth leaders.",
            source: ClauseIII5,
            holder: DutyHolder.Unit, activityKind: ActivityKind.StudyTour, minimum: 1, period: DutyPeriodKind.Year, scope: CountingScope.PerUnit),
        new DutyRule(RuleIds.DutyNightSchool,
            chineseText: "{period}至少到村开展{minimum}次农民夜校讲座",
            englishText: "The unit gives at least {minimum} farmer night-school lectures {period} in the village.",
            source: ClauseIII5,
            holder: DutyHolder.Unit, activityKind: ActivityKind.NightSchool, minimum: 4, period: DutyPeriodKind.Year, scope: CountingScope.PerUnit),
        new DutyRule(RuleIds.DutyCommitteeTraining,
            chineseText: "省直机关工委2019年举办{minimum}期驻村干部示范培训",
            englishText: "The Work Committee holds {minimum} demonstration trainings for stationed cadres in 2019 (from pairing-case/2's committee activities).",
            source: ClauseIII6,
            holder: DutyHolder.WorkCommittee, activityKind: null, minimum: 5, period: DutyPeriodKind.Year, scope: CountingScope.PerUnit),
        new DutyRule(RuleIds.DutyCadreDays,
            chineseText: "驻村干部在村天数：{period}不少于{minimum}天（四川2019未规定，默认关闭；启用的版本可另设年度请假上限，如白河30天）",
            englishText: "Days a stationed cadre spends in the village: at least {minimum} each whole month in post (no Sichuan figure; off in this edition; an edition enabling it may add a yearly leave maximum, 30 in Baihe).",
            source: "domain.md §8 (Guangxi, Baihe county: 20 days a month)",
            holder: DutyHolder.StationedCadre, activityKind: null, minimum: 20, period: DutyPeriodKind.Month, scope: CountingScope.PerUnit, isEnabled: false),
    ];

    /// <summary>domain.md §1, actors: the four-in-one mechanism (四位一体).</summary>
    private static PolicyRule[] Actors() =>
    [
        PolicyRule.Create(RuleIds.MechFourInOne,
            chineseText: "有联系县的单位须建立领导班子主责、承办机构主推、单位全员主帮、驻村干部主干的“四位一体”机制",
            englishText: "A unit with a paired county has all four parts: leadership team, undertaking office, all staff, stationed cadres.",
            source: "SC-2019-4 §II.1, §III.2", isEvaluated: true, isEnabled: true),
    ];

    /// <summary>domain.md §3, pairings: one lead per county, full coverage, and the postings and activities outside a pairing.</summary>
    private static PolicyRule[] Pairings() =>
    [
        PolicyRule.Create(RuleIds.PairOneLead,
            chineseText: "每个联系县任一时间有且只有一个牵头单位",
            englishText: "Each paired county has exactly one lead unit at any time.",
            source: ClauseIII1, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.PairLeadAndParticipant,
            chineseText: "同一单位不得同时既是某县的牵头单位又是参与单位",
            englishText: "A unit is not both lead and participant of one county at the same time.",
            source: ClauseIII1, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.PairFullCoverage,
            chineseText: "尚未摘帽的贫困县均有单位定点帮扶",
            englishText: "Every poverty county not yet delisted is covered by a pairing during the year.",
            source: "SC-2019-4 §II, §III.1", isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.PostingOutsidePairing,
            chineseText: "驻村干部须派驻本单位帮扶县的村",
            englishText: "A cadre is posted to a village of a county its unit assists during the posting.",
            source: ClauseIII4, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.ActivityOutsidePairing,
            chineseText: "帮扶活动须在本单位当日帮扶的县开展",
            englishText: "An activity counts only in a county the unit assists on that day.",
            source: ClauseIII1, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.OutcomeOutsidePairing,
            chineseText: "帮扶成果须在本单位当日帮扶的县取得，方予统计",
            englishText: "An outcome is summed only in a county the unit assists on its date.",
            source: "SC-2019-4 §II, §III.1", isEvaluated: true, isEnabled: true),
    ];

    /// <summary>domain.md §5, the stationed-cadre assessment of §III.6.</summary>
    private static PolicyRule[] StationedCadreAssessment() =>
    [
        PolicyRule.Create(RuleIds.CadreCommend,
            chineseText: "成绩突出、群众认可的驻村干部予以表彰表扬；符合条件的，列为后备干部，注重优先提拔使用",
            englishText: "An outstanding cadre recognised by the villagers is commended and, where eligible, listed as a reserve cadre and considered first for promotion.",
            source: ClauseIII6, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.CadreRecall,
            chineseText: "不胜任工作的驻村干部，派出单位须及时召回调整（解释：年度考核不称职即召回）",
            englishText: "A cadre not competent for the work is recalled and replaced by the sending unit (Interpretation: a 不称职 grade).",
            source: ClauseIII6, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.CadreCriticise,
            chineseText: "履行职责不力的驻村干部给予批评教育",
            englishText: "A cadre who performs the duties poorly is criticised and educated (a review recording it, or, Interpretation, a short duty of the cadre's own).",
            source: ClauseIII6, isEvaluated: true, isEnabled: true),
    ];

    /// <summary>domain.md §6, the annual assessment of §III.8: the three links and the three bundles (with their mid-year at-risk forms).</summary>
    private static PolicyRule[] AnnualAssessmentRules() =>
    [
        PolicyRule.Create(RuleIds.LinkPerformance,
            chineseText: "定点帮扶结果与部门年度目标绩效考核挂钩",
            englishText: "The pairing result feeds the unit's annual target performance assessment.",
            source: ClauseIII8, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.LinkFourGoodOneStrong,
            chineseText: "定点帮扶结果与创建“四好一强”领导班子挂钩",
            englishText: "The pairing result feeds the four-good-one-strong leadership-team evaluation.",
            source: ClauseIII8, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.LinkPartyBuilding,
            chineseText: "定点帮扶结果与党建工作责任制挂钩",
            englishText: "The pairing result feeds the party-building responsibility system.",
            source: ClauseIII8, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.BundleCadre,
            chineseText: "驻村干部年度考核不称职的，单位及主要负责同志本年度均不能评先评优",
            englishText: "A stationed cadre graded 不称职 bars the unit and its main leader from excellence that year.",
            source: ClauseIII8, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.BundleVillage,
            chineseText: "派驻村未按期退出的，单位及主要负责同志本年度均不能评先评优",
            englishText: "A posted village due to exit that year that did not bars the unit and its main leader from excellence.",
            source: ClauseIII8, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.BundleCounty,
            chineseText: "帮扶县未按期摘帽的，单位及主要负责同志本年度均不能评先评优（解释：牵头和参与单位均受约束）",
            englishText: "An assisted county due to be delisted that year that was not bars the unit and its main leader (Interpretation: lead and participants).",
            source: ClauseIII8, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.BundleVillageAtRisk,
            chineseText: "年中：按现有数据年底将触发村捆绑的村",
            englishText: "Mid-year: a village that would trigger BUNDLE-VILLAGE if the year ended with the data as they stand.",
            source: ClauseIII8, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.BundleCountyAtRisk,
            chineseText: "年中：按现有数据年底将触发县捆绑的县",
            englishText: "Mid-year: a county that would trigger BUNDLE-COUNTY if the year ended with the data as they stand.",
            source: ClauseIII8, isEvaluated: true, isEnabled: true),
    ];

    /// <summary>domain.md §8, standards from other public policy, each with its source: village work teams and exit standards.</summary>
    private static PolicyRule[] OtherStandards() =>
    [
        PolicyRule.Create(RuleIds.TeamMinSize,
            chineseText: "每个驻村工作队一般不少于{minimum}人，含第一书记",
            englishText: "A village work team has at least {minimum} members including a first secretary.",
            source: WorkTeamOpinions, isEvaluated: true, isEnabled: true,
            parameters:
            [
                new RuleParameter("minimum", "3", WorkTeamOpinions),
            ]),
        PolicyRule.Create(RuleIds.TeamTerm,
            chineseText: "驻村工作队每期至少{years}年",
            englishText: "A work team's term is at least {years} years.",
            source: WorkTeamOpinions, isEvaluated: true, isEnabled: true,
            parameters:
            [
                new RuleParameter("years", "2", WorkTeamOpinions),
            ]),
        PolicyRule.Create(RuleIds.TeamStaysAfterExit,
            chineseText: "贫困村退出的，驻村工作队不得撤离",
            englishText: "A team is not withdrawn when its village exits.",
            source: WorkTeamOpinions, isEvaluated: true, isEnabled: true),
        PolicyRule.Create(RuleIds.ExitHousehold,
            chineseText: "贫困户退出“一超六有”",
            englishText: "A household exits on 一超六有: income above the national line and six guarantees.",
            source: ExitPlan, isEvaluated: true, isEnabled: true,
            parameters:
            [
                new RuleParameter("national-poverty-line-yuan-at-2010-prices", "2300", "national poverty line, per person per year (domain.md §8)"),
                new RuleParameter("poverty-line-2011", "2536", PovertyLineYearbook),
                new RuleParameter("poverty-line-2012", "2625", PovertyLineYearbook),
                new RuleParameter("poverty-line-2013", "2736", PovertyLineYearbook),
                new RuleParameter("poverty-line-2014", "2800", PovertyLineYearbook),
                new RuleParameter("poverty-line-2015", "2855", PovertyLineYearbook),
                new RuleParameter("poverty-line-2016", "2952", PovertyLineYearbook),
                new RuleParameter("poverty-line-2019", "3218", PovertyLine2019),
            ]),
        PolicyRule.Create(RuleIds.ExitVillage,
            chineseText: "贫困村退出“一低五有”，贫困发生率原则上低于{incidence-below-percent}%",
            englishText: "A village exits on 一低五有: poverty incidence below {incidence-below-percent}% and five facilities.",
            source: ExitPlan, isEvaluated: true, isEnabled: true,
            parameters:
            [
                new RuleParameter("incidence-below-percent", "3", ExitPlan),
                new RuleParameter("collective-income-above-yuan", "0", "no Sichuan threshold found (domain.md §8): Interpretation COLLECTIVE-INCOME-POSITIVE"),
            ]),
        PolicyRule.Create(RuleIds.ExitCounty,
            chineseText: "贫困县退出“一低三有”，贫困发生率原则上低于{incidence-below-percent}%",
            englishText: "A county exits on 一低三有: poverty incidence below {incidence-below-percent}% and three township facilities.",
            source: ExitPlan, isEvaluated: true, isEnabled: true,
            parameters:
            [
                new RuleParameter("incidence-below-percent", "3", ExitPlan),
                new RuleParameter("wrongful-exit-below-percent", "2", CountyExitAssessment),
                new RuleParameter("missed-registration-below-percent", "2", CountyExitAssessment),
                new RuleParameter("approval-above-percent", "90", CountyExitAssessment),
            ]),
        PolicyRule.Create(RuleIds.ExitClaimUnsupported,
            chineseText: "申报当年退出的贫困村、摘帽的贫困县，其当年退出指标须达到退出标准",
            englishText: "A village exit or county delisting claimed for the year is borne out by its indicators for the year against the exit standard.",
            source: ExitPlan, isEvaluated: true, isEnabled: true),
    ];

    /// <summary>The readings domain.md marks <b>Interpretation</b>, and those the library chose where the text is silent.</summary>
    private static Interpretation[] Interpretations() =>
    [
        new Interpretation(InterpretationIds.MainLeaderMeetingsYearly, "“定期”主持专题会议按每年至少1次", "\"Regularly\" chairing special meetings reads as at least once a year (DUTY-MAIN-LEADER-MEETINGS minimum 1).", setAsideBy: "change the minimum of DUTY-MAIN-LEADER-MEETINGS"),
        new Interpretation(InterpretationIds.ProrateByQuarter, "年中结对的，年度最低次数按整季度折算并向上取整；季度要求只适用于全季度在结对期内的季度", "A partial-year pairing pro-rates a yearly minimum by whole quarters in force, rounded up; a quarterly minimum applies only to quarters wholly in force."),
        new Interpretation(InterpretationIds.WholeQuarterCoverage, "某季度每一天都在结对期内，才算该季度在结对期内", "A quarter is in force only when every one of its days lies in a pairing of the unit (for a per-county duty, of that county)."),
        new Interpretation(InterpretationIds.VisitsPerUnit, "领导调研和会议次数按单位统计，不按县分别统计", "Leaders' visits and meetings count per unit across all its counties, not per county.", setAsideBy: "change the counting scope of the leaders' duties"),
        new Interpretation(InterpretationIds.PerCountyMinimumEach, "按县计算的职责，任何一个县未达最低次数即为未达标", "A per-county duty is short when any one county is below its own minimum, even if the total is reached."),
        new Interpretation(InterpretationIds.OneCountPerActivity, "一次活动对一项职责只计一次，无论几位领导参加", "One activity counts once per duty, however many leaders attend.", setAsideBy: "inherent in pairing-case/1: an activity names one leader"),
        new Interpretation(InterpretationIds.VillageVisitCountsForCounty, "到帮扶村调研视同到其所在县调研", "A visit to a paired village counts as a visit to its county.", setAsideBy: "inherent in pairing-case/1: an activity's village lies in its county"),
        new Interpretation(InterpretationIds.UnitMeetingNeedsPairing, "在本单位召开、未注明县的会议，当日本单位有结对县时才计入", "A meeting held at the unit with no county counts when the unit assists some county on that day; otherwise it is reported outside the pairing."),
        new Interpretation(InterpretationIds.BundleCountyBindsParticipants, "县未按期摘帽，牵头单位和所有参与单位均受捆绑", "BUNDLE-COUNTY binds the lead unit and every participating unit of the county."),
        new Interpretation(InterpretationIds.RecallOnIncompetent, "年度考核不称职的驻村干部须召回调整", "An annual grade of 不称职 requires a recall (CADRE-RECALL)."),
        new Interpretation(InterpretationIds.CriticiseOnCadreDutyShort, "驻村干部全脱产、在村天数职责未达标的，视为履行职责不力，给予批评教育",
            "A cadre whose DUTY-CADRE-FULL-TIME or DUTY-CADRE-DAYS is short performs the duties poorly and is criticised (CADRE-CRITICISE), as is one whose review in the window records 履行职责不力."),
        new Interpretation(InterpretationIds.TermRecallExempt, "驻村干部因年度考核不称职被召回而提前离队的，不视为未满任期",
            "A posting cut short because the cadre receives CADRE-RECALL for the year is no TEAM-TERM finding: the recall is what §III.6 asks for."),
        new Interpretation(InterpretationIds.PeriodsQuartersInForce, "按县、按季度计算的职责，分期结果只列出该县整季度在结对期内的季度；没有整季度在结对期内的县不列季度结果，其活动仍计入总次数",
            "A quarterly per-county duty's periods list a county only for the quarters wholly in force for it: a county assisted with no whole quarter in force has no quarter entry, though its activities still count in the duty's recorded total.",
            setAsideBy: "fixed: a quarterly minimum applies only to a quarter in force (PRORATE-BY-QUARTER; set that aside to put every quarter in force)"),
        new Interpretation(InterpretationIds.CentralUnitAuthority, "中央驻川单位归口省直机关工委", "Central units stationed in Sichuan answer to the Work Committee.", setAsideBy: "fixed by UnitKind.CentralUnit"),
        new Interpretation(InterpretationIds.PairingFindingSubject, "结对类发现以县代码为对象", "PAIR-ONE-LEAD and PAIR-LEAD-AND-PARTICIPANT findings name the county code as their subject.", setAsideBy: "fixed: the roster reports these findings before any edition applies"),
        new Interpretation(InterpretationIds.MechanismForEveryUnit, "“四位一体”机制对名册中每个单位都报告", "MECH-FOUR-IN-ONE is reported for every unit of the roster, paired or not.", setAsideBy: "fixed: every unit result carries its mechanism"),
        new Interpretation(InterpretationIds.EditionFor2019Only, "本文件部署2019年重点任务，未及其他年度：本版本只适用于2019年度的考核；其他年度须由调用方明确选择",
            "The document sets the key tasks and minimums for 2019 (§III, domain.md §4 \"Duty frequencies (2019)\") and says nothing of other years: the edition applies to the assessed year 2019 alone, and another year is assessed only when the caller opts in (AssessmentOptions.AllowYearOutsideEdition).",
            setAsideBy: "state other years with PolicyEditionBuilder.WithYears, or opt in per assessment with AssessmentOptions.AllowYearOutsideEdition"),
        new Interpretation(InterpretationIds.ScoringTableIllustrative, "考核办法的分值未公开：本版本的评分表（三挂钩）为示例，各省以本省分值替换",
            "The official weights of the 考核办法 are not public: the edition's scoring table (the three links, §III.8) is the contract's illustration (case-format-2.md §2), and a province states its own.",
            setAsideBy: "state the province's own table with PolicyEditionBuilder.WithScoringTable or SetScoringRow"),
        new Interpretation(InterpretationIds.CollectiveIncomePositive, "贫困村“有集体经济收入”按集体经济收入大于0元",
            "A village \"has collective economic income\" when its collective income is above 0 yuan: no Sichuan threshold was found (domain.md §8).",
            setAsideBy: "change the parameter collective-income-above-yuan of EXIT-VILLAGE"),
        new Interpretation(InterpretationIds.LinksFollowEdition, "三挂钩各项随其规则：版本未含或停用某项挂钩规则的，该项挂钩为空；三项均不适用的，不给出挂钩",
            "Each of the three links follows its rule: a link whose rule (LINK-PERFORMANCE, LINK-FOUR-GOOD-ONE-STRONG, LINK-PARTY-BUILDING) the edition lacks or switches off is null in links, and links is null when the edition applies none of the three; the score and the bundle cap do not depend on them.",
            setAsideBy: "fixed: remove or switch off a LINK rule with PolicyEditionBuilder.RemoveRule or SetEnabled"),
    ];
}
