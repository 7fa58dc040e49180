using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace PairingDomain.Json.Tests;

/// <summary>
/// The streamed pass reads a valid activity straight from the tokens (issue 17, "Reader") and gives every other record
/// to the path that reports problems: for each way an activity can differ from a plain valid one, the streamed reading
/// (whole, and arriving a few bytes at a time) gives the whole-document pass's problems and case, byte for byte.
/// </summary>
public sealed class ActivityRecordReaderTests
{
    /// <summary>One change to example-1's (or version2-1's) second activity, or to the text around it.</summary>
    public static TheoryData<string, string, string> Changes => new()
    {
        { "example-1", "as written", "" },
        { "example-1", "id", "\"id\": \"\"" },
        { "example-1", "id", "\"id\": \" A-2\"" },
        { "example-1", "id", "\"id\": 2" },
        { "example-1", "id", "\"id\": null" },
        { "example-1", "id", "\"id\": \"A-1\"" },
        { "example-1", "id", "\"id\": \"A-\\u0032\"" },
        { "example-1", "id", "\"id\": \"A\\u0000\"" },
        { "example-1", "kind", "\"kind\": \"Supervision-Visit\"" },
        { "example-1", "kind", "\"kind\": \"party-lecture\"" },
        { "example-1", "kind", "\"kind\": null" },
        { "example-1", "kind", "\"kind\": \"joint-meeting\"" },
        { "example-1", "unit", "\"unit\": \"U-NONE\"" },
        { "example-1", "unit", "\"unit\": \"U-102\"" },
        { "example-1", "unit", "\"unit\": \"U-\\u0031\\u0030\\u0031\"" },
        { "example-1", "unit", "\"unit\": [\"U-101\"]" },
        { "example-1", "by", "\"by\": null" },
        { "example-1", "by", "\"by\": \"L-4\"" },
        { "example-1", "by", "\"by\": \"L-none\"" },
        { "example-1", "at", "\"at\": \"2019-09-30T18:00:00\"" },
        { "example-1", "at", "\"at\": \"2019-10-01T02:00:00+08:00\"" },
        { "example-1", "at", "\"at\": null" },
        { "example-1", "at", "\"on\": \"2019-02-30\"" },
        { "example-1", "at", "\"on\": \"2019-2-3\"" },
        { "example-1", "at", "\"on\": 20190203" },
        { "example-1", "at", "\"on\": \"2020-03-12\"" },
        { "example-1", "at", "\"at\": \"2019-09-30T18:00:00Z\", \"on\": \"2019-09-30\"" },
        { "example-1", "county", "\"county\": \"51342\"" },
        { "example-1", "county", "\"county\": \"510000\"" },
        { "example-1", "county", "\"county\": null" },
        { "example-1", "county", "\"county\": {\"code\": \"513428\"}" },
        { "example-1", "county", "\"county\": \"513428\", \"village\": \"513429100001\"" },
        { "example-1", "county", "\"county\": \"513428\", \"village\": \"51342810000\"" },
        { "example-1", "county", "\"county\": \"513428\", \"county\": \"513428\"" },
        { "example-1", "county", "\"county\": \"513428\", \"note\": \"x\"" },
        { "example-1", "county", "\"county\": \"513428\", \"topics\": []" },
        { "example-1", "county", "\"\\u0063ounty\": \"513428\"" },
        { "version2-1", "as written", "" },
        { "version2-1", "kind", "\"kind\": \"party-lecture\"" },
        { "version2-1", "county", "\"county\": \"513428\", \"topics\": [\"industry\"]" },
        { "version2-1", "county", "\"county\": \"513428\", \"topics\": null" },
        { "version2-1", "county", "\"county\": \"513428\", \"topics\": [\"no-such-topic\"]" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void ChangedActivity_IsReadAsItStreams_AsTheWholeDocumentPassReadsIt(string golden, string member, string replacement)
    {
        byte[] bytes = Changed(golden, member, replacement);

        CaseReadResult whole = CaseReader.ReadUnguarded(bytes);
        CaseReadResult? streamed = Streamed(new MemoryStream(bytes));
        CaseReadResult? trickled = Streamed(new StreamingReaderTests.NonSeekableStream(bytes));

        streamed.Should().NotBeNull("a document in the written order is read as it streams, whatever its records");
        Same(streamed!, whole);
        Same(trickled!, whole);
        CaseReader.Read(bytes).Problems.Should().Equal(whole.Problems);
    }

    [Fact]
    public void ElementThatIsNotAnObject_LeavesEveryLaterActivityLocatedAtItsOwnIndex()
    {
        JsonNode node = JsonNode.Parse(CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("example-1.case.json"))))!;
        node["activities"]![1] = 5;
        node["activities"]![3]!["unit"] = "U-NONE";
        node["activities"]![4]!["county"] = "510000";
        byte[] bytes = TestFiles.Utf8(node);

        CaseReadResult read = CaseReader.Read(bytes);

        read.Problems.Select(p => p.Path).Should().Contain(["$.activities[1]", "$.activities[3].unit", "$.activities[4].county"]);
        read.Problems.Should().Equal(CaseReader.ReadUnguarded(bytes).Problems);
    }

    [Fact]
    public void ActivitiesOfALeaderOfTwoUnits_AndOfAnUnreadableCounty_AreReportedAsTheWholeDocumentPassReportsThem()
    {
        JsonNode node = JsonNode.Parse(CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("example-1.case.json"))))!;
        node["units"]![1]!["leaders"]![0]!["id"] = "L-1";
        node["counties"]![0]!["code"] = 513428;
        byte[] bytes = TestFiles.Utf8(node);

        CaseReadResult whole = CaseReader.ReadUnguarded(bytes);

        whole.Problems.Should().NotBeEmpty();
        Same(Streamed(new MemoryStream(bytes))!, whole);
    }

    [Fact]
    public void CompactText_IsReadToTheSameCase()
    {
        byte[] compact = TestFiles.Utf8(JsonNode.Parse(CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("example-2.case.json"))))!);

        CaseReadResult? streamed = Streamed(new StreamingReaderTests.NonSeekableStream(compact));

        streamed.Should().NotBeNull();
        CaseWriter.Write(streamed!.Case).Should().Equal(CaseWriter.Write(CaseReader.ReadUnguarded(compact).Case));
    }

    /// <summary>The golden case as written, with the second activity's member (and its value) replaced by <paramref name="replacement"/>.</summary>
    private static byte[] Changed(string golden, string member, string replacement)
    {
        string text = Encoding.UTF8.GetString(CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden(golden + ".case.json"))));
        if (replacement.Length == 0)
        {
            return TestFiles.Utf8(text);
        }
        int activities = text.IndexOf("\"activities\"", StringComparison.Ordinal);
        int second = text.IndexOf("\"id\": \"A-2\"", activities, StringComparison.Ordinal);
        second.Should().BePositive("the golden case has an activity A-2");
        int start = text.IndexOf($"\"{member}\":", second, StringComparison.Ordinal);
        int end = text.IndexOfAny([',', '\n'], text.IndexOf(':', start) + 2);
        if (text[end] == ',' && text[end - 1] != '"' && !char.IsDigit(text[end - 1]) && text[end - 1] != 'l')
        {
            throw new InvalidOperationException($"cannot cut the member {member}");
        }
        return TestFiles.Utf8(string.Concat(text.AsSpan(0, start), replacement, text.AsSpan(end)));
    }

    private static void Same(CaseReadResult streamed, CaseReadResult whole)
    {
        streamed.Problems.Should().Equal(whole.Problems);
        streamed.Success.Should().Be(whole.Success);
        if (whole.Success)
        {
            CaseWriter.Write(streamed.Case).Should().Equal(CaseWriter.Write(whole.Case));
        }
    }

    private static CaseReadResult? Streamed(Stream stream) =>
        CaseReader.TryReadStreaming(stream, null, CaseReader.MaxDocumentBytes, guarded: false);
}
