namespace PairingDomain.Units;

/// <summary>
/// The kind of an assistance unit (帮扶单位), each answering to one supervising authority, domain.md §1.
/// </summary>
/// <remarks>
/// Every unit has exactly one kind. The 2018 counts (§II) were 128 + 115 + 44 + 61 + 22 = 370 units;
/// central units stationed in Sichuan were counted within them. Interpretation <c>CENTRAL-UNIT-AUTHORITY</c>:
/// central units answer to the Work Committee.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class UnitKind : BilingualEnumeration<UnitKind>
{
    /// <summary>省直部门（单位）, a provincial department or unit.</summary>
    public static readonly UnitKind ProvincialDepartment = new(nameof(ProvincialDepartment), 1,
        "省直部门（单位）", "Provincial department or unit", SupervisingAuthority.WorkCommittee, 128);

    /// <summary>高校, a university.</summary>
    public static readonly UnitKind University = new(nameof(University), 2,
        "高校", "University", SupervisingAuthority.EducationDepartment, 115);

    /// <summary>医院, a hospital.</summary>
    public static readonly UnitKind Hospital = new(nameof(Hospital), 3,
        "医院", "Hospital", SupervisingAuthority.HealthCommission, 44);

    /// <summary>国企, a state-owned enterprise.</summary>
    public static readonly UnitKind StateOwnedEnterprise = new(nameof(StateOwnedEnterprise), 4,
        "国企", "State-owned enterprise", SupervisingAuthority.Sasac, 61);

    /// <summary>金融机构, a financial institution.</summary>
    public static readonly UnitKind FinancialInstitution = new(nameof(FinancialInstitution), 5,
        "金融机构", "Financial institution", SupervisingAuthority.LocalFinancialSupervisionBureau, 22);

    /// <summary>中央驻川单位, a central unit stationed in Sichuan.</summary>
    public static readonly UnitKind CentralUnit = new(nameof(CentralUnit), 6,
        "中央驻川单位", "Central unit stationed in Sichuan", SupervisingAuthority.WorkCommittee, null);

    private UnitKind(string name, int value, string chineseName, string englishName,
        SupervisingAuthority authority, int? count2018)
        : base(name, value, chineseName, englishName)
    {
        Authority = authority;
        Count2018 = count2018;
    }

    /// <summary>The sector authority units of this kind answer to (主管部门).</summary>
    public SupervisingAuthority Authority { get; }

    /// <summary>How many units of this kind took part in 2018 (§II), or null when counted within the others.</summary>
    public int? Count2018 { get; }
}
