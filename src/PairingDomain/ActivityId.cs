using System;

namespace PairingDomain;

/// <summary>
/// Identifies an activity of the ledger (a visit, a meeting, a plan, a study tour, a night-school lecture).
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public readonly record struct ActivityId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank or has surrounding white space.</exception>
    public ActivityId(string value) => Value = Preconditions.CheckId(value, nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> would make a valid identifier.</summary>
    public static bool IsValid(string? value) => value is not null && Preconditions.IsValidId(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
