using NodaTime;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// One stored case (case-format.md: <c>format</c>, <c>policy</c>, <c>year</c>, <c>asOf</c>): the head row every other row of the case belongs to. Table <c>stored_cases</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class StoredCase
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>1 for a <c>pairing-case/1</c> case, 2 for a <c>pairing-case/2</c> case (case-format-2.md), whose cadre work, exit indicators and party pairings are stored.</summary>
    public int FormatVersion { get; set; }

    /// <summary>The policy edition's id (<c>policy</c>, such as <c>sichuan-2019</c>), resolved on loading in a <see cref="PairingDomain.Policy.PolicyEditionSet"/>.</summary>
    public string EditionId { get; set; } = string.Empty;

    /// <summary>The assessed year (<c>year</c>).</summary>
    public int Year { get; set; }

    /// <summary>The as-of date (<c>asOf</c>), or null for the year's end.</summary>
    public LocalDate? AsOf { get; set; }
}
