namespace PairingDomain.Units;

/// <summary>
/// The sector authority (主管部门) a kind of assistance unit answers to, domain.md §1.
/// </summary>
/// <remarks>
/// The 2019 meeting was convened by the Work Committee together with the four sector authorities listed here.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class SupervisingAuthority : BilingualEnumeration<SupervisingAuthority>
{
    /// <summary>中共四川省直属机关工作委员会, the Provincial Organs Work Committee.</summary>
    public static readonly SupervisingAuthority WorkCommittee =
        new(nameof(WorkCommittee), 1, "省直机关工委", "Provincial Organs Work Committee");

    /// <summary>教育厅, the Department of Education.</summary>
    public static readonly SupervisingAuthority EducationDepartment =
        new(nameof(EducationDepartment), 2, "教育厅", "Department of Education");

    /// <summary>省卫生健康委, the Health Commission.</summary>
    public static readonly SupervisingAuthority HealthCommission =
        new(nameof(HealthCommission), 3, "省卫生健康委", "Health Commission");

    /// <summary>省国资委, the State-owned Assets Supervision and Administration Commission.</summary>
    public static readonly SupervisingAuthority Sasac =
        new(nameof(Sasac), 4, "省国资委", "State-owned Assets Supervision and Administration Commission");

    /// <summary>省地方金融监督管理局, the Local Financial Supervision Bureau.</summary>
    public static readonly SupervisingAuthority LocalFinancialSupervisionBureau =
        new(nameof(LocalFinancialSupervisionBureau), 5, "省地方金融监督管理局", "Local Financial Supervision Bureau");

    private SupervisingAuthority(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
