using System;
using System.Diagnostics.Contracts;

namespace PairingDomain;

/// <summary>
/// Identifies an assistance unit (帮扶单位) within a roster. Case-sensitive, ordinal.
/// </summary>
/// <remarks>
/// Valid identifiers are non-empty and carry no leading or trailing white space or control character.
/// This type is an immutable value type. See the thread safety section of the library's README.
/// The default value, <c>default(UnitId)</c>, is invalid: its <see cref="Value"/> is null and it identifies no unit.
/// Create one with the constructor; constructors and factories that take a <see cref="UnitId"/> refuse the default with
/// an <see cref="ArgumentException"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct UnitId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier text, as the unit's record gives it.</param>
    /// <exception cref="ArgumentException"><paramref name="value"/> is blank or has surrounding white space.</exception>
    public UnitId(string value) => Value = Preconditions.CheckId(value, nameof(value));

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> would make a valid identifier.</summary>
    [Pure]
    public static bool IsValid(string? value) => value is not null && Preconditions.IsValidId(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
