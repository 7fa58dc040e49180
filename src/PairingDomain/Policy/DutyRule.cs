using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using PairingDomain.Activities;

namespace PairingDomain.Policy;

/// <summary>
/// A duty frequency of domain.md §4: who owes it, which activity kind feeds it, the minimum, the period and the
/// counting scope.
/// </summary>
/// <remarks>
/// A duty with no <see cref="ActivityKind"/> has no input in <c>pairing-case/1</c> and is listed, not evaluated.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class DutyRule : PolicyRule
{
    /// <summary>Creates a duty rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="chineseText">The duty in Chinese.</param>
    /// <param name="englishText">The duty in English.</param>
    /// <param name="source">The clause, for example <c>SC-2019-4 §III.3</c>.</param>
    /// <param name="holder">Who owes the duty.</param>
    /// <param name="activityKind">The activity kind that feeds it, or null when the contract has no input for it.</param>
    /// <param name="minimum">The minimum count per period and per scope target; zero or more.</param>
    /// <param name="period">The period the minimum is counted over.</param>
    /// <param name="scope">What the minimum is counted for.</param>
    /// <param name="isEnabled">Whether the edition applies the duty.</param>
    public DutyRule(RuleId id, string chineseText, string englishText, string source, DutyHolder holder,
        ActivityKind? activityKind, int minimum, DutyPeriodKind period, CountingScope scope, bool isEnabled = true)
        : base(id, chineseText, englishText, source, activityKind is not null, isEnabled)
    {
        Holder = Preconditions.CheckNotNull(holder, nameof(holder));
        Preconditions.CheckArgument(minimum >= 0, nameof(minimum), "A duty's minimum cannot be negative.");
        ActivityKind = activityKind;
        Minimum = minimum;
        Period = Preconditions.CheckNotNull(period, nameof(period));
        Scope = Preconditions.CheckNotNull(scope, nameof(scope));
        Preconditions.CheckArgument(scope != CountingScope.PerCountyLed || holder == DutyHolder.LeadUnit, nameof(scope),
            $"Duty {id}: only a lead-unit duty can be counted per county led.");
    }

    /// <summary>Who owes the duty.</summary>
    public DutyHolder Holder { get; }

    /// <summary>The activity kind that feeds the duty, or null.</summary>
    public ActivityKind? ActivityKind { get; }

    /// <summary>The minimum count per period and per scope target.</summary>
    public int Minimum { get; }

    /// <summary>The period the minimum is counted over.</summary>
    public DutyPeriodKind Period { get; }

    /// <summary>What the minimum is counted for.</summary>
    public CountingScope Scope { get; }

    /// <inheritdoc />
    public override ImmutableArray<RuleParameter> Parameters =>
    [
        new("holder", Holder.Name),
        new("activity", ActivityKind?.Name ?? "(none in pairing-case/1)"),
        new("minimum", Minimum.ToString(CultureInfo.InvariantCulture)),
        new("period", Period.Name),
        new("scope", Scope.Name),
    ];

    /// <summary>A copy with another minimum.</summary>
    /// <param name="minimum">Zero or more.</param>
    [Pure]
    public DutyRule WithMinimum(int minimum) =>
        new(Id, ChineseText, EnglishText, Source, Holder, ActivityKind, minimum, Period, Scope, IsEnabled);

    /// <summary>A copy with another period.</summary>
    /// <param name="period">The new period.</param>
    [Pure]
    public DutyRule WithPeriod(DutyPeriodKind period) =>
        new(Id, ChineseText, EnglishText, Source, Holder, ActivityKind, Minimum, period, Scope, IsEnabled);

    /// <summary>A copy with another counting scope.</summary>
    /// <param name="scope">The new scope.</param>
    [Pure]
    public DutyRule WithScope(CountingScope scope) =>
        new(Id, ChineseText, EnglishText, Source, Holder, ActivityKind, Minimum, Period, scope, IsEnabled);

    /// <inheritdoc />
    [Pure]
    public override PolicyRule WithEnabled(bool enabled) =>
        new DutyRule(Id, ChineseText, EnglishText, Source, Holder, ActivityKind, Minimum, Period, Scope, enabled);
}
