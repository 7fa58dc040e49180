using NodaTime;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// One stored annual assessment (case-format.md results, <c>pairing-assessment/1</c> or <c>/2</c>): what was assessed,
/// under which rules, as of which day, when, and the document itself. Table <c>assessments</c>.
/// </summary>
/// <remarks>
/// <para>
/// An assessment is identified by what determines it: the case (<see cref="CaseHash"/>), the edition and its rules
/// (<see cref="EditionId"/>, <see cref="RulesHash"/>) and the as-of date; saving the same assessment again finds this
/// row instead of adding one (a unique index on those four columns).
/// </para>
/// <para>
/// A persistence row, mutable for EF Core: written by <see cref="AssessmentStore.SaveAsync"/> and read by the history
/// queries (<see cref="AssessmentHistory"/>); not a domain type.
/// </para>
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class StoredAssessment
{
    /// <summary>The assessment's number in the database (<c>id</c>, the primary key), given by the database on saving.</summary>
    public long Id { get; set; }

    /// <summary>1 for a <c>pairing-assessment/1</c> document, 2 for a <c>pairing-assessment/2</c> one (case-format-2.md §3).</summary>
    public int FormatVersion { get; set; }

    /// <summary>The policy edition's id (<c>policy</c>, such as <c>sichuan-2019</c>).</summary>
    public string EditionId { get; set; } = string.Empty;

    /// <summary>
    /// The SHA-256 of the edition's rules as edition-format.md writes them (<c>EditionWriter</c>), in lower-case hex: two
    /// editions under one id with different parameters have different hashes.
    /// </summary>
    public string RulesHash { get; set; } = string.Empty;

    /// <summary>The SHA-256 of the case as case-format.md writes it (<c>CaseWriter</c>), in lower-case hex.</summary>
    public string CaseHash { get; set; } = string.Empty;

    /// <summary>The assessed year (<c>year</c>).</summary>
    public int Year { get; set; }

    /// <summary>The as-of date the assessment was made for (<c>asOf</c>).</summary>
    public LocalDate AsOf { get; set; }

    /// <summary>When the assessment was made, as the caller said (never read from a clock by this package).</summary>
    public Instant AssessedAt { get; set; }

    /// <summary>The assessment document, UTF-8 JSON text as <c>AssessmentWriter</c> writes it (with evidence).</summary>
    public string Document { get; set; } = string.Empty;
}
