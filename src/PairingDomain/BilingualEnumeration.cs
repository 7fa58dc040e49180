using System;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Ardalis.SmartEnum;

namespace PairingDomain;

/// <summary>
/// A smart enumeration of the domain whose every value carries its Chinese and English name, as the policy and its
/// reports use them, and the id the JSON contract gives it (case-format.md).
/// </summary>
/// <typeparam name="TEnum">The enumeration type.</typeparam>
/// <remarks>
/// <c>Name</c> is the value's stable PascalCase name; <see cref="ContractId"/> spells it in kebab-case as the JSON
/// contract does (<c>ProvincialDepartment</c> is <c>provincial-department</c>). Besides SmartEnum's <c>FromName</c> and
/// <c>FromValue</c>, a value is found by its contract id (<see cref="FromContractId"/>, <see cref="TryFromContractId"/>)
/// or its Chinese name (<see cref="FromChineseName"/>, <see cref="TryFromChineseName"/>), both compared ordinally:
/// within each enumeration no two values share either.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types",
    Justification = "Called as UnitKind.FromContractId(...), as SmartEnum's own UnitKind.FromName(...).")]
public abstract class BilingualEnumeration<TEnum> : SmartEnum<TEnum>
    where TEnum : BilingualEnumeration<TEnum>
{
    /// <summary>Creates a value.</summary>
    /// <param name="name">The stable PascalCase name.</param>
    /// <param name="value">The stable numeric value.</param>
    /// <param name="chineseName">The name in Chinese.</param>
    /// <param name="englishName">The name in English.</param>
    private protected BilingualEnumeration(string name, int value, string chineseName, string englishName)
        : base(name, value)
    {
        ChineseName = chineseName;
        EnglishName = englishName;
        ContractId = ContractIds.FromPascalCase(name);
    }

    /// <summary>The name in Chinese.</summary>
    public string ChineseName { get; }

    /// <summary>The name in English.</summary>
    public string EnglishName { get; }

    /// <summary>
    /// The id of this value in the JSON contract (case-format.md): its <c>Name</c> in kebab-case, such as
    /// <c>main-leader</c> for <c>LeaderPost.MainLeader</c>. PairingDomain.Json reads and writes exactly this id.
    /// </summary>
    public string ContractId { get; }

    /// <summary>The value whose <see cref="ContractId"/> is <paramref name="contractId"/>, compared ordinally.</summary>
    /// <param name="contractId">A kebab-case id, such as <c>main-leader</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="contractId"/> is null.</exception>
    /// <exception cref="SmartEnumNotFoundException">No value of <typeparamref name="TEnum"/> has this id.</exception>
    public static TEnum FromContractId(string contractId)
    {
        ArgumentNullException.ThrowIfNull(contractId);
        return TryFromContractId(contractId, out TEnum? value)
            ? value
            : throw new SmartEnumNotFoundException(
                $"No {typeof(TEnum).Name} has the contract id '{contractId}'; the ids are {string.Join(", ", Lookup.ContractIds)}.");
    }

    /// <summary>Finds the value whose <see cref="ContractId"/> is <paramref name="contractId"/>, compared ordinally.</summary>
    /// <param name="contractId">A kebab-case id, such as <c>main-leader</c>, or null.</param>
    /// <param name="value">The value, when found; otherwise null.</param>
    /// <returns>Whether a value of <typeparamref name="TEnum"/> has this id.</returns>
    public static bool TryFromContractId(string? contractId, [NotNullWhen(true)] out TEnum? value)
    {
        value = null;
        return contractId is not null && Lookup.ByContractId.TryGetValue(contractId, out value);
    }

    /// <summary>The value whose <see cref="ChineseName"/> is <paramref name="chineseName"/>, compared ordinally.</summary>
    /// <param name="chineseName">A Chinese name, such as <c>主要负责同志</c>.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chineseName"/> is null.</exception>
    /// <exception cref="SmartEnumNotFoundException">No value of <typeparamref name="TEnum"/> has this name.</exception>
    public static TEnum FromChineseName(string chineseName)
    {
        ArgumentNullException.ThrowIfNull(chineseName);
        return TryFromChineseName(chineseName, out TEnum? value)
            ? value
            : throw new SmartEnumNotFoundException($"No {typeof(TEnum).Name} has the Chinese name '{chineseName}'.");
    }

    /// <summary>Finds the value whose <see cref="ChineseName"/> is <paramref name="chineseName"/>, compared ordinally.</summary>
    /// <param name="chineseName">A Chinese name, such as <c>主要负责同志</c>, or null.</param>
    /// <param name="value">The value, when found; otherwise null.</param>
    /// <returns>Whether a value of <typeparamref name="TEnum"/> has this name.</returns>
    public static bool TryFromChineseName(string? chineseName, [NotNullWhen(true)] out TEnum? value)
    {
        value = null;
        return chineseName is not null && Lookup.ByChineseName.TryGetValue(chineseName, out value);
    }

    /// <summary>
    /// The lookups, built on first use: a nested class, so that they are not built while the enumeration's own
    /// static fields are still being initialised.
    /// </summary>
    private static class Lookup
    {
        public static readonly FrozenDictionary<string, TEnum> ByContractId =
            List.ToFrozenDictionary(e => e.ContractId, StringComparer.Ordinal);

        public static readonly FrozenDictionary<string, TEnum> ByChineseName =
            List.ToFrozenDictionary(e => e.ChineseName, StringComparer.Ordinal);

        public static readonly string[] ContractIds = List.OrderBy(e => e.Value).Select(e => e.ContractId).ToArray();
    }
}
