using System;
using System.Diagnostics.Contracts;

namespace PairingDomain.Places;

/// <summary>
/// A county's 6-digit administrative division code (行政区划代码, GB/T 2260), such as <c>513431</c> for 昭觉县.
/// </summary>
/// <remarks>
/// Exactly six ASCII digits; the first two name the province (51 is Sichuan) and may not be 00.
/// The default value, <c>default(DivisionCode)</c>, is invalid: its <see cref="Value"/> is null and it identifies no
/// county. Obtain one from <see cref="Parse"/> or <see cref="TryParse"/>; constructors and factories that take a
/// <see cref="DivisionCode"/> refuse the default with an <see cref="ArgumentException"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct DivisionCode
{
    /// <summary>The number of digits of a county code.</summary>
    public const int Length = 6;

    private DivisionCode(string value) => Value = value;

    /// <summary>The six digits.</summary>
    public string Value { get; }

    /// <summary>Parses a county code.</summary>
    /// <param name="text">Six ASCII digits.</param>
    /// <exception cref="ArgumentException">The text is not a 6-digit code.</exception>
    [Pure]
    public static DivisionCode Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckArgument(TryParse(text, out DivisionCode code), nameof(text),
            $"'{text}' is not a 6-digit administrative division code.");
        return code;
    }

    /// <summary>Parses a county code, returning false when the text is not one.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="code">The code when the text is valid.</param>
    public static bool TryParse(string? text, out DivisionCode code)
    {
        if (Digits.AreDigits(text, Length) && !text!.StartsWith("00", StringComparison.Ordinal))
        {
            code = new DivisionCode(text);
            return true;
        }
        code = default;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
