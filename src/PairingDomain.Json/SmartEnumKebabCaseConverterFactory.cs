using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PairingDomain.Json;

/// <summary>
/// Creates a <see cref="SmartEnumKebabCaseConverter{TEnum}"/> for every enumeration of the contract (every
/// <see cref="BilingualEnumeration{TEnum}"/>).
/// </summary>
/// <remarks><threadsafety>Stateless and thread-safe.</threadsafety></remarks>
public sealed class SmartEnumKebabCaseConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert)
    {
        ArgumentNullException.ThrowIfNull(typeToConvert);
        for (Type? type = typeToConvert.BaseType; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(BilingualEnumeration<>)
                && type.GetGenericArguments()[0] == typeToConvert)
            {
                return true;
            }
        }
        return false;
    }

    /// <inheritdoc />
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(SmartEnumKebabCaseConverter<>).MakeGenericType(typeToConvert))!;
}
