namespace PairingDomain.Units;

/// <summary>
/// A leadership post inside an assistance unit, domain.md §1.
/// </summary>
/// <remarks>
/// The main leader is the first person responsible (第一责任人) and owes <c>DUTY-MAIN-LEADER-VISITS</c> and
/// <c>DUTY-MAIN-LEADER-MEETINGS</c>; the deputy leader in charge owes <c>DUTY-DEPUTY-VISITS</c> and
/// <c>DUTY-DEPUTY-MEETINGS</c>; other bureau-level leaders' visits count in statistics only.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class LeaderPost : BilingualEnumeration<LeaderPost>
{
    /// <summary>主要负责同志, the main leader.</summary>
    public static readonly LeaderPost MainLeader = new(nameof(MainLeader), 1, "主要负责同志", "Main leader");

    /// <summary>分管负责同志, the deputy leader in charge.</summary>
    public static readonly LeaderPost DeputyLeader = new(nameof(DeputyLeader), 2, "分管负责同志", "Deputy leader in charge");

    /// <summary>其他厅级领导干部, another bureau-level leader.</summary>
    public static readonly LeaderPost OtherLeader = new(nameof(OtherLeader), 3, "其他厅级领导干部", "Other bureau-level leader");

    private LeaderPost(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
