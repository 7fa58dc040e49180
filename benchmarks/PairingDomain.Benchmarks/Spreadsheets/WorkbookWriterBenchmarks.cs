using System.IO;
using BenchmarkDotNet.Attributes;
using PairingDomain.Assessment;
using PairingDomain.Benchmarks.Data;
using PairingDomain.Spreadsheets;

namespace PairingDomain.Benchmarks.Spreadsheets;

/// <summary>
/// Writing the workbooks of issue 15 for the province with its cadres' work (pairing-case/2): the results workbook an
/// officer circulates (<see cref="AssessmentWorkbookWriter"/>) and the filled case workbook (<see cref="CaseWorkbookWriter"/>),
/// into a stream that keeps no bytes, so the figure is the writer's own.
/// </summary>
[MemoryDiagnoser]
public class WorkbookWriterBenchmarks
{
    private PairingCase _case = null!;
    private AnnualAssessment _assessment = null!;

    /// <summary>Generates and assesses the province case once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _case = Cases.GetWithCadreWork(Scale.Province);
        _assessment = _case.Assess();
    }

    /// <summary>The results workbook of the province's assessment.</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark]
    public long ResultsWorkbook()
    {
        using var sink = new CountingStream();
        AssessmentWorkbookWriter.Write(sink, _assessment, _case);
        return sink.Length;
    }

    /// <summary>The filled case workbook of the province (about 55,000 activities, 15,000 attendance months).</summary>
    /// <returns>The bytes written.</returns>
    [Benchmark]
    public long CaseWorkbook()
    {
        using var sink = new CountingStream();
        CaseWorkbookWriter.Write(sink, _case);
        return sink.Length;
    }

    /// <summary>A write-only stream that counts the bytes and keeps none.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new System.NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();

        public override void SetLength(long value) => throw new System.NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(System.ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
