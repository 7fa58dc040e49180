using PairingDomain.Cadres;
using PairingDomain.Units;

namespace PairingDomain.Policy;

/// <summary>
/// Who owes a duty (domain.md §4): the unit, the lead unit of a county, the main leader, the deputy leader in charge,
/// a stationed cadre, or the Work Committee itself.
/// </summary>
/// <remarks>
/// A holder with a <see cref="Post"/> counts an activity only when its leader held that post on the activity's date.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class DutyHolder : BilingualEnumeration<DutyHolder>
{
    /// <summary>帮扶单位: the unit.</summary>
    public static readonly DutyHolder Unit = new(nameof(Unit), 1, "帮扶单位", "unit", null);

    /// <summary>牵头单位: the lead unit of a county.</summary>
    public static readonly DutyHolder LeadUnit = new(nameof(LeadUnit), 2, "牵头单位", "lead unit", null);

    /// <summary>主要负责同志: the main leader.</summary>
    public static readonly DutyHolder MainLeader = new(nameof(MainLeader), 3, "主要负责同志", "main leader", LeaderPost.MainLeader);

    /// <summary>分管负责同志: the deputy leader in charge.</summary>
    public static readonly DutyHolder DeputyLeader = new(nameof(DeputyLeader), 4, "分管负责同志", "deputy leader in charge", LeaderPost.DeputyLeader);

    /// <summary>驻村干部: a stationed cadre.</summary>
    public static readonly DutyHolder StationedCadre = new(nameof(StationedCadre), 5, "驻村干部", "stationed cadre", null);

    /// <summary>省直机关工委: the Work Committee itself.</summary>
    public static readonly DutyHolder WorkCommittee = new(nameof(WorkCommittee), 6, "省直机关工委", "Work Committee", null);

    private DutyHolder(string name, int value, string chineseName, string englishName, LeaderPost? post)
        : base(name, value, chineseName, englishName)
    {
        Post = post;
    }

    /// <summary>The post whose holder's activities count, or null when any activity of the unit counts.</summary>
    public LeaderPost? Post { get; }
}
