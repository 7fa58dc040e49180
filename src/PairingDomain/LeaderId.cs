using System;

namespace PairingDomain;

/// <summary>
/// Identifies a leader (主要负责同志, 分管负责同志 or another bureau-level leader) within a roster.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public readonly record struct LeaderId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank or has surrounding white space.</exception>
    public LeaderId(string value) => Value = Preconditions.CheckId(value, nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> would make a valid identifier.</summary>
    public static bool IsValid(string? value) => value is not null && Preconditions.IsValidId(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
