using System;
using System.Linq;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace PairingDomain.Samples.Service.Tests;

/// <summary>
/// The OpenAPI document names every endpoint and contract schema; the API page is served in development only; a request
/// past the timeout is 503.
/// </summary>
public sealed class OpenApiAndTimeoutTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task OpenApiDocument_ParsesWithoutErrors_AndListsEveryMappedEndpoint()
    {
        string text = await service.Client.GetStringAsync("/openapi/v1.json");
        ReadResult read = OpenApiDocument.Parse(text, "json");
        read.Diagnostic!.Errors.Should().BeEmpty();
        OpenApiDocument document = read.Document!;

        var mapped = service.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } path && !path.StartsWith("/openapi", StringComparison.Ordinal)
                && !path.StartsWith("/test", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => (Path: e.RoutePattern.RawText!, Method: m)))
            .ToList();
        mapped.Should().HaveCount(8, "health, assessments, validate, explanations, the editions (3) and the example");
        foreach ((string path, string method) in mapped)
        {
            document.Paths.Should().ContainKey(path);
            document.Paths[path].Operations!.Keys.Select(k => k.Method).Should().Contain(method, $"{method} {path} is mapped");
        }
        document.Components!.Schemas!.Keys.Should().BeEquivalentTo(ContractSchemas.Schemas.Keys.Append("ProblemDetails"));
        text.Should().NotContain("JsonElement");
        var assess = document.Paths["/v1/assessments"].Operations!.Single().Value;
        ((OpenApiSchemaReference)assess.Responses!["200"].Content!["application/json"].Schema!).Reference.Id.Should().Be("PairingAssessment");
    }

    [Fact]
    public async Task ApiPage_InDevelopmentOnly()
    {
        (await service.Client.GetAsync("/scalar/v1")).StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound, "production has no API page");
        (WebApplication app, Uri address) = await ServiceFixture.Start(new ServiceSettings(), "Development");
        try
        {
            using var client = new HttpClient { BaseAddress = address };
            using HttpResponseMessage page = await client.GetAsync("/scalar/v1");
            page.StatusCode.Should().Be(System.Net.HttpStatusCode.OK);
            page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
            (await page.Content.ReadAsStringAsync()).Should().Contain("\"url\":\"openapi/v1.json\"", "the page renders the service's own document");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task RequestPastTheTimeout_Is503ProblemDetails()
    {
        (WebApplication app, Uri address) = await ServiceFixture.Start(new ServiceSettings { RequestTimeout = TimeSpan.FromSeconds(1) });
        try
        {
            // A client that sends a third of its declared body and then nothing: the read waits until the timeout.
            using var socket = new TcpClient();
            await socket.ConnectAsync(address.Host, address.Port);
            NetworkStream stream = socket.GetStream();
            string head = $"POST /v1/cases/validate HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 3000\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head + new string(' ', 1000)));
            using var reader = new System.IO.StreamReader(stream, Encoding.ASCII);
            string? status = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            status.Should().StartWith("HTTP/1.1 503");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
