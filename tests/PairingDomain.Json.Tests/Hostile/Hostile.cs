using System;
using System.Linq;
using System.Text.Json.Nodes;

namespace PairingDomain.Json.Tests.Hostile;

/// <summary>Example-1 changed in one place, read; the problems as (path, code).</summary>
internal static class Hostile
{
    public static JsonObject Example() => TestFiles.GoldenNode("example-1.case.json").AsObject();

    public static (string Path, string Code)[] ProblemsOf(byte[] json)
    {
        CaseReadResult result = CaseReader.Read(json);
        result.Success.Should().Be(result.Problems.IsEmpty);
        return result.Problems.Select(p => (p.Path, p.Code)).ToArray();
    }

    public static (string Path, string Code)[] ProblemsAfter(Action<JsonObject> change)
    {
        JsonObject document = Example();
        change(document);
        return ProblemsOf(TestFiles.Utf8(document));
    }

    public static (string Path, string Code)[] ProblemsOf(string json) => ProblemsOf(TestFiles.Utf8(json));

    public static JsonObject Record(JsonObject d, string collection, int i) => d[collection]![i]!.AsObject();
}
