using System;
using System.IO;
using System.Threading;

namespace PairingDomain.Json.Reading;

/// <summary>
/// A read-only view of a stream that checks a cancellation token before every read and reports the bytes read, so that
/// both of <see cref="CaseReader"/>'s passes show progress and stop when asked without knowing of either.
/// </summary>
internal sealed class ProgressStream : Stream
{
    private const long ReportEvery = 1L << 20;

    private readonly Stream _inner;
    private readonly IProgress<CaseReadProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly long _origin;
    private readonly long? _total;
    private long _read;
    private long _reported = -1;

    internal ProgressStream(Stream inner, IProgress<CaseReadProgress>? progress, CancellationToken cancellationToken)
    {
        _inner = inner;
        _progress = progress;
        _cancellationToken = cancellationToken;
        _origin = inner.CanSeek ? inner.Position : 0;
        _total = inner.CanSeek ? Math.Max(0, inner.Length - _origin) : null;
    }

    public override bool CanRead => true;

    public override bool CanSeek => _inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => _inner.Length;

    public override long Position
    {
        get => _inner.Position;
        set
        {
            _inner.Position = value;
            _read = value - _origin;
            _reported = -1;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        int read = _inner.Read(buffer);
        _read += read;
        if (_progress is not null && (read == 0 || _reported < 0 || _read - _reported >= ReportEvery))
        {
            if (_read != _reported)
            {
                _reported = _read;
                _progress.Report(new CaseReadProgress(_read, _total));
            }
        }
        return read;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        long position = _inner.Seek(offset, origin);
        _read = position - _origin;
        _reported = -1;
        return position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
