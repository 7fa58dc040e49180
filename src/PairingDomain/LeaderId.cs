using System;
using System.Diagnostics.Contracts;

namespace PairingDomain;

/// <summary>
/// Identifies a leader (主要负责同志, 分管负责同志 or another bureau-level leader) within a roster.
/// </summary>
/// <remarks>
/// The default value, <c>default(LeaderId)</c>, is invalid: its <see cref="Value"/> is null and it identifies no
/// leader. Create one with the constructor; constructors and factories that take a <see cref="LeaderId"/> refuse the
/// default with an <see cref="ArgumentException"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct LeaderId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank or has surrounding white space.</exception>
    public LeaderId(string value) => Value = Preconditions.CheckId(value, nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> would make a valid identifier.</summary>
    [Pure]
    public static bool IsValid(string? value) => value is not null && Preconditions.IsValidId(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
