using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using PairingDomain.Json;

namespace PairingDomain.Samples.Service;

/// <summary>How reading a request's case ended: the reader's result, or the status the service answers instead.</summary>
/// <param name="Read">The case or its problems; null when <paramref name="Status"/> says why nothing was read.</param>
/// <param name="Status">0 when the body was read; 413 (too large) or 415 (not JSON) otherwise.</param>
public sealed record CaseBodyRead(CaseReadResult? Read, int Status);

/// <summary>
/// Reads a request body as a case under the size limit (issue 18: "Request bodies are read with the streaming reader
/// (CaseReader, with CaseReaderOptions: size limit, cancellation)").
/// </summary>
/// <remarks>
/// The body is copied asynchronously (Kestrel allows no synchronous reads) into a buffer that stops at the limit, then
/// handed to <see cref="CaseReader.Read(Stream, CaseReaderOptions, CancellationToken)"/> as a seekable stream, so the
/// reader takes its streamed pass. A declared <c>Content-Length</c> over the limit is refused before any byte is read.
/// </remarks>
public static class CaseBody
{
    private const int Chunk = 81920;

    /// <summary>Reads the case of <paramref name="request"/>, or says why it cannot.</summary>
    /// <param name="request">The request.</param>
    /// <param name="settings">The size limit.</param>
    /// <param name="cancellationToken">The request's token: the client gone or the timeout passed.</param>
    /// <returns>The reader's result, or 413 or 415.</returns>
    /// <exception cref="OperationCanceledException">The request was aborted or timed out.</exception>
    /// <exception cref="IOException">The connection failed while the body was read.</exception>
    public static async Task<CaseBodyRead> ReadAsync(HttpRequest request, ServiceSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(settings);
        if (!request.HasJsonContentType())
        {
            return new CaseBodyRead(null, StatusCodes.Status415UnsupportedMediaType);
        }
        long limit = settings.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            return new CaseBodyRead(null, StatusCodes.Status413PayloadTooLarge);
        }
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : Chunk);
        byte[] chunk = ArrayPool<byte>.Shared.Rent(Chunk);
        try
        {
            int n;
            while ((n = await request.Body.ReadAsync(chunk.AsMemory(0, Chunk), cancellationToken)) > 0)
            {
                if (buffer.Length + n > limit)
                {
                    return new CaseBodyRead(null, StatusCodes.Status413PayloadTooLarge);
                }
                buffer.Write(chunk, 0, n);
            }
        }
        catch (BadHttpRequestException bad) when (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (the same number) passed inside one read of a chunked body.
            return new CaseBodyRead(null, StatusCodes.Status413PayloadTooLarge);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        buffer.Position = 0;
        var options = new CaseReaderOptions { MaxDocumentBytes = limit };
        return new CaseBodyRead(CaseReader.Read(buffer, options, cancellationToken), 0);
    }
}
