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
/// <para>
/// A rule's text follows its parameters: <see cref="ChineseTextTemplate"/> and <see cref="EnglishTextTemplate"/> may name
/// a parameter in braces (<c>每年至少{minimum}次</c>), and <see cref="ChineseText"/> and <see cref="EnglishText"/> are the
/// templates with each placeholder replaced by the parameter's current value, so raising a minimum with
/// <see cref="PolicyEditionBuilder.SetMinimum(RuleId, int)"/> rewrites "每年至少2次" as "每年至少4次". The library
/// renders the figure rather than asking the caller for new text because the figure is the rule's data and the text
/// only states it: a province that changes a minimum in an edition file (<c>pairing-edition/1</c>) changes one value,
/// and the text cannot go stale. Prose the figure does not appear in stays the province's own wording; to reword it,
/// <see cref="PolicyEditionBuilder.SetText"/> or <see cref="PolicyEditionBuilder.ReplaceRule"/>.
/// Placeholders: any parameter's name (<c>{minimum}</c>, <c>{years}</c>, <c>{incidence-below-percent}</c>); for a duty
/// also <c>{period}</c> (每年 / 每季度 / 每月 in Chinese, "a year" / "a quarter" / "a month" in English) and
/// <c>{minimum-times}</c> (English "once", "twice", "3 times"; Chinese "1次"). <c>{{</c> and <c>}}</c> write a brace.
/// A placeholder naming no parameter is left as written and <see cref="PolicyEditionBuilder.Build"/> refuses it
/// (<c>invalid-value</c> at <c>rules[ID].text</c>).
/// </para>
/// Rules whose evaluation needs inputs the contract does not carry yet (the <c>LINK-*</c> rules, domain.md §8's exit
/// standards) are listed with <see cref="IsEvaluated"/> false; those <c>pairing-case/2</c> feeds (<c>DUTY-CADRE-*</c>,
/// <c>CADRE-CRITICISE</c>, <c>TEAM-*</c>, <c>DUTY-COMMITTEE-TRAINING</c>) are evaluated for a <c>/2</c> case only. Duties are <see cref="DutyRule"/>.
/// The hierarchy is closed: a rule is made by <see cref="Create"/> or is a <see cref="DutyRule"/>, so an edition holds
/// only the kinds of rule the assessment knows how to read.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public class PolicyRule
{
    private string? _chineseText;
    private string? _englishText;

    private protected PolicyRule(RuleId id, string chineseText, string englishText, string source, bool isEvaluated, bool isEnabled,
        IEnumerable<RuleParameter>? parameters = null)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The identifier is the default value.");
        Id = id;
        ChineseTextTemplate = Preconditions.CheckNotNull(chineseText, nameof(chineseText));
        EnglishTextTemplate = Preconditions.CheckNotNull(englishText, nameof(englishText));
        Source = Preconditions.CheckNotNull(source, nameof(source));
        IsEvaluated = isEvaluated;
        IsEnabled = isEnabled;
        Parameters = (parameters ?? []).ToImmutableArray();
    }

    /// <summary>Creates a rule that is not a duty (a duty is a <see cref="DutyRule"/>).</summary>
    /// <param name="id">The rule's identifier; not the default value.</param>
    /// <param name="chineseText">What the rule requires, in Chinese; may name its parameters in braces.</param>
    /// <param name="englishText">What the rule requires, in English; may name its parameters in braces.</param>
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

    /// <summary>What the rule requires, in Chinese, with its parameters' current values.</summary>
    public string ChineseText => _chineseText ??= RuleText.Render(ChineseTextTemplate, this, chinese: true);

    /// <summary>What the rule requires, in English, with its parameters' current values.</summary>
    public string EnglishText => _englishText ??= RuleText.Render(EnglishTextTemplate, this, chinese: false);

    /// <summary>The Chinese text as stated, with its placeholders (<c>每年至少{minimum}次</c>).</summary>
    public string ChineseTextTemplate { get; }

    /// <summary>The English text as stated, with its placeholders.</summary>
    public string EnglishTextTemplate { get; }

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
        new(Id, ChineseTextTemplate, EnglishTextTemplate, Source, IsEvaluated, enabled, Parameters);

    /// <summary>A copy of this rule with other texts; the parameters, source and switches stay.</summary>
    /// <param name="chineseText">The Chinese text; may name parameters in braces.</param>
    /// <param name="englishText">The English text; may name parameters in braces.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    [Pure]
    public virtual PolicyRule WithText(string chineseText, string englishText) =>
        new(Id, chineseText, englishText, Source, IsEvaluated, IsEnabled, Parameters);

    /// <summary>
    /// The value a placeholder of the text stands for, or null when the rule has no such parameter. A duty adds
    /// <c>{period}</c> and <c>{minimum-times}</c>.
    /// </summary>
    internal virtual string? Placeholder(string name, bool chinese)
    {
        foreach (RuleParameter parameter in Parameters)
        {
            if (parameter.Name == name)
            {
                return parameter.Value;
            }
        }
        return null;
    }
    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Source})";

    /// <summary>Whether two rules state the same thing, parameter by parameter and template by template.</summary>
    /// <param name="other">Another rule.</param>
    public bool SameAs(PolicyRule other) =>
        other is not null && GetType() == other.GetType() && Id == other.Id && ChineseTextTemplate == other.ChineseTextTemplate
        && EnglishTextTemplate == other.EnglishTextTemplate && Source == other.Source && IsEvaluated == other.IsEvaluated
        && IsEnabled == other.IsEnabled && Parameters.SequenceEqual(other.Parameters);
}
