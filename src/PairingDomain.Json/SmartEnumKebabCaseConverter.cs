using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PairingDomain.Json;

/// <summary>
/// A System.Text.Json converter for any enumeration of the contract, reading and writing its
/// <see cref="BilingualEnumeration{TEnum}.ContractId"/> (<c>"main-leader"</c> for <c>LeaderPost.MainLeader</c>).
/// </summary>
/// <typeparam name="TEnum">The enumeration type.</typeparam>
/// <remarks>
/// Written once for every SmartEnum, since Ardalis.SmartEnum.SystemTextJson is not used. An unknown name fails with
/// a <see cref="JsonException"/>, as converters do; <see cref="CaseReader"/> does not use converters and reports such
/// values as problems instead.
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public sealed class SmartEnumKebabCaseConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : BilingualEnumeration<TEnum>
{
    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string for {typeof(TEnum).Name}, got {reader.TokenType}.");
        }
        string? name = reader.GetString();
        return SmartEnumKebabNames<TEnum>.TryParse(name, out TEnum? value)
            ? value!
            : throw new JsonException($"'{name}' is not one of {string.Join(", ", SmartEnumKebabNames<TEnum>.Names)}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(SmartEnumKebabNames<TEnum>.NameOf(value));
    }
}
