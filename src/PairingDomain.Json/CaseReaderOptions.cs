using System;
using System.Collections.Generic;
using PairingDomain.Policy;

namespace PairingDomain.Json;

/// <summary>
/// How <see cref="CaseReader"/> reads a case: the editions it resolves <c>policy</c> in, the largest document it reads,
/// and where it reports its progress.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe (the progress sink is called on the reading thread).</threadsafety></remarks>
public sealed record CaseReaderOptions
{
    /// <summary>The default limit, 1 GiB.</summary>
    public const long DefaultMaxDocumentBytes = 1L << 30;

    private readonly long _maxDocumentBytes = DefaultMaxDocumentBytes;

    /// <summary>The defaults: the built-in editions, a 1 GiB limit, no progress.</summary>
    public static CaseReaderOptions Default { get; } = new();

    /// <summary>The policy editions by identifier; null for <see cref="PolicyEditions.All"/>.</summary>
    public IReadOnlyDictionary<string, PolicyEdition>? Editions { get; init; }

    /// <summary>
    /// The largest document read, in bytes; a longer one gets the single problem <c>limit-exceeded</c> at <c>$</c>, and a
    /// stream is not read further once it is known to be longer. A national case (about 2 GB of JSON for 10 million
    /// activities) needs a larger limit than the default; a service facing the network a smaller one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public long MaxDocumentBytes
    {
        get => _maxDocumentBytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDocumentBytes = value;
        }
    }

    /// <summary>
    /// Where a stream's reading is reported as it goes, at most once a mebibyte and once at its end; null for nowhere.
    /// A document the streamed pass cannot read to its end is read again from where the stream stood, so its progress
    /// starts again from 0.
    /// </summary>
    public IProgress<CaseReadProgress>? Progress { get; init; }
}

/// <summary>How far <see cref="CaseReader"/> has read a stream (<see cref="CaseReaderOptions.Progress"/>).</summary>
/// <param name="BytesRead">The bytes read so far from where the stream stood.</param>
/// <param name="TotalBytes">The bytes there are to read, when the stream knows its length; null otherwise.</param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public readonly record struct CaseReadProgress(long BytesRead, long? TotalBytes);
