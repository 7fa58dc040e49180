using Ardalis.SmartEnum;

namespace PairingDomain;

/// <summary>
/// A smart enumeration of the domain whose every value carries its Chinese and English name, as the policy and its
/// reports use them.
/// </summary>
/// <typeparam name="TEnum">The enumeration type.</typeparam>
/// <remarks>
/// <c>Name</c> is the value's stable PascalCase name; the JSON contract spells it in
/// kebab-case (<c>ProvincialDepartment</c> is <c>provincial-department</c>).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public abstract class BilingualEnumeration<TEnum> : SmartEnum<TEnum>
    where TEnum : SmartEnum<TEnum, int>
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
    }

    /// <summary>The name in Chinese.</summary>
    public string ChineseName { get; }

    /// <summary>The name in English.</summary>
    public string EnglishName { get; }
}
