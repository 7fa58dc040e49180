using System;
using System.Linq;

namespace PairingDomain.Json.Tests.Hostile;

/// <summary>
/// Large documents: a 200 MB case read from a stream holds its text once; a document over
/// <see cref="CaseReader.MaxDocumentBytes"/> is refused with <c>limit-exceeded</c> before it is read.
/// </summary>
public sealed class LargeInputTests
{
    private const long TwoHundredMegabytes = 200L * 1024 * 1024;

    private static GeneratedStream Padded(long padding, bool seekable)
    {
        byte[] example = TestFiles.Golden("example-1.case.json");
        // The spaces go before the closing brace of the document: still the same, valid case.
        int end = Array.LastIndexOf(example, (byte)'}');
        return new GeneratedStream(example, end, padding, seekable);
    }

    [Fact]
    public void Read_TwoHundredMegabyteCaseFromASeekableStream_IsReadIntoOneBufferOfItsSize()
    {
        GeneratedStream stream = Padded(TwoHundredMegabytes, seekable: true);
        long before = GC.GetAllocatedBytesForCurrentThread();

        byte[]? buffer = CaseReader.ReadToEnd(stream, CaseReader.MaxDocumentBytes, out int length);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        buffer.Should().NotBeNull();
        length.Should().Be((int)stream.Length);
        // The text is held once: one buffer of the document's size, no copy and no doubling buffer.
        allocated.Should().BeLessThan(stream.Length + (1024 * 1024));
    }

    [Fact]
    public void Read_TwoHundredMegabyteCaseFromASeekableStream_IsRead()
    {
        GeneratedStream stream = Padded(TwoHundredMegabytes, seekable: true);

        CaseReadResult read = CaseReader.Read(stream);

        read.Problems.Should().BeEmpty();
        stream.BytesRead.Should().Be(stream.Length);
    }

    [Fact]
    public void ReadToEnd_StreamLongerThanItSays_IsReadToItsEnd()
    {
        var stream = new LyingStream(new byte[10_000], announced: 100);

        byte[]? buffer = CaseReader.ReadToEnd(stream, 1_000_000, out int length);

        buffer.Should().NotBeNull();
        length.Should().Be(10_000);
    }

    [Fact]
    public void Read_LargeCaseFromAnUnseekableStream_IsRead()
    {
        GeneratedStream stream = Padded(20L * 1024 * 1024, seekable: false);

        CaseReader.Read(stream).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Read_SeekableStreamLongerThanTheLimit_IsLimitExceededWithoutReadingIt()
    {
        GeneratedStream stream = Padded(CaseReader.MaxDocumentBytes, seekable: true);

        CaseReadResult read = CaseReader.Read(stream);

        read.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("$", JsonProblemCodes.LimitExceeded));
        stream.BytesRead.Should().Be(0);
    }

    [Fact]
    public void Read_UnseekableStreamLongerThanTheLimit_IsLimitExceededAfterReadingJustPastTheLimit()
    {
        GeneratedStream stream = Padded(10_000, seekable: false);

        CaseReadResult read = CaseReader.Read(stream, null, maxBytes: 4_096);

        read.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("$", JsonProblemCodes.LimitExceeded));
        stream.BytesRead.Should().BeLessThan(4_096 + 82_000);
    }

    [Fact]
    public void Read_BytesLongerThanTheLimit_IsLimitExceeded()
    {
        byte[] json = TestFiles.Golden("example-1.case.json");

        CaseReadResult read = CaseReader.Read(json, null, maxBytes: json.Length - 1);

        read.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("$", JsonProblemCodes.LimitExceeded));
    }

    [Fact]
    public void Read_BytesExactlyAtTheLimit_AreRead()
    {
        byte[] json = TestFiles.Golden("example-1.case.json");

        CaseReader.Read(json, null, maxBytes: json.Length).Success.Should().BeTrue();
        CaseReader.Read(new System.IO.MemoryStream(json), null, maxBytes: json.Length).Success.Should().BeTrue();
    }

    [Fact]
    public void MaxDocumentBytes_IsOneGibibyte()
    {
        CaseReader.MaxDocumentBytes.Should().Be(1L << 30);
    }
}
