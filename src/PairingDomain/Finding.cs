using System.Globalization;
using PairingDomain.Policy;

namespace PairingDomain;

/// <summary>
/// Something valid as data that breaks a cross-record rule of the domain, such as a county with two lead units
/// (<c>PAIR-ONE-LEAD</c>) or a visit to a county the unit does not assist (<c>ACTIVITY-OUTSIDE-PAIRING</c>).
/// </summary>
/// <remarks>
/// Findings never stop an assessment. Each names its rule and subject (a county code, a cadre, an activity...);
/// one finding appears per rule and subject. Each is described in English (<see cref="Message"/>) and in Chinese
/// (<see cref="ChineseMessage"/>); <see cref="MessageIn"/> and <see cref="TextIn"/> choose by the
/// caller's culture, English by default. An assessment's findings cite their rule's clause in <see cref="Source"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Finding
{
    /// <summary>
    /// Creates a finding described in English only: its <see cref="ChineseMessage"/> is the English text and it cites no
    /// clause yet (<see cref="Source"/> is empty).
    /// </summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="subject">The record it concerns: an identifier or division code.</param>
    /// <param name="message">A human-readable description in English; its wording may change between versions.</param>
    public Finding(RuleId rule, string subject, string message)
        : this(rule, subject, message, message, string.Empty)
    {
    }

    /// <summary>Creates a finding described in English and in Chinese that cites no clause yet (<see cref="Source"/> is empty).</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="subject">The record it concerns: an identifier or division code.</param>
    /// <param name="message">A human-readable description in English; its wording may change between versions.</param>
    /// <param name="chineseMessage">The same description in Chinese, naming the same subject.</param>
    public Finding(RuleId rule, string subject, string message, string chineseMessage)
        : this(rule, subject, message, chineseMessage, string.Empty)
    {
    }

    /// <summary>Creates a finding described in English and in Chinese that cites the clause of its rule.</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="subject">The record it concerns: an identifier or division code.</param>
    /// <param name="message">A human-readable description in English; its wording may change between versions.</param>
    /// <param name="chineseMessage">The same description in Chinese, naming the same subject.</param>
    /// <param name="source">The clause the rule comes from, for example <c>SC-2019-4 §III.1</c>; empty when none is known.</param>
    public Finding(RuleId rule, string subject, string message, string chineseMessage, string source)
    {
        Preconditions.CheckArgument(rule.Value is not null, nameof(rule), "The rule is the default value.");
        Rule = rule;
        Subject = Preconditions.CheckNotNull(subject, nameof(subject));
        Message = Preconditions.CheckNotNull(message, nameof(message));
        ChineseMessage = Preconditions.CheckNotNull(chineseMessage, nameof(chineseMessage));
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The rule broken.</summary>
    public RuleId Rule { get; }

    /// <summary>The record the finding concerns.</summary>
    public string Subject { get; }

    /// <summary>A human-readable description in English.</summary>
    public string Message { get; }

    /// <summary>The description in Chinese, naming the same subject as <see cref="Message"/>.</summary>
    public string ChineseMessage { get; }

    /// <summary>
    /// The clause the rule comes from as the assessed edition cites it (<see cref="PolicyEdition.SourceOf"/>), for example
    /// <c>SC-2019-4 §III.1</c>, as a <c>DutyResult</c> carries its duty's. Every finding of an
    /// <c>AnnualAssessment</c> carries it; a finding reported before any edition applies, such as one of
    /// <c>Roster.Findings</c>, has an empty source.
    /// </summary>
    public string Source { get; }

    /// <summary>This finding citing <paramref name="source"/>.</summary>
    internal Finding WithSource(string source) => new(Rule, Subject, Message, ChineseMessage, source);

    /// <summary>The description in the language <paramref name="culture"/> selects.</summary>
    /// <param name="culture">Any <c>zh</c> culture selects <see cref="ChineseMessage"/>; every other, <see cref="Message"/>.</param>
    /// <returns>The description.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string MessageIn(CultureInfo culture) => Languages.IsChinese(culture) ? ChineseMessage : Message;

    /// <inheritdoc />
    public override string ToString() => $"{Rule} {Subject}: {Message}";

    /// <summary><c>RULE SUBJECT: message</c>, with the message in the language <paramref name="culture"/> selects.</summary>
    /// <param name="culture">A <c>zh</c> culture gives the Chinese message, any other the English.</param>
    /// <returns>The finding as text.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string TextIn(CultureInfo culture) => $"{Rule} {Subject}: {MessageIn(culture)}";
}
