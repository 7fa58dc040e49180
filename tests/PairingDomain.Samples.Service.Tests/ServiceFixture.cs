using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PairingDomain.Json;
using PairingDomain.Samples.AnnualReport;

namespace PairingDomain.Samples.Service.Tests;

/// <summary>
/// The real service on Kestrel at 127.0.0.1 on a free port, with the example case and the bytes the console sample's
/// <c>--json</c> writes for it (the contract answer), shared by the tests of a class.
/// </summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    /// <summary>The body limit of the tests' server: above the example case (about 8 MB), small enough to pass in a test.</summary>
    public const long Limit = 16L << 20;

    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public WebApplication App => _app!;

    /// <summary>The example case's bytes, as GET /v1/examples/sichuan-2019 serves them.</summary>
    public byte[] CaseBytes { get; private set; } = [];

    /// <summary>What the console sample writes with <c>--case FILE --json OUT</c> for <see cref="CaseBytes"/>.</summary>
    public byte[] ConsoleJson { get; private set; } = [];

    public string CasePath { get; private set; } = "";

    public static async Task<(WebApplication App, Uri Address)> Start(ServiceSettings settings, string environment = "Production")
    {
        WebApplication app = AssessmentService.Build(["--urls", "http://127.0.0.1:0", "--environment", environment], settings);
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new Uri(address));
    }

    public async Task InitializeAsync()
    {
        var settings = new ServiceSettings
        {
            MaxRequestBytes = Limit,
            RequestTimeout = TimeSpan.FromMinutes(5),
            MapExtra = app => app.MapGet("/test/throw", (Func<IResult>)(() => throw new InvalidOperationException("secret-internal-detail"))),
        };
        (_app, BaseAddress) = await Start(settings);
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        CaseBytes = CaseWriter.Write(AssessmentService.ExampleCase());
        CasePath = Path.Combine(Path.GetTempPath(), $"svc-tests-{Guid.NewGuid():N}.case.json");
        string jsonPath = CasePath + ".out.json";
        await File.WriteAllBytesAsync(CasePath, CaseBytes);
        int exit = PairingDomain.Samples.AnnualReport.Program.Run(["--case", CasePath, "--json", jsonPath], TextWriter.Null, TextWriter.Null);
        exit.Should().Be(0, "the console sample assesses the example case");
        ConsoleJson = await File.ReadAllBytesAsync(jsonPath);
        File.Delete(jsonPath);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        File.Delete(CasePath);
    }
}
