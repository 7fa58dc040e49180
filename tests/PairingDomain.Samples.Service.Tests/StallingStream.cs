using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace PairingDomain.Samples.Service.Tests;

/// <summary>A request body of <c>length</c> spaces that then waits, without ending, until the request is cancelled.</summary>
internal sealed class StallingStream(long length) : Stream
{
    private long _sent;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => _sent; set => throw new NotSupportedException(); }

    public override void Flush() { }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("read asynchronously");

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_sent >= length)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        int n = (int)Math.Min(buffer.Length, length - _sent);
        buffer.Span[..n].Fill((byte)' ');
        _sent += n;
        return n;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
