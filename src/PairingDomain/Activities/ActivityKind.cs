namespace PairingDomain.Activities;

/// <summary>
/// The kind of a recorded activity and, through the policy edition's duty rules, the duty it can feed
/// (case-format.md, domain.md §4).
/// </summary>
/// <remarks>
/// <see cref="RequiresLeader"/>: the activity must name the leader who led or convened it (<c>by</c>).
/// <see cref="RequiresCounty"/>: the activity must name the county it took place in or concerns.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class ActivityKind : BilingualEnumeration<ActivityKind>
{
    /// <summary>督导调研: a supervision and research visit to the paired county or village.</summary>
    public static readonly ActivityKind SupervisionVisit = new(nameof(SupervisionVisit), 1, "督导调研", "Supervision visit", true, true);

    /// <summary>专题会议: a special work meeting of the leadership team, convened by the main leader.</summary>
    public static readonly ActivityKind LeadershipMeeting = new(nameof(LeadershipMeeting), 2, "专题会议", "Leadership meeting", true, false);

    /// <summary>专题研究定点帮扶会议: a special meeting of the undertaking office and divisions, convened by the deputy leader.</summary>
    public static readonly ActivityKind OfficeMeeting = new(nameof(OfficeMeeting), 3, "专题研究定点帮扶会议", "Office meeting", true, false);

    /// <summary>联席会议: a joint special poverty meeting of the lead unit with the participants and the county.</summary>
    public static readonly ActivityKind JointMeeting = new(nameof(JointMeeting), 4, "联席会议", "Joint meeting", false, true);

    /// <summary>年度帮扶计划: the annual assistance plan for a paired county and its villages.</summary>
    public static readonly ActivityKind AnnualPlan = new(nameof(AnnualPlan), 5, "年度帮扶计划", "Annual plan", false, true);

    /// <summary>外出学习参观考察: a study tour outside for village cadres and local wealth leaders.</summary>
    public static readonly ActivityKind StudyTour = new(nameof(StudyTour), 6, "外出学习参观考察", "Study tour", false, true);

    /// <summary>农民夜校讲座: a farmer night-school lecture in the village.</summary>
    public static readonly ActivityKind NightSchool = new(nameof(NightSchool), 7, "农民夜校讲座", "Night-school lecture", false, true);

    /// <summary>
    /// 党组织书记讲党课: a party lecture by the unit's party secretary (§III.5, case-format-2.md §1; <c>pairing-case/2</c>
    /// only): county required, village optional. It feeds no duty; <c>links.partyBuilding</c> counts it.
    /// </summary>
    public static readonly ActivityKind PartyLecture = new(nameof(PartyLecture), 8, "党组织书记讲党课", "Party lecture", false, true);

    /// <summary>
    /// 蹲点指导: guidance of a village party branch on the spot, supervising 三会一课 (§III.5, case-format-2.md §1;
    /// <c>pairing-case/2</c> only): county and village required. It feeds no duty; <c>links.partyBuilding</c> counts it.
    /// </summary>
    public static readonly ActivityKind BranchGuidance = new(nameof(BranchGuidance), 9, "蹲点指导", "Branch guidance", false, true, true);

    private ActivityKind(string name, int value, string chineseName, string englishName, bool requiresLeader, bool requiresCounty,
        bool requiresVillage = false)
        : base(name, value, chineseName, englishName)
    {
        RequiresLeader = requiresLeader;
        RequiresCounty = requiresCounty;
        RequiresVillage = requiresVillage;
    }

    /// <summary>
    /// Whether the kind is one of <c>pairing-case/2</c>'s party-building kinds (case-format-2.md §1), which a
    /// <c>pairing-case/1</c> document cannot use.
    /// </summary>
    public bool IsPartyBuilding => Value >= PartyLecture.Value;

    /// <summary>Whether an activity of this kind must name its village (<see cref="BranchGuidance"/>).</summary>
    public bool RequiresVillage { get; }

    /// <summary>Whether an activity of this kind must name its leader.</summary>
    public bool RequiresLeader { get; }

    /// <summary>Whether an activity of this kind must name its county.</summary>
    public bool RequiresCounty { get; }
}
