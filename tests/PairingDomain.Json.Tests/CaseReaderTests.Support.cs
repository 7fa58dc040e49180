using System;
using System.Linq;
using System.Text.Json.Nodes;
using PairingDomain.Tests.Support;

namespace PairingDomain.Json.Tests;

public sealed partial class CaseReaderTests
{
    /// <summary>Example-1 with one change; returns every problem as (path, code).</summary>
    private static (string Path, string Code)[] ProblemsAfter(Action<JsonObject> change)
    {
        JsonObject document = TestFiles.GoldenNode("example-1.case.json").AsObject();
        change(document);
        return ProblemsOf(TestFiles.Utf8(document));
    }

    private static (string Path, string Code)[] ProblemsOf(byte[] json)
    {
        CaseReadResult result = CaseReader.Read(json);
        result.Success.Should().Be(result.Problems.IsEmpty);
        result.Problems.Should().AllSatisfy(SameRecord.Check, "every problem is told in Chinese too, naming the same records");
        return result.Problems.Select(p => (p.Path, p.Code)).ToArray();
    }

    private static JsonObject Unit(JsonObject d, int i) => d["units"]![i]!.AsObject();

    private static JsonObject Record(JsonObject d, string collection, int i) => d[collection]![i]!.AsObject();
}
