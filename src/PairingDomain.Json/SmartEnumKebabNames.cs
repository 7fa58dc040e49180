using System;
using System.Collections.Generic;
using System.Linq;

namespace PairingDomain.Json;

/// <summary>
/// The JSON values of one enumeration type: each value's <see cref="BilingualEnumeration{TEnum}.ContractId"/>, the
/// kebab-case id the core computes, so that the package and the core always agree.
/// </summary>
/// <typeparam name="TEnum">An enumeration of this library, such as <c>UnitKind</c>.</typeparam>
/// <remarks>
/// <c>ProvincialDepartment</c> ↔ <c>provincial-department</c>, <c>BasicallyCompetent</c> ↔ <c>basically-competent</c>
/// (case-format.md).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
internal static class SmartEnumKebabNames<TEnum>
    where TEnum : BilingualEnumeration<TEnum>
{
    /// <summary>Every accepted JSON value, in the order of the enumeration's values.</summary>
    public static IReadOnlyList<string> Names { get; } =
        BilingualEnumeration<TEnum>.List.OrderBy(e => e.Value).Select(e => e.ContractId).ToArray();

    /// <summary>The JSON value of <paramref name="value"/>.</summary>
    /// <param name="value">An enumeration value.</param>
    /// <returns>Its contract id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string NameOf(TEnum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ContractId;
    }

    /// <summary>The enumeration value whose JSON value is <paramref name="name"/>, compared ordinally.</summary>
    /// <param name="name">A kebab-case name.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>Whether the name is one of <see cref="Names"/>.</returns>
    public static bool TryParse(string? name, out TEnum? value) =>
        BilingualEnumeration<TEnum>.TryFromContractId(name, out value);
}
