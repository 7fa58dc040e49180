using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.Contracts;
using System.Linq;

namespace PairingDomain.Policy;

/// <summary>
/// A rule of a policy edition's catalogue: its identifier, its text in Chinese and English, the clause it comes from
/// and its parameters.
/// </summary>
/// <remarks>
/// Rules whose evaluation needs inputs the contract does not carry yet (the <c>LINK-*</c> rules, domain.md §8's exit
/// standards) are listed with <see cref="IsEvaluated"/> false; those <c>pairing-case/2</c> feeds (<c>DUTY-CADRE-*</c>,
/// <c>CADRE-CRITICISE</c>, <c>TEAM-*</c>, <c>DUTY-COMMITTEE-TRAINING</c>) are evaluated for a <c>/2</c> case only. Duties are <see cref="DutyRule"/>.
/// The hierarchy is closed: a rule is made by <see cref="Create"/> or is a <see cref="DutyRule"/>, so an edition holds
/// only the kinds of rule the assessment knows how to read.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public class PolicyRule
{
    private protected PolicyRule(RuleId id, string chineseText, string englishText, string source, bool isEvaluated, bool isEnabled,
        IEnumerable<RuleParameter>? parameters = null)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The identifier is the default value.");
        Id = id;
        ChineseText = Preconditions.CheckNotNull(chineseText, nameof(chineseText));
        EnglishText = Preconditions.CheckNotNull(englishText, nameof(englishText));
        Source = Preconditions.CheckNotNull(source, nameof(source));
        IsEvaluated = isEvaluated;
        IsEnabled = isEnabled;
        Parameters = (parameters ?? []).ToImmutableArray();
    }

    /// <summary>Creates a rule that is not a duty (a duty is a <see cref="DutyRule"/>).</summary>
    /// <param name="id">The rule's identifier; not the default value.</param>
    /// <param name="chineseText">What the rule requires, in Chinese.</param>
    /// <param name="englishText">What the rule requires, in English.</param>
    /// <param name="source">The clause it implements, for example <c>SC-2019-4 §III.2</c>.</param>
    /// <param name="isEvaluated">Whether the assessment evaluates it.</param>
    /// <param name="isEnabled">Whether the edition applies it.</param>
    /// <param name="parameters">Its named parameters.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="ArgumentNullException">A text or the source is null.</exception>
    public static PolicyRule Create(RuleId id, string chineseText, string englishText, string source, bool isEvaluated,
        bool isEnabled, IEnumerable<RuleParameter>? parameters = null) =>
        new(id, chineseText, englishText, source, isEvaluated, isEnabled, parameters);

    /// <summary>The rule's identifier.</summary>
    public RuleId Id { get; }

    /// <summary>What the rule requires, in Chinese.</summary>
    public string ChineseText { get; }

    /// <summary>What the rule requires, in English.</summary>
    public string EnglishText { get; }

    /// <summary>The clause the rule implements, for example <c>SC-2019-4 §III.2</c>.</summary>
    public string Source { get; }

    /// <summary>Whether the assessment evaluates the rule (false when its input is not yet in the contract).</summary>
    public bool IsEvaluated { get; }

    /// <summary>Whether the edition applies the rule.</summary>
    public bool IsEnabled { get; }

    /// <summary>The rule's named parameters.</summary>
    public virtual ImmutableArray<RuleParameter> Parameters { get; }

    /// <summary>A copy of this rule switched on or off.</summary>
    /// <param name="enabled">Whether the copy applies.</param>
    [Pure]
    public virtual PolicyRule WithEnabled(bool enabled) =>
        new(Id, ChineseText, EnglishText, Source, IsEvaluated, enabled, Parameters);

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Source})";

    /// <summary>Whether two rules state the same thing, parameter by parameter.</summary>
    /// <param name="other">Another rule.</param>
    public bool SameAs(PolicyRule other) =>
        other is not null && GetType() == other.GetType() && Id == other.Id && ChineseText == other.ChineseText
        && EnglishText == other.EnglishText && Source == other.Source && IsEvaluated == other.IsEvaluated
        && IsEnabled == other.IsEnabled && Parameters.SequenceEqual(other.Parameters);
}
