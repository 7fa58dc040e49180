using PairingDomain.Cadres;
using PairingDomain.Units;

namespace PairingDomain.Policy;

/// <summary>
/// The calendar period a duty's minimum is counted over: the year, each quarter, or each month (China Standard Time).
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class DutyPeriodKind : BilingualEnumeration<DutyPeriodKind>
{
    /// <summary>每年: the minimum is for the whole year.</summary>
    public static readonly DutyPeriodKind Year = new(nameof(Year), 1, "每年", "per year");

    /// <summary>每季度: the minimum is for each quarter.</summary>
    public static readonly DutyPeriodKind Quarter = new(nameof(Quarter), 2, "每季度", "per quarter");

    /// <summary>
    /// 每月: the minimum is for each whole calendar month; only for <c>DUTY-CADRE-DAYS</c>, days in the village
    /// (case-format-2.md §2), not for a duty an activity kind feeds.
    /// </summary>
    public static readonly DutyPeriodKind Month = new(nameof(Month), 3, "每月", "per month");

    private DutyPeriodKind(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
