using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Places;

namespace PairingDomain.Outcomes;

/// <summary>
/// One achievement a unit recorded (case-format-2.md §1 "Outcomes", §II of the seed): an amount of a measure, in a
/// county it assists, on a date — summed in <c>statistics.outcomes</c>, or found as <c>OUTCOME-OUTSIDE-PAIRING</c>
/// when the unit does not assist the county on that date.
/// </summary>
/// <remarks>
/// Its identifier is an <see cref="ActivityId"/>: outcomes share one namespace with the activities (and the Work
/// Committee's activities), and <see cref="OutcomeBookBuilder"/> refuses an id already used (<c>duplicate-id</c>). The
/// constructor takes any amount; <see cref="OutcomeBookBuilder"/> reports one that <see cref="OutcomeMeasure.Allows"/>
/// refuses (<c>invalid-value</c>).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Outcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="id">Its identifier, in the activities' namespace.</param>
    /// <param name="unit">The unit that achieved it.</param>
    /// <param name="county">The county it was achieved in.</param>
    /// <param name="village">The village, or null.</param>
    /// <param name="on">The date it was recorded.</param>
    /// <param name="measure">What it measures.</param>
    /// <param name="amount">How much, in the measure's unit.</param>
    /// <exception cref="System.ArgumentException">An identifier or code is the default value.</exception>
    /// <exception cref="System.ArgumentNullException"><paramref name="measure"/> is null.</exception>
    public Outcome(ActivityId id, UnitId unit, DivisionCode county, VillageCode? village, LocalDate on, OutcomeMeasure measure, decimal amount)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The identifier is the default value.");
        Preconditions.CheckArgument(unit.Value is not null, nameof(unit), "The unit is the default value.");
        Preconditions.CheckArgument(county.Value is not null, nameof(county), "The county is the default value.");
        Preconditions.CheckArgument(village is not { Value: null }, nameof(village), "The village is the default value.");
        Id = id;
        Unit = unit;
        County = county;
        Village = village;
        On = on;
        Measure = Preconditions.CheckNotNull(measure, nameof(measure));
        Amount = amount;
    }

    /// <summary>The outcome's identifier.</summary>
    public ActivityId Id { get; }

    /// <summary>The unit that achieved it.</summary>
    public UnitId Unit { get; }

    /// <summary>The county.</summary>
    public DivisionCode County { get; }

    /// <summary>The village, or null.</summary>
    public VillageCode? Village { get; }

    /// <summary>The date.</summary>
    public LocalDate On { get; }

    /// <summary>What it measures.</summary>
    public OutcomeMeasure Measure { get; }

    /// <summary>The amount, in <see cref="OutcomeMeasure.Unit"/>.</summary>
    public decimal Amount { get; }
}
