using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace PairingDomain.Samples.Service;

/// <summary>
/// A contract document written as the package wrote it, byte for byte, with a chosen status (422 for pairing-errors/1):
/// <c>Results.Bytes</c> takes no status.
/// </summary>
/// <param name="bytes">The UTF-8 JSON document.</param>
/// <param name="status">The status code.</param>
public sealed class JsonBytes(byte[] bytes, int status) : IResult, IStatusCodeHttpResult
{
    /// <inheritdoc/>
    public int? StatusCode => status;

    /// <inheritdoc/>
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = AssessmentService.Json;
        httpContext.Response.ContentLength = bytes.Length;
        return httpContext.Response.Body.WriteAsync(bytes).AsTask();
    }
}
