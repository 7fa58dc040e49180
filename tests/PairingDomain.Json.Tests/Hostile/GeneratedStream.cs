using System;
using System.IO;

namespace PairingDomain.Json.Tests.Hostile;

/// <summary>
/// A read-only stream of a document with a run of spaces inserted at one offset, produced on the fly, so that a case of
/// hundreds of megabytes costs the test no memory of its own. Counts the bytes read from it.
/// </summary>
internal sealed class GeneratedStream : Stream
{
    private readonly byte[] _document;
    private readonly int _insertAt;
    private readonly long _padding;
    private readonly bool _seekable;
    private long _position;

    public GeneratedStream(byte[] document, int insertAt, long padding, bool seekable)
    {
        _document = document;
        _insertAt = insertAt;
        _padding = padding;
        _seekable = seekable;
    }

    public long BytesRead { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => _seekable;

    public override bool CanWrite => false;

    public override long Length => _seekable ? _document.Length + _padding : throw new NotSupportedException();

    public override long Position
    {
        get => _seekable ? _position : throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        long total = _document.Length + _padding;
        int n = (int)Math.Min(buffer.Length, total - _position);
        for (int i = 0; i < n;)
        {
            long p = _position + i;
            if (p < _insertAt)
            {
                int take = (int)Math.Min(n - i, _insertAt - p);
                _document.AsSpan((int)p, take).CopyTo(buffer[i..]);
                i += take;
            }
            else if (p < _insertAt + _padding)
            {
                int take = (int)Math.Min(n - i, _insertAt + _padding - p);
                buffer.Slice(i, take).Fill((byte)' ');
                i += take;
            }
            else
            {
                int from = (int)(p - _padding);
                int take = Math.Min(n - i, _document.Length - from);
                _document.AsSpan(from, take).CopyTo(buffer[i..]);
                i += take;
            }
        }
        _position += n;
        BytesRead += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}

/// <summary>A seekable stream whose <see cref="Stream.Length"/> understates its content.</summary>
internal sealed class LyingStream(byte[] content, long announced) : Stream
{
    private int _position;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => announced;

    public override long Position
    {
        get => System.Math.Min(_position, announced);
        set => throw new System.NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = System.Math.Min(count, content.Length - _position);
        System.Array.Copy(content, _position, buffer, offset, n);
        _position += n;
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new System.NotSupportedException();

    public override void SetLength(long value) => throw new System.NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();
}
