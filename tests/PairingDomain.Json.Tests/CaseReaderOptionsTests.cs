using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using PairingDomain.Testing;

namespace PairingDomain.Json.Tests;

/// <summary>The reader's options: the size limit, progress and cancellation (issue 17).</summary>
public sealed class CaseReaderOptionsTests
{
    private static readonly Lazy<byte[]> s_province = new(() => CaseWriter.Write(SyntheticProvince.Generate(SyntheticOptions.Sichuan2019)));

    [Fact]
    public void Read_DocumentOverTheLimit_IsLimitExceededNamingIt()
    {
        byte[] bytes = s_province.Value;
        var options = new CaseReaderOptions { MaxDocumentBytes = 100_000 };

        foreach (CaseReadResult result in new[]
        {
            CaseReader.Read(bytes, options),
            CaseReader.Read(new MemoryStream(bytes), options),
            CaseReader.Read(new StreamingReaderTests.NonSeekableStream(bytes), options),
        })
        {
            result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("$", JsonProblemCodes.LimitExceeded));
            result.Problems[0].Message.Should().Contain("100000 bytes");
        }
        CaseReader.Read(new MemoryStream(bytes), options with { MaxDocumentBytes = bytes.Length }).Success.Should().BeTrue();
    }

    [Fact]
    public void MaxDocumentBytes_BelowOne_IsRefused()
    {
        Action zero = () => _ = new CaseReaderOptions { MaxDocumentBytes = 0 };

        zero.Should().Throw<ArgumentOutOfRangeException>();
        CaseReaderOptions.Default.MaxDocumentBytes.Should().Be(1L << 30);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_Stream_ReportsRisingProgressToTheEnd(bool seekable)
    {
        byte[] bytes = s_province.Value;
        var progress = new Recorder();
        Stream stream = seekable ? new MemoryStream(bytes) : new StreamingReaderTests.NonSeekableStream(bytes);

        CaseReadResult result = CaseReader.Read(stream, new CaseReaderOptions { Progress = progress });

        result.Success.Should().BeTrue();
        // At most once a mebibyte: a seekable stream is read in 64 KiB steps, an unseekable one into a doubling buffer.
        progress.Reports.Should().HaveCountGreaterThan(seekable ? bytes.Length / (1 << 20) : 1);
        progress.Reports.Select(r => r.BytesRead).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        progress.Reports[^1].Should().Be(new CaseReadProgress(bytes.Length, seekable ? bytes.Length : null));
    }

    [Fact]
    public void Read_CancelledWhileReading_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new Recorder(_ => cancellation.Cancel());

        Action read = () => CaseReader.Read(new MemoryStream(s_province.Value), new CaseReaderOptions { Progress = progress }, cancellation.Token);

        read.Should().Throw<OperationCanceledException>();
        progress.Reports.Should().ContainSingle("the first report cancels, and no read follows it");
    }

    [Fact]
    public void Read_CancelledBefore_ReadsNothing()
    {
        using var stream = new MemoryStream(s_province.Value);

        Action read = () => CaseReader.Read(stream, CaseReaderOptions.Default, new CancellationToken(canceled: true));

        read.Should().Throw<OperationCanceledException>();
        stream.Position.Should().Be(0);
    }

    /// <summary>Records every report synchronously, on the reading thread (Progress&lt;T&gt; would post them).</summary>
    private sealed class Recorder(Action<CaseReadProgress>? then = null) : IProgress<CaseReadProgress>
    {
        public List<CaseReadProgress> Reports { get; } = [];

        public void Report(CaseReadProgress value)
        {
            Reports.Add(value);
            then?.Invoke(value);
        }
    }
}
