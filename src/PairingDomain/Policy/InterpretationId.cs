using System;
using System.Diagnostics.Contracts;

namespace PairingDomain.Policy;

/// <summary>
/// The stable identifier of an <see cref="Interpretation"/>, such as <c>PRORATE-BY-QUARTER</c>: a reading chosen where
/// the policy text is silent (domain.md: "keep it as a named, overridable policy parameter").
/// </summary>
/// <remarks>
/// Upper-case ASCII letters, digits and inner hyphens, as a <see cref="RuleId"/>. Two identifiers are equal when their
/// texts are equal, ordinally. The default value (<c>default(InterpretationId)</c>) is not a valid identifier: it has no
/// text, and every constructor that takes an interpretation identifier refuses it.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct InterpretationId
{
    /// <summary>Creates an interpretation identifier.</summary>
    /// <param name="value">Upper-case letters, digits and inner hyphens, for example <c>PRORATE-BY-QUARTER</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is not of that form.</exception>
    public InterpretationId(string value)
    {
        Preconditions.CheckNotNull(value, nameof(value));
        Preconditions.CheckArgument(IsValid(value), nameof(value), $"'{value}' is not an interpretation identifier.");
        Value = value;
    }

    /// <summary>The identifier text; null only for the default value.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> has the form of an interpretation identifier.</summary>
    /// <param name="value">The text to test.</param>
    [Pure]
    public static bool IsValid(string? value) => RuleId.IsValid(value);

    /// <summary>The identifier text, or an empty string for the default value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
