namespace PairingDomain.Cadres;

/// <summary>
/// An annual grade of a stationed cadre, §III.6 and §III.8, domain.md §5.
/// </summary>
/// <remarks>
/// Sichuan grades 优秀 / 称职 / 不称职; other provinces add 基本称职. Which grades an edition accepts is its
/// <see cref="GradeScale"/>. 不称职 triggers <c>CADRE-RECALL</c> and <c>BUNDLE-CADRE</c>; 优秀 <c>CADRE-COMMEND</c>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class CadreGrade : BilingualEnumeration<CadreGrade>
{
    /// <summary>优秀, excellent.</summary>
    public static readonly CadreGrade Excellent = new(nameof(Excellent), 1, "优秀", "Excellent");

    /// <summary>称职, competent.</summary>
    public static readonly CadreGrade Competent = new(nameof(Competent), 2, "称职", "Competent");

    /// <summary>基本称职, basically competent (not on Sichuan's scale).</summary>
    public static readonly CadreGrade BasicallyCompetent = new(nameof(BasicallyCompetent), 3, "基本称职", "Basically competent");

    /// <summary>不称职, incompetent.</summary>
    public static readonly CadreGrade Incompetent = new(nameof(Incompetent), 4, "不称职", "Incompetent");

    private CadreGrade(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
