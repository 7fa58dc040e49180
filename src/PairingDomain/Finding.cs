using PairingDomain.Policy;

namespace PairingDomain;

/// <summary>
/// Something valid as data that breaks a cross-record rule of the domain, such as a county with two lead units
/// (<c>PAIR-ONE-LEAD</c>) or a visit to a county the unit does not assist (<c>ACTIVITY-OUTSIDE-PAIRING</c>).
/// </summary>
/// <remarks>
/// Findings never stop an assessment. Each names its rule and subject (a county code, a cadre, an activity...);
/// one finding appears per rule and subject. An assessment's findings cite their rule's clause in <see cref="Source"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Finding
{
    /// <summary>Creates a finding that cites no clause yet (<see cref="Source"/> is empty).</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="subject">The record it concerns: an identifier or division code.</param>
    /// <param name="message">A human-readable description; its wording may change between versions.</param>
    public Finding(RuleId rule, string subject, string message)
        : this(rule, subject, message, string.Empty)
    {
    }

    /// <summary>Creates a finding that cites the clause of its rule.</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="subject">The record it concerns: an identifier or division code.</param>
    /// <param name="message">A human-readable description; its wording may change between versions.</param>
    /// <param name="source">The clause the rule comes from, for example <c>SC-2019-4 §III.1</c>; empty when none is known.</param>
    public Finding(RuleId rule, string subject, string message, string source)
    {
        Preconditions.CheckArgument(rule.Value is not null, nameof(rule), "The rule is the default value.");
        Rule = rule;
        Subject = Preconditions.CheckNotNull(subject, nameof(subject));
        Message = Preconditions.CheckNotNull(message, nameof(message));
        Source = Preconditions.CheckNotNull(source, nameof(source));
    }

    /// <summary>The rule broken.</summary>
    public RuleId Rule { get; }

    /// <summary>The record the finding concerns.</summary>
    public string Subject { get; }

    /// <summary>A human-readable description.</summary>
    public string Message { get; }

    /// <summary>
    /// The clause the rule comes from as the assessed edition cites it (<see cref="PolicyEdition.SourceOf"/>), for example
    /// <c>SC-2019-4 §III.1</c>, as a <c>DutyResult</c> carries its duty's. Every finding of an
    /// <c>AnnualAssessment</c> carries it; a finding reported before any edition applies, such as one of
    /// <c>Roster.Findings</c>, has an empty source.
    /// </summary>
    public string Source { get; }

    /// <summary>This finding citing <paramref name="source"/>.</summary>
    internal Finding WithSource(string source) => new(Rule, Subject, Message, source);

    /// <inheritdoc />
    public override string ToString() => $"{Rule} {Subject}: {Message}";
}
