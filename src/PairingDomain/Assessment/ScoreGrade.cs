namespace PairingDomain.Assessment;

/// <summary>
/// A unit's grade from its score (the three links, 三挂钩, §III.8; case-format-2.md §2): <c>good</c> from 90 points,
/// <c>fairly-good</c> from 80, <c>average</c> from 60, else <c>poor</c>; a unit barred by a bundle gets
/// <c>fairly-good</c> at most.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class ScoreGrade : BilingualEnumeration<ScoreGrade>
{
    /// <summary>好: 90 points or more, and not barred by a bundle.</summary>
    public static readonly ScoreGrade Good = new(nameof(Good), 1, "好", "good");

    /// <summary>较好: 80 to 89 points, or 90 or more for a unit barred by a bundle.</summary>
    public static readonly ScoreGrade FairlyGood = new(nameof(FairlyGood), 2, "较好", "fairly good");

    /// <summary>一般: 60 to 79 points.</summary>
    public static readonly ScoreGrade Average = new(nameof(Average), 3, "一般", "average");

    /// <summary>差: below 60 points.</summary>
    public static readonly ScoreGrade Poor = new(nameof(Poor), 4, "差", "poor");

    private ScoreGrade(string name, int value, string chineseName, string englishName)
        : base(name, value, chineseName, englishName)
    {
    }
}
