namespace PairingDomain.Assessment;

/// <summary>
/// Why an activity did or did not count for a duty: what a provincial officer asks when a unit disputes a result.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class ActivityVerdict : BilingualEnumeration<ActivityVerdict>
{
    /// <summary>计入: the activity counted.</summary>
    public static readonly ActivityVerdict Counted = new(nameof(Counted), 0, "计入", "counted");

    /// <summary>The activity is of a kind that does not feed this duty.</summary>
    public static readonly ActivityVerdict OtherKind = new(nameof(OtherKind), 1, "活动类型不对应该项职责", "its kind does not feed this duty");

    /// <summary>The activity is dated (China Standard Time) outside the assessed year.</summary>
    public static readonly ActivityVerdict OtherYear = new(nameof(OtherYear), 2, "不在考核年度内（按北京时间）", "dated outside the assessed year (China Standard Time)");

    /// <summary>The activity is dated after the as-of date.</summary>
    public static readonly ActivityVerdict AfterAsOf = new(nameof(AfterAsOf), 3, "晚于评估截止日", "dated after the as-of date");

    /// <summary>Its leader did not hold the duty's post on its date, nor the post of any other duty of its kind.</summary>
    public static readonly ActivityVerdict LeaderNotInPost = new(nameof(LeaderNotInPost), 4, "当日该领导未担任该项职责所要求的职务", "its leader did not hold the post this duty requires on that date");

    /// <summary>Its county was not assisted by the unit on its date.</summary>
    public static readonly ActivityVerdict OutsidePairing = new(nameof(OutsidePairing), 5, "当日该县不是本单位帮扶县", "the unit did not assist its county on that date");

    /// <summary>The unit was not the lead of its county on its date.</summary>
    public static readonly ActivityVerdict NotLeadUnit = new(nameof(NotLeadUnit), 6, "当日本单位不是该县牵头单位", "the unit was not the county's lead unit on that date");

    /// <summary>
    /// Its kind feeds this duty, but its leader held on its date the post of another duty of the same kind (the main
    /// leader's own visit, judged against the deputy's duty): it belongs to that post's duty, named by
    /// <see cref="ActivityJudgement.OtherDuty"/>. Given by the explanation where the bulk pass says
    /// <see cref="LeaderNotInPost"/>, which would read as a data error.
    /// </summary>
    public static readonly ActivityVerdict OtherPost = new(nameof(OtherPost), 7, "由其他职务的领导开展，归入该职务的职责", "led by a leader of another post; it feeds that post's duty");

    private ActivityVerdict(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
