using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PairingDomain.Json.Tests;

/// <summary>Compares JSON trees: every member the expected tree shows must be in the actual one, equal.</summary>
internal static class JsonSubset
{
    /// <summary>The differences, each as "path: expected X, actual Y"; empty when expected is a subset of actual.</summary>
    public static List<string> Differences(JsonNode? expected, JsonNode? actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, "$", differences);
        return differences;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case JsonObject eo when actual is JsonObject ao:
                foreach ((string name, JsonNode? value) in eo)
                {
                    if (!ao.ContainsKey(name))
                    {
                        differences.Add($"{path}.{name}: missing");
                    }
                    else
                    {
                        Compare(value, ao[name], $"{path}.{name}", differences);
                    }
                }
                break;
            case JsonArray ea when actual is JsonArray aa:
                if (ea.Count != aa.Count)
                {
                    differences.Add($"{path}: expected {ea.Count} elements {ea.ToJsonString()}, actual {aa.Count} {aa.ToJsonString()}");
                }
                for (int i = 0; i < System.Math.Min(ea.Count, aa.Count); i++)
                {
                    Compare(ea[i], aa[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), differences);
                }
                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    differences.Add($"{path}: expected {expected?.ToJsonString() ?? "null"}, actual {actual?.ToJsonString() ?? "null"}");
                }
                break;
        }
    }
}
