using System.Text.Json;

namespace PairingDomain.Json.Writing;

/// <summary>
/// Writes exact decimals as the contract wants them (case-format-2.md §4): the value with no trailing zeros, an integer
/// when whole (<c>1.50</c> is written <c>1.5</c>, <c>2.00</c> is <c>2</c>), never through a <c>double</c>.
/// </summary>
internal static class DecimalOutput
{
    // Dividing by one with the largest scale gives the same value at its smallest scale.
    private const decimal One = 1.0000000000000000000000000000m;

    /// <summary><paramref name="value"/> at its smallest scale, 0 without sign.</summary>
    internal static decimal Normalize(decimal value) => value == 0m ? 0m : value / One;

    /// <summary>Writes the property <paramref name="name"/> with <paramref name="value"/> normalized.</summary>
    internal static void Write(Utf8JsonWriter writer, string name, decimal value) => writer.WriteNumber(name, Normalize(value));
}
