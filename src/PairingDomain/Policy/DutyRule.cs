using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Globalization;
using PairingDomain.Activities;
using PairingDomain.Assessment.Rules;

namespace PairingDomain.Policy;

/// <summary>
/// A duty frequency of domain.md §4: who owes it, which activity kind feeds it, the minimum, the period and the
/// counting scope.
/// </summary>
/// <remarks>
/// A duty with no <see cref="ActivityKind"/> has no input in <c>pairing-case/1</c>: it is evaluated when the work book of
/// <c>pairing-case/2</c> feeds it (<c>DUTY-CADRE-FULL-TIME</c>, <c>DUTY-CADRE-DAYS</c>, <c>DUTY-COMMITTEE-TRAINING</c>), per
/// cadre or for the Work Committee rather than per unit, and is otherwise listed, not evaluated.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class DutyRule : PolicyRule
{
    /// <summary>Creates a duty rule.</summary>
    /// <param name="id">The rule's identifier.</param>
    /// <param name="chineseText">The duty in Chinese; may name its parameters in braces (<c>{period}至少{minimum}次</c>, see <see cref="PolicyRule"/>).</param>
    /// <param name="englishText">The duty in English; may name its parameters in braces.</param>
    /// <param name="source">The clause, for example <c>SC-2019-4 §III.3</c>.</param>
    /// <param name="holder">Who owes the duty.</param>
    /// <param name="activityKind">The activity kind that feeds it, or null when the contract has no input for it.</param>
    /// <param name="minimum">The minimum count per period and per scope target; zero or more.</param>
    /// <param name="period">The period the minimum is counted over.</param>
    /// <param name="scope">What the minimum is counted for.</param>
    /// <param name="isEnabled">Whether the edition applies the duty.</param>
    /// <param name="yearlyLeaveMaximum">
    /// For <c>DUTY-CADRE-DAYS</c>, the most leave days the year allows (30 in Baihe, domain.md §8), or null for no maximum.
    /// </param>
    public DutyRule(RuleId id, string chineseText, string englishText, string source, DutyHolder holder,
        ActivityKind? activityKind, int minimum, DutyPeriodKind period, CountingScope scope, bool isEnabled = true,
        int? yearlyLeaveMaximum = null)
        : base(id, chineseText, englishText, source, activityKind is not null || EvaluatedRules.WorkBookDutyIds.Contains(id), isEnabled)
    {
        Holder = Preconditions.CheckNotNull(holder, nameof(holder));
        Preconditions.CheckArgument(minimum >= 0, nameof(minimum), "A duty's minimum cannot be negative.");
        ActivityKind = activityKind;
        Minimum = minimum;
        Preconditions.CheckArgument(yearlyLeaveMaximum is null or >= 0, nameof(yearlyLeaveMaximum), "A leave maximum cannot be negative.");
        YearlyLeaveMaximum = yearlyLeaveMaximum;
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

    /// <summary>
    /// For <c>DUTY-CADRE-DAYS</c>, the most leave days the year allows: the duty is also short when the year's leave
    /// exceeds it. Null for no maximum (and for every other duty).
    /// </summary>
    public int? YearlyLeaveMaximum { get; }

    /// <summary>What the minimum is counted for.</summary>
    public CountingScope Scope { get; }

    /// <inheritdoc />
    /// <remarks><c>yearly-leave-maximum</c> comes last, and only when <see cref="YearlyLeaveMaximum"/> is set.</remarks>
    public override ImmutableArray<RuleParameter> Parameters =>
        YearlyLeaveMaximum is { } leave
            ? [.. BaseParameters(), new("yearly-leave-maximum", leave.ToString(CultureInfo.InvariantCulture))]
            : BaseParameters();

    private ImmutableArray<RuleParameter> BaseParameters() =>
    [
        new("holder", Holder.Name),
        new("activity", ActivityKind?.Name ?? "(none in pairing-case/1)"),
        new("minimum", Minimum.ToString(CultureInfo.InvariantCulture)),
        new("period", Period.Name),
        new("scope", Scope.Name),
    ];

    /// <summary>A copy with another yearly leave maximum (<c>DUTY-CADRE-DAYS</c>).</summary>
    /// <param name="maximum">Zero or more, or null for no maximum.</param>
    [Pure]
    public DutyRule WithYearlyLeaveMaximum(int? maximum) =>
        new(Id, ChineseTextTemplate, EnglishTextTemplate, Source, Holder, ActivityKind, Minimum, Period, Scope, IsEnabled, maximum);

    /// <summary>A copy with another minimum.</summary>
    /// <param name="minimum">Zero or more.</param>
    [Pure]
    public DutyRule WithMinimum(int minimum) =>
        new(Id, ChineseTextTemplate, EnglishTextTemplate, Source, Holder, ActivityKind, minimum, Period, Scope, IsEnabled, YearlyLeaveMaximum);

    /// <summary>A copy with another period.</summary>
    /// <param name="period">The new period.</param>
    [Pure]
    public DutyRule WithPeriod(DutyPeriodKind period) =>
        new(Id, ChineseTextTemplate, EnglishTextTemplate, Source, Holder, ActivityKind, Minimum, period, Scope, IsEnabled, YearlyLeaveMaximum);

    /// <summary>A copy with another counting scope.</summary>
    /// <param name="scope">The new scope.</param>
    [Pure]
    public DutyRule WithScope(CountingScope scope) =>
        new(Id, ChineseTextTemplate, EnglishTextTemplate, Source, Holder, ActivityKind, Minimum, Period, scope, IsEnabled, YearlyLeaveMaximum);

    /// <inheritdoc />
    [Pure]
    public override PolicyRule WithText(string chineseText, string englishText) =>
        new DutyRule(Id, chineseText, englishText, Source, Holder, ActivityKind, Minimum, Period, Scope, IsEnabled, YearlyLeaveMaximum);

    /// <inheritdoc />
    internal override string? Placeholder(string name, bool chinese) => name switch
    {
        "period" when chinese => Period.ChineseName,
        "period" => Period == DutyPeriodKind.Year ? "a year" : Period == DutyPeriodKind.Quarter ? "a quarter" : "a month",
        "minimum-times" when chinese => Minimum.ToString(CultureInfo.InvariantCulture) + "次",
        "minimum-times" => Minimum switch
        {
            1 => "once",
            2 => "twice",
            _ => Minimum.ToString(CultureInfo.InvariantCulture) + " times",
        },
        _ => base.Placeholder(name, chinese),
    };

    /// <inheritdoc />
    [Pure]
    public override PolicyRule WithEnabled(bool enabled) =>
        new DutyRule(Id, ChineseTextTemplate, EnglishTextTemplate, Source, Holder, ActivityKind, Minimum, Period, Scope, enabled, YearlyLeaveMaximum);
}
