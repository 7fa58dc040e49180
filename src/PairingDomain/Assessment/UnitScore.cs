using System.Collections.Immutable;

namespace PairingDomain.Assessment;

/// <summary>
/// A unit's score for the year under its edition's scoring table (the three links, 三挂钩, §III.8; case-format-2.md §2,
/// §3 <c>score</c>): the points left of 100, the grade they give, whether the bundle cap lowered it, and each row that
/// deducted.
/// </summary>
/// <remarks>
/// <see cref="Capped"/> is true exactly when the unit is barred (its <c>excellence.blockedBy</c> is not empty) and its
/// points would give <c>good</c>: the grade is then <c>fairly-good</c> (case-format-2.md §4).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class UnitScore
{
    internal UnitScore(int points, ScoreGrade grade, bool capped, ImmutableArray<ScoreDeduction> deductions)
    {
        Points = points;
        Grade = grade;
        Capped = capped;
        Deductions = deductions;
    }

    /// <summary>The points: 100 less every row's deduction, never below 0 (扣完为止).</summary>
    public int Points { get; }

    /// <summary>The grade the points give, capped at <c>fairly-good</c> for a barred unit.</summary>
    public ScoreGrade Grade { get; }

    /// <summary>Whether the bundle cap lowered the grade from <c>good</c> to <c>fairly-good</c>.</summary>
    public bool Capped { get; }

    /// <summary>The rows that deducted, in table order; a row that deducts nothing is not listed.</summary>
    public ImmutableArray<ScoreDeduction> Deductions { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Points} {Grade.ContractId}{(Capped ? " (capped)" : string.Empty)}";
}
