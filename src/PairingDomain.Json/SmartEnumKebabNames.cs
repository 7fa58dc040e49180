using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Ardalis.SmartEnum;

namespace PairingDomain.Json;

/// <summary>
/// The kebab-case JSON names of the values of one SmartEnum type, computed once per type.
/// </summary>
/// <typeparam name="TEnum">A SmartEnum type of this library, such as <c>UnitKind</c>.</typeparam>
/// <remarks>
/// Every SmartEnum of the contract maps its PascalCase <c>Name</c> to the kebab-case value of case-format.md:
/// <c>ProvincialDepartment</c> ↔ <c>provincial-department</c>, <c>BasicallyCompetent</c> ↔ <c>basically-competent</c>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
internal static class SmartEnumKebabNames<TEnum>
    where TEnum : SmartEnum<TEnum>
{
    private static readonly FrozenDictionary<string, TEnum> s_byName =
        SmartEnum<TEnum>.List.ToFrozenDictionary(e => KebabCase.FromPascalCase(e.Name), StringComparer.Ordinal);

    private static readonly FrozenDictionary<TEnum, string> s_nameOf =
        SmartEnum<TEnum>.List.ToFrozenDictionary(e => e, e => KebabCase.FromPascalCase(e.Name));

    /// <summary>Every accepted JSON value, in the order of the enumeration's values.</summary>
    public static IReadOnlyList<string> Names { get; } =
        SmartEnum<TEnum>.List.OrderBy(e => e.Value).Select(e => KebabCase.FromPascalCase(e.Name)).ToArray();

    /// <summary>The JSON value of <paramref name="value"/>.</summary>
    /// <param name="value">An enumeration value.</param>
    /// <returns>Its kebab-case name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string NameOf(TEnum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return s_nameOf.TryGetValue(value, out string? name) ? name : KebabCase.FromPascalCase(value.Name);
    }

    /// <summary>The enumeration value whose JSON value is <paramref name="name"/>, compared ordinally.</summary>
    /// <param name="name">A kebab-case name.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether the name is one of <see cref="Names"/>.</returns>
    public static bool TryParse(string? name, out TEnum? value)
    {
        if (name is not null && s_byName.TryGetValue(name, out TEnum? found))
        {
            value = found;
            return true;
        }
        value = null;
        return false;
    }
}
