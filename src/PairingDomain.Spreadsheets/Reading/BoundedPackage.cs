using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Packaging;
using System.Linq;
using PairingDomain.Json;

namespace PairingDomain.Spreadsheets.Reading;

/// <summary>
/// The bytes a workbook's reading may inflate: <see cref="WorkbookReadOptions.MaxUncompressedBytes"/> in total, over
/// every read of every part (a part read twice counts twice), and no part beyond the size its zip entry declares.
/// </summary>
/// <remarks>
/// The zip's directory is checked before the package is opened (<c>XlsxSource.CheckZip</c>), but a crafted zip can
/// declare a small size and hold more, and a workbook can name one sheet part many times. So every part stream the
/// package hands out counts the bytes actually inflated; passing a limit throws <see cref="InflateLimitException"/>,
/// which the reader turns into its one <c>limit-exceeded</c> problem naming the part.
/// </remarks>
internal sealed class InflateBudget(long limit, IReadOnlyDictionary<string, long> declared)
{
    private long _total;

    /// <summary>The part stream read last, for a problem that names the part an XML error happened in.</summary>
    public BoundedReadStream? LastRead { get; set; }

    /// <summary>The size the zip's directory declares for <paramref name="part"/> (a part name as <c>/xl/workbook.xml</c>); null when unknown.</summary>
    public long? Declared(Uri part) =>
        declared.TryGetValue(Uri.UnescapeDataString(part.OriginalString).TrimStart('/'), out long size) ? size : null;

    /// <summary>Counts <paramref name="count"/> more bytes inflated from <paramref name="part"/>.</summary>
    public void Add(string part, long count)
    {
        _total += count;
        if (_total > limit)
        {
            throw new InflateLimitException(new Problem("(workbook)", JsonProblemCodes.LimitExceeded,
                string.Create(CultureInfo.InvariantCulture,
                    $"reading the part {part} inflated the workbook's parts past {limit} bytes (WorkbookReadOptions.MaxUncompressedBytes)"),
                string.Create(CultureInfo.InvariantCulture, $"读取部件 {part} 时工作簿解压后超过 {limit} 字节上限（MaxUncompressedBytes）")));
        }
    }
}

/// <summary>A part, or the workbook, inflating past a limit: carries the reader's one problem.</summary>
internal sealed class InflateLimitException(Problem problem) : IOException(problem.Message)
{
    public Problem Problem { get; } = problem;
}

/// <summary>
/// A read-only stream over a part's inflated bytes that counts them against the part's declared size and the
/// workbook's <see cref="InflateBudget"/>, and throws <see cref="InflateLimitException"/> past either.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, string part, long? declared, InflateBudget budget) : Stream
{
    /// <summary>The part's name in the zip (<c>xl/worksheets/sheet1.xml</c>).</summary>
    public string Part { get; } = part;

    /// <summary>The size the zip's directory declares for the part; null when unknown.</summary>
    public long? Declared { get; } = declared;

    private long _end;

    /// <summary>The bytes read so far (a byte read twice counts twice).</summary>
    public long Count { get; private set; }

    /// <summary>Whether a read returned the end of the part.</summary>
    public bool Ended { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => Seek(value, SeekOrigin.Begin);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        budget.LastRead = this;
        int read = inner.Read(buffer);
        if (read == 0)
        {
            Ended = buffer.Length > 0;
            return 0;
        }
        Count += read;
        _end = CanSeek ? inner.Position : Count;
        if (_end > Declared)
        {
            throw new InflateLimitException(new Problem("(workbook)", JsonProblemCodes.LimitExceeded,
                string.Create(CultureInfo.InvariantCulture,
                    $"the part {Part} inflates to more than the {Declared} bytes its zip entry declares: a crafted zip?"),
                string.Create(CultureInfo.InvariantCulture, $"部件 {Part} 解压后超过其 zip 条目声明的 {Declared} 字节，疑为伪造的 zip")));
        }
        budget.Add(Part, read);
        return read;
    }

    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Ended = false;
        return inner.Seek(offset, origin);
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}

/// <summary>
/// A read-only <see cref="Package"/> over the zip package that hands out every part's stream (the workbook, the shared
/// strings, the styles, each sheet, and the relationship parts the package layer reads itself) as a
/// <see cref="BoundedReadStream"/>.
/// </summary>
internal sealed class BoundedPackage : Package
{
    private readonly Package _inner;
    private readonly InflateBudget _budget;

    public BoundedPackage(Package inner, InflateBudget budget)
        : base(FileAccess.Read)
    {
        _inner = inner;
        _budget = budget;
        // Package.PartExists looks in the parts already listed only: list them all, as Package.Open does.
        _ = GetParts();
    }

    protected override PackagePart? GetPartCore(Uri partUri) =>
        _inner.PartExists(partUri) ? new BoundedPart(this, _inner.GetPart(partUri), _budget) : null;

    protected override PackagePart[] GetPartsCore() => [.. _inner.GetParts().Select(p => new BoundedPart(this, p, _budget))];

    protected override PackagePart CreatePartCore(Uri partUri, string contentType, CompressionOption compressionOption) =>
        throw new NotSupportedException("the workbook is read only");

    protected override void DeletePartCore(Uri partUri) => throw new NotSupportedException("the workbook is read only");

    protected override void FlushCore()
    {
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Close();
        }
        base.Dispose(disposing);
    }

    private sealed class BoundedPart(BoundedPackage package, PackagePart inner, InflateBudget budget)
        : PackagePart(package, inner.Uri, inner.ContentType, inner.CompressionOption)
    {
        protected override Stream GetStreamCore(FileMode mode, FileAccess access) =>
            new BoundedReadStream(inner.GetStream(FileMode.Open, FileAccess.Read),
                Uri.UnescapeDataString(inner.Uri.OriginalString).TrimStart('/'), budget.Declared(inner.Uri), budget);

        protected override string GetContentTypeCore() => inner.ContentType;
    }
}
