using PairingDomain.Places;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A village's exit indicators for a year (case-format-2.md §1 <c>villageIndicators</c>), keyed by village and year. Table <c>village_indicators</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class VillageIndicatorsRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The village (<c>village</c>).</summary>
    public VillageCode VillageCode { get; set; }

    /// <summary>The year (<c>year</c>).</summary>
    public int Year { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The poverty incidence (<c>povertyIncidence</c>), as exact decimal text.</summary>
    public decimal PovertyIncidence { get; set; }

    /// <summary>The collective economy's income in yuan (<c>collectiveIncome</c>), as exact decimal text.</summary>
    public decimal CollectiveIncome { get; set; }

    /// <summary>A hardened road reaches it (<c>hardenedRoad</c>).</summary>
    public bool HardenedRoad { get; set; }

    /// <summary>It has a standard clinic (<c>clinic</c>).</summary>
    public bool Clinic { get; set; }

    /// <summary>It has a culture room (<c>cultureRoom</c>).</summary>
    public bool CultureRoom { get; set; }

    /// <summary>It has broadband network (<c>network</c>).</summary>
    public bool Network { get; set; }
}
