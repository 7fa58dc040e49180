using System;
using System.Diagnostics.Contracts;

namespace PairingDomain.Places;

/// <summary>
/// A village's 12-digit statistical division code (统计用区划代码), whose first 6 digits are its county's code
/// and first 9 its township's.
/// </summary>
/// <remarks>
/// The default value, <c>default(VillageCode)</c>, is invalid: its <see cref="Value"/> is null and it identifies no
/// village. Obtain one from <see cref="Parse"/> or <see cref="TryParse"/>; constructors and factories that take a
/// <see cref="VillageCode"/> refuse the default with an <see cref="ArgumentException"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public readonly record struct VillageCode
{
    /// <summary>The number of digits of a village code.</summary>
    public const int Length = 12;

    private VillageCode(string value) => Value = value;

    /// <summary>The twelve digits.</summary>
    public string Value { get; }

    /// <summary>The county the code lies in: its first 6 digits.</summary>
    public DivisionCode County => DivisionCode.Parse(Value[..DivisionCode.Length]);

    /// <summary>The township part: the first 9 digits.</summary>
    public string Township => Value[..9];

    /// <summary>Parses a village code.</summary>
    /// <param name="text">Twelve ASCII digits.</param>
    /// <exception cref="ArgumentException">The text is not a 12-digit code.</exception>
    [Pure]
    public static VillageCode Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckArgument(TryParse(text, out VillageCode code), nameof(text),
            $"'{text}' is not a 12-digit statistical division code.");
        return code;
    }

    /// <summary>Parses a village code, returning false when the text is not one.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="code">The code when the text is valid.</param>
    public static bool TryParse(string? text, out VillageCode code)
    {
        if (Digits.AreDigits(text, Length) && DivisionCode.TryParse(text![..DivisionCode.Length], out _))
        {
            code = new VillageCode(text);
            return true;
        }
        code = default;
        return false;
    }

    /// <summary>Whether the village lies in <paramref name="county"/>.</summary>
    /// <param name="county">A county code.</param>
    [Pure]
    public bool IsIn(DivisionCode county) =>
        Value is not null && county.Value is not null && Value.StartsWith(county.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
