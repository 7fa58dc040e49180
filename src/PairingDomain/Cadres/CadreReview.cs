using NodaTime;

namespace PairingDomain.Cadres;

/// <summary>
/// A routine or end-of-term review of a stationed cadre (case-format-2.md §1, <c>cadreReviews</c>), the input of
/// <c>CADRE-CRITICISE</c> (§III.6: a cadre who does not fulfil the duties is criticised and educated): a review with
/// <see cref="DutiesFulfilled"/> false records 履行职责不力.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record CadreReview
{
    /// <summary>Creates a review.</summary>
    /// <param name="cadre">The stationed cadre reviewed.</param>
    /// <param name="kind">Routine or end-of-term.</param>
    /// <param name="on">The local date of the review, in China Standard Time.</param>
    /// <param name="dutiesFulfilled">Whether the cadre fulfilled the duties; false records 履行职责不力.</param>
    /// <exception cref="System.ArgumentException"><paramref name="cadre"/> is the default value.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="kind"/> is null.</exception>
    public CadreReview(CadreId cadre, CadreReviewKind kind, LocalDate on, bool dutiesFulfilled)
    {
        Preconditions.CheckArgument(cadre.Value is not null, nameof(cadre), "The cadre is the default value.");
        Cadre = cadre;
        Kind = Preconditions.CheckNotNull(kind, nameof(kind));
        On = on;
        DutiesFulfilled = dutiesFulfilled;
    }

    /// <summary>The stationed cadre reviewed.</summary>
    public CadreId Cadre { get; }

    /// <summary>Routine or end-of-term.</summary>
    public CadreReviewKind Kind { get; }

    /// <summary>The local date of the review.</summary>
    public LocalDate On { get; }

    /// <summary>Whether the cadre fulfilled the duties.</summary>
    public bool DutiesFulfilled { get; }
}
