using PairingDomain.Policy;

namespace PairingDomain;

/// <summary>
/// Something valid as data that breaks a cross-record rule of the domain, such as a county with two lead units
/// (<c>PAIR-ONE-LEAD</c>) or a visit to a county the unit does not assist (<c>ACTIVITY-OUTSIDE-PAIRING</c>).
/// </summary>
/// <remarks>
/// Findings never stop an assessment. Each names its rule and subject (a county code, a cadre, an activity...);
/// one finding appears per rule and subject.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record Finding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="rule">The rule broken.</param>
    /// <param name="subject">The record it concerns: an identifier or division code.</param>
    /// <param name="message">A human-readable description; its wording may change between versions.</param>
    public Finding(RuleId rule, string subject, string message)
    {
        Preconditions.CheckArgument(rule.Value is not null, nameof(rule), "The rule is the default value.");
        Rule = rule;
        Subject = Preconditions.CheckNotNull(subject, nameof(subject));
        Message = Preconditions.CheckNotNull(message, nameof(message));
    }

    /// <summary>The rule broken.</summary>
    public RuleId Rule { get; }

    /// <summary>The record the finding concerns.</summary>
    public string Subject { get; }

    /// <summary>A human-readable description.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Rule} {Subject}: {Message}";
}
