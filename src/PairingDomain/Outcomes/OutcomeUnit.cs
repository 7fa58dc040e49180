namespace PairingDomain.Outcomes;

/// <summary>
/// The unit an outcome's amount is stated in (case-format-2.md §1 "Outcomes", §II of the seed): yuan, kilometres,
/// square metres, households, person-times or people.
/// </summary>
/// <remarks>
/// <see cref="Decimals"/> is the most decimals an amount in this unit may carry: money 2 (fen), kilometres and square
/// metres 1, counts none (<c>invalid-value</c> otherwise).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class OutcomeUnit : BilingualEnumeration<OutcomeUnit>
{
    /// <summary>元: money.</summary>
    public static readonly OutcomeUnit Yuan = new(nameof(Yuan), 1, "元", "yuan", 2);

    /// <summary>公里: kilometres of road.</summary>
    public static readonly OutcomeUnit Kilometre = new(nameof(Kilometre), 2, "公里", "km", 1);

    /// <summary>平方米: square metres of floor area.</summary>
    public static readonly OutcomeUnit SquareMetre = new(nameof(SquareMetre), 3, "平方米", "m²", 1);

    /// <summary>户: households.</summary>
    public static readonly OutcomeUnit Household = new(nameof(Household), 4, "户", "households", 0);

    /// <summary>人次: person-times (people trained, counted once per training).</summary>
    public static readonly OutcomeUnit PersonTime = new(nameof(PersonTime), 5, "人次", "person-times", 0);

    /// <summary>人: people.</summary>
    public static readonly OutcomeUnit Person = new(nameof(Person), 6, "人", "people", 0);

    private OutcomeUnit(string name, int value, string chineseName, string englishName, int decimals)
        : base(name, value, chineseName, englishName)
    {
        Decimals = decimals;
    }

    /// <summary>The most decimals an amount in this unit may carry: 2 for money, 1 for km and m², 0 for counts.</summary>
    public int Decimals { get; }
}
