namespace PairingDomain.Cadres;

/// <summary>
/// The kind of a review of a stationed cadre (domain.md §5, §III.6; case-format-2.md §1, <c>cadreReviews[].kind</c>):
/// routine (平时考核) or end-of-term (期满考核). The annual review (年度考核) is the grade of
/// <see cref="AnnualGrade"/>.
/// </summary>
/// <remarks>
/// The contract ids are <c>routine</c> and <c>end-of-term</c>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class CadreReviewKind : BilingualEnumeration<CadreReviewKind>
{
    /// <summary>平时考核: a routine review during the term.</summary>
    public static readonly CadreReviewKind Routine = new(nameof(Routine), 1, "平时考核", "Routine review");

    /// <summary>期满考核: the review at the end of the term.</summary>
    public static readonly CadreReviewKind EndOfTerm = new(nameof(EndOfTerm), 2, "期满考核", "End-of-term review");

    private CadreReviewKind(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
