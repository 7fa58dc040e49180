using PairingDomain.Policy;

namespace PairingDomain.EntityFrameworkCore.Rows;

/// <summary>
/// One action a stored assessment asks of a stationed cadre's sending unit (§III.6, case-format.md
/// <c>cadres[].actions[]</c>: <c>CADRE-RECALL</c>, <c>CADRE-COMMEND</c>, <c>CADRE-CRITICISE</c>). Table
/// <c>cadre_actions</c>, keyed by assessment, cadre and rule.
/// </summary>
/// <remarks>
/// A persistence row of the assessment history, mutable for EF Core: written by <see cref="AssessmentStore.SaveAsync"/> from
/// the assessment and read by the history queries (<see cref="AssessmentHistory"/>); not a domain type.
/// <threadsafety>Not thread-safe.</threadsafety>
/// </remarks>
public sealed class CadreActionRow
{
    /// <summary>The assessment the row belongs to (<c>assessment_id</c>, part of the primary key; <see cref="StoredAssessment.Id"/>).</summary>
    public long AssessmentId { get; set; }

    /// <summary>The cadre (<c>cadre</c>).</summary>
    public CadreId CadreId { get; set; }

    /// <summary>The action's rule (<c>actions[]</c>).</summary>
    public RuleId Rule { get; set; }

    /// <summary>The cadre's position in the assessment (<c>seq</c>).</summary>
    public int Seq { get; set; }
}
