namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A cadre's work record for a year (case-format-2.md §1 <c>cadreWork</c>), keyed by cadre and year. Table <c>cadre_work</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class CadreWorkRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The cadre (<c>cadre</c>).</summary>
    public CadreId CadreId { get; set; }

    /// <summary>The year (<c>year</c>).</summary>
    public int Year { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>Whether the cadre kept a work plan (<c>workPlan</c>).</summary>
    public bool WorkPlan { get; set; }

    /// <summary>Whether the cadre kept a work ledger (<c>workLedger</c>).</summary>
    public bool WorkLedger { get; set; }

    /// <summary>Whether the cadre was relieved of home-unit duties (<c>homeUnitDuties</c>).</summary>
    public bool HomeUnitDuties { get; set; }
}
