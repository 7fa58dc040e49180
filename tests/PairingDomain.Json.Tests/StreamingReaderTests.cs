using System;
using System.IO;
using System.Text.Json.Nodes;

namespace PairingDomain.Json.Tests;

/// <summary>
/// The reader's streamed pass (record by record, never the whole text): it reads what this library writes to its end,
/// with the result of the whole-document pass, and gives way to that pass for every other document.
/// </summary>
public sealed class StreamingReaderTests
{
    public static TheoryData<string> Cases => new()
    {
        "example-1.case.json",
        "example-2.case.json",
        "version2-1.case.json",
        "version2-2.case.json",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void WrittenCase_IsReadAsItStreams_ToTheSameCase(string name)
    {
        byte[] written = CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden(name)));

        CaseReadResult? streamed = Streamed(new MemoryStream(written));

        streamed.Should().NotBeNull("the streamed pass reads what CaseWriter writes to its end");
        streamed!.Problems.Should().BeEmpty();
        CaseWriter.Write(streamed.Case).Should().Equal(written);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void WrittenCase_ArrivingAFewBytesAtATime_IsReadToTheSameCase(string name)
    {
        // Chinese names cut mid-character and tokens cut mid-way at every refill.
        byte[] written = CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden(name)));

        CaseReadResult? streamed = Streamed(new TrickleStream(written, seed: name.Length));

        streamed.Should().NotBeNull();
        CaseWriter.Write(streamed!.Case).Should().Equal(written);
    }

    [Fact]
    public void BadRecordsInWrittenOrder_AreReadAsTheyStream_WithTheWholeDocumentsProblems()
    {
        JsonNode node = JsonNode.Parse(CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("example-1.case.json"))))!;
        node["units"]![0]!["kind"] = "ministry";
        node["activities"]![2]!["on"] = "2019-02-30";
        node["activities"]![3]!["unit"] = "U-NONE";
        node["cadreGrades"]![0]!["grade"] = 7;
        byte[] bytes = TestFiles.Utf8(node);

        CaseReadResult? streamed = Streamed(new TrickleStream(bytes, seed: 3));
        CaseReadResult whole = CaseReader.ReadUnguarded(bytes);

        streamed.Should().NotBeNull("a bad record is read as it streams");
        whole.Problems.Should().HaveCountGreaterThanOrEqualTo(4);
        streamed!.Problems.Should().Equal(whole.Problems);
    }

    [Fact]
    public void MembersInAnotherOrder_AreReadWhole_WithTheSameResult()
    {
        JsonObject node = JsonNode.Parse(CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("example-1.case.json"))))!.AsObject();
        JsonNode units = node["units"]!;
        node.Remove("units");
        node["units"] = units;
        byte[] bytes = TestFiles.Utf8(node);

        Streamed(new MemoryStream(bytes)).Should().BeNull("the units come after the ledger");
        CaseReadResult read = CaseReader.Read(new NonSeekableStream(bytes));
        read.Problems.Should().BeEmpty();
        CaseWriter.Write(read.Case).Should().Equal(CaseWriter.Write(CaseReader.ReadUnguarded(bytes).Case));
    }

    [Theory]
    [InlineData("{\"units\":[],\"format\":\"pairing-case/1\"}", "a header member after an array")]
    [InlineData("{\"format\":\"pairing-case/1\",\"units\":[],\"units\":[]}", "a repeated member")]
    [InlineData("{\"format\":\"pairing-case/1\",\"teams\":[]}", "an unknown member")]
    [InlineData("{\"format\":\"pairing-case/1\",\"localCadres\":[]}", "a member of version 2 in version 1")]
    [InlineData("{\"format\":\"pairing-case/1\",\"units\":{}}", "an array member that is not an array")]
    [InlineData("[1,2]", "a root that is not an object")]
    [InlineData("{\"format\":\"pairing-case/1\",\"units\":[]} x", "text after the document")]
    [InlineData("{\"format\":\"pairing-case/1\",\"units\":[{\"id\":\"U\"", "a document cut short")]
    public void DocumentTheStreamedPassCannotReadExactly_IsReadWhole(string json, string because)
    {
        byte[] bytes = TestFiles.Utf8(json);

        Streamed(new MemoryStream(bytes)).Should().BeNull(because);
        CaseReader.Read(bytes).Problems.Should().Equal(CaseReader.ReadUnguarded(bytes).Problems);
    }

    [Fact]
    public void InvalidUtf8AfterManyRecords_IsFoundAndReportedWhere_TheWholeDocumentPassSaysItIs()
    {
        byte[] written = CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("example-2.case.json")));
        written[written.AsSpan().LastIndexOf("\"grade\""u8) + 2] = 0xFF;

        Streamed(new TrickleStream(written, seed: 5)).Should().BeNull();
        CaseReadResult read = CaseReader.Read(new NonSeekableStream(written));
        read.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.InvalidJson);
        read.Problems[0].Message.Should().Contain("not valid UTF-8");
    }

    [Fact]
    public void RecordLongerThanTheBuffer_GrowsIt()
    {
        JsonNode node = JsonNode.Parse(CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("example-1.case.json"))))!;
        string longName = new('单', 100_000);
        node["units"]![0]!["name"] = longName;
        byte[] bytes = TestFiles.Utf8(node);

        CaseReadResult? streamed = Streamed(new TrickleStream(bytes, seed: 9, largest: 70_000));

        streamed.Should().NotBeNull();
        streamed!.Case.Roster.Units[0].Name.Should().Be(longName);
    }

    [Fact]
    public void ByteOrderMark_IsSkipped()
    {
        byte[] written = CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("example-1.case.json")));
        byte[] withMark = [0xEF, 0xBB, 0xBF, .. written];

        CaseReadResult? streamed = Streamed(new MemoryStream(withMark));

        streamed.Should().NotBeNull();
        CaseWriter.Write(streamed!.Case).Should().Equal(written);
    }

    [Fact]
    public void SeekableStreamReadWhole_IsReadAgainFromWhereItStood()
    {
        JsonObject node = JsonNode.Parse(CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("example-1.case.json"))))!.AsObject();
        JsonNode format = node["format"]!;
        node.Remove("format");
        node["format"] = format.DeepClone();
        byte[] bytes = [.. "junk"u8, .. TestFiles.Utf8(node)];
        using var stream = new MemoryStream(bytes);
        stream.Position = 4;

        CaseReadResult read = CaseReader.Read(stream);

        read.Problems.Should().BeEmpty();
    }

    [Fact]
    public void StreamLongerThanTheLimit_IsTooLarge_WithoutBeingReadWhole()
    {
        byte[] written = CaseWriter.Write(TestFiles.ReadValid(TestFiles.Golden("example-1.case.json")));

        CaseReadResult? streamed = CaseReader.TryReadStreaming(new NonSeekableStream(written), null, maxBytes: 1000);

        streamed.Should().NotBeNull();
        streamed!.Problems.Should().ContainSingle().Which.Code.Should().Be(JsonProblemCodes.LimitExceeded);
    }

    private static CaseReadResult? Streamed(Stream stream) =>
        CaseReader.TryReadStreaming(stream, null, CaseReader.MaxDocumentBytes, guarded: false);

    /// <summary>A stream that gives its bytes a few at a time, as a network or a pipe may.</summary>
    private sealed class TrickleStream(byte[] bytes, int seed, int largest = 7) : NonSeekableStream(bytes)
    {
        private readonly Random _random = new(seed);

        public override int Read(byte[] buffer, int offset, int count) =>
            base.Read(buffer, offset, Math.Min(count, _random.Next(1, largest + 1)));
    }

    /// <summary>A stream that cannot seek.</summary>
    internal class NonSeekableStream(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes, writable: false);

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
