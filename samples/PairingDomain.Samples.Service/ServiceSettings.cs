using System;
using Microsoft.AspNetCore.Builder;

namespace PairingDomain.Samples.Service;

/// <summary>
/// The limits of the assessment service (issue 18): the largest request body it reads and how long one request may
/// take. Read from the configuration section <c>Service</c> (<c>Service:MaxRequestBytes</c>, <c>Service:RequestTimeout</c>).
/// </summary>
public sealed record ServiceSettings
{
    /// <summary>The default body limit, 256 MiB: the synthetic province case (about 60 MB of JSON) with room to spare.</summary>
    public const long DefaultMaxRequestBytes = 256L << 20;

    /// <summary>The largest request body read, in bytes; a longer one is answered 413 without reading it further.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>How long one request may take, reading and assessing included; beyond it the answer is 503.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// Endpoints mapped after the service's own, inside its whole pipeline (error handling, limits, logs): for the tests
    /// of what the service does with a failing endpoint. Null in the program.
    /// </summary>
    public Action<WebApplication>? MapExtra { get; init; }
}
