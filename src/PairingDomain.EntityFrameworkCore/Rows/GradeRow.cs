using PairingDomain.Cadres;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// A stationed cadre's annual grade (case-format.md <c>cadreGrades</c>), keyed by cadre and year. Table <c>cadre_grades</c>.
/// </summary>
/// <remarks>
/// A persistence row, mutable for EF Core: built by <see cref="CaseStore.SaveAsync"/> from the domain record and turned
/// back into it by <see cref="CaseStore.LoadAsync"/> through <see cref="PairingCaseBuilder"/>; not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class GradeRow
{
    /// <summary>The key of the stored case the row belongs to (<c>case_key</c>, part of the primary key; <see cref="StoredCase"/>).</summary>
    public string CaseKey { get; set; } = string.Empty;

    /// <summary>The cadre (<c>cadre</c>).</summary>
    public CadreId CadreId { get; set; }

    /// <summary>The year graded (<c>year</c>).</summary>
    public int Year { get; set; }

    /// <summary>The record's position in its part as saved (<c>seq</c>), by which it is loaded back in the same order.</summary>
    public int Seq { get; set; }

    /// <summary>The grade, as its contract id.</summary>
    public CadreGrade Grade { get; set; } = null!;
}
