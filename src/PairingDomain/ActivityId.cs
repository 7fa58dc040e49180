using System;
using System.Diagnostics.Contracts;

namespace PairingDomain;

/// <summary>
/// Identifies an activity of the ledger (a visit, a meeting, a plan, a study tour, a night-school lecture).
/// </summary>
/// <remarks>
/// The default value, <c>default(ActivityId)</c>, is invalid: its <see cref="Value"/> is null and it identifies no
/// activity. Create one with the constructor; constructors and factories that take a <see cref="ActivityId"/> refuse
/// the default with an <see cref="ArgumentException"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct ActivityId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank or has surrounding white space.</exception>
    public ActivityId(string value) => Value = Preconditions.CheckId(value, nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> would make a valid identifier.</summary>
    [Pure]
    public static bool IsValid(string? value) => value is not null && Preconditions.IsValidId(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
