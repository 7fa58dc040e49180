using System;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;

namespace PairingDomain.Json.Tests;

/// <summary>The golden files copied beside the test assembly, and small cases built in code.</summary>
internal static class TestFiles
{
    public static byte[] Golden(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Golden", name));

    public static JsonNode GoldenNode(string name) => JsonNode.Parse(Golden(name))!;

    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    public static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    /// <summary>Reads a case that must be valid.</summary>
    public static PairingCase ReadValid(byte[] json)
    {
        CaseReadResult result = CaseReader.Read(json);
        result.Problems.Should().BeEmpty();
        return result.Case;
    }
}
