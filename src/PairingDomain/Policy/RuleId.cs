using System;
using System.Diagnostics.Contracts;

namespace PairingDomain.Policy;

/// <summary>
/// The stable identifier of a rule of the policy, such as <c>DUTY-MAIN-LEADER-VISITS</c>, as domain.md assigns it.
/// </summary>
/// <remarks>
/// Upper-case ASCII letters, digits and hyphens. Ordered ordinally, the order assessments list triggers in.
/// The default value, <c>default(RuleId)</c>, is invalid: its <see cref="Value"/> is null and it identifies no rule.
/// Create one with the constructor; constructors and factories that take a <see cref="RuleId"/> refuse the default with
/// an <see cref="ArgumentException"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct RuleId
{
    /// <summary>Creates a rule identifier.</summary>
    /// <param name="value">Upper-case letters, digits and hyphens, for example <c>BUNDLE-CADRE</c>.</param>
    /// <exception cref="ArgumentException">The text is not of that form.</exception>
    public RuleId(string value)
    {
        Preconditions.CheckNotNull(value, nameof(value));
        Preconditions.CheckArgument(IsValid(value), nameof(value), $"'{value}' is not a rule identifier.");
        Value = value;
    }

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> has the form of a rule identifier.</summary>
    /// <param name="value">The text to test.</param>
    [Pure]
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value[0] == '-' || value[^1] == '-')
        {
            return false;
        }
        foreach (char c in value)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
