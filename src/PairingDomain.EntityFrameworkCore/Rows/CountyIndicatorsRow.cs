using PairingDomain.Places;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A county's exit indicators for a year (case-format-2.md §1 <c>countyIndicators</c>), keyed by county and year. Table <c>county_indicators</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class CountyIndicatorsRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The county (<c>county</c>).</summary>
    public DivisionCode CountyCode { get; set; }

    /// <summary>The year (<c>year</c>).</summary>
    public int Year { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The poverty incidence (<c>povertyIncidence</c>), as exact decimal text.</summary>
    public decimal PovertyIncidence { get; set; }

    /// <summary>Its townships (<c>townships</c>).</summary>
    public int Townships { get; set; }

    /// <summary>Townships with a standard school (<c>townshipsWithSchool</c>).</summary>
    public int TownshipsWithSchool { get; set; }

    /// <summary>Townships with a standard health centre (<c>townshipsWithHealthCentre</c>).</summary>
    public int TownshipsWithHealthCentre { get; set; }

    /// <summary>Townships with a service centre (<c>townshipsWithServiceCentre</c>).</summary>
    public int TownshipsWithServiceCentre { get; set; }

    /// <summary>The wrongful exit rate (<c>wrongfulExitRate</c>), as exact decimal text.</summary>
    public decimal WrongfulExitRate { get; set; }

    /// <summary>The missed registration rate (<c>missedRegistrationRate</c>), as exact decimal text.</summary>
    public decimal MissedRegistrationRate { get; set; }

    /// <summary>The approval rate (<c>approvalRate</c>), as exact decimal text.</summary>
    public decimal ApprovalRate { get; set; }
}
