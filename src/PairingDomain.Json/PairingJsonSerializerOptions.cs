using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace PairingDomain.Json;

/// <summary>
/// <see cref="JsonSerializerOptions"/> with the contract's conventions, for applications that serialize domain values
/// of their own: camelCase names, NodaTime values as ISO text (<c>2019-04-12</c>, <c>2019-09-30T18:00:00Z</c>),
/// SmartEnums as kebab-case names, Chinese text unescaped.
/// </summary>
/// <remarks>
/// The readers and writers of this package do not use the serializer: they walk and write the documents themselves,
/// so that every problem is reported and the output is byte-for-byte stable.
/// <threadsafety>Stateless and thread-safe; each call returns new, mutable options.</threadsafety>
/// </remarks>
public static class PairingJsonSerializerOptions
{
    /// <summary>Creates options with the contract's conventions.</summary>
    /// <returns>New options; freeze or share them as any <see cref="JsonSerializerOptions"/>.</returns>
    public static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);
        options.Converters.Add(new SmartEnumKebabCaseConverterFactory());
        return options;
    }
}
