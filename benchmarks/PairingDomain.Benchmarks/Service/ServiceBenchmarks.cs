using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PairingDomain.Json;
using PairingDomain.Samples.Service;
using PairingDomain.Testing;

namespace PairingDomain.Benchmarks.Service;

/// <summary>
/// The assessment service over real HTTP (issue 18: "requests per second for the province case and the latency of a
/// 10-unit case, client and server on this machine"): the service sample on Kestrel at 127.0.0.1 on a free port, an
/// <see cref="HttpClient"/> posting <c>POST /v1/assessments</c>. Each request reads the case with the streaming reader,
/// assesses it and writes the assessment, as a client meets it. The <c>Op/s</c> column is requests per second: for the
/// concurrent benchmark every invocation is <see cref="Concurrency"/> requests in flight at once.
/// </summary>
/// <remarks>
/// The request logs are filtered to warnings here (the console of a benchmark process is BenchmarkDotNet's); the
/// service is otherwise the program's, in production mode.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(RequestsPerSecondConfig))]
public class ServiceBenchmarks
{
    /// <summary>Requests in flight at once in <see cref="ProvinceCaseConcurrent"/>: two per core of this machine.</summary>
    public const int Concurrency = 4;

    private WebApplication _app = null!;
    private HttpClient _client = null!;
    private byte[] _province = [];
    private byte[] _tenUnits = [];

    /// <summary>Starts the service and writes both cases once.</summary>
    [GlobalSetup]
    public async Task Setup()
    {
        _province = CaseWriter.Write(AssessmentService.ExampleCase());
        _tenUnits = CaseWriter.Write(SyntheticProvince.Generate(SyntheticOptions.Scaled(10 / 370.0) with { IncludeCadreWork = true }));
        _app = AssessmentService.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production", "--Logging:LogLevel:Default=Warning"]);
        await _app.StartAsync();
        string address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        _client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        // One of each before measuring, so that a failing service fails the set-up and not a measurement.
        await Post(_province);
        await Post(_tenUnits);
    }

    /// <summary>Stops the service.</summary>
    [GlobalCleanup]
    public async Task Cleanup()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>One province assessment (the synthetic Sichuan 2019 with the cadres' work, pairing-case/2), one at a time.</summary>
    /// <returns>The answer's length.</returns>
    [Benchmark(Baseline = true)]
    public Task<int> ProvinceCase() => Post(_province);

    /// <summary><see cref="Concurrency"/> province assessments in flight at once: the service's throughput.</summary>
    /// <returns>The answers' total length.</returns>
    [Benchmark(OperationsPerInvoke = Concurrency)]
    public async Task<int> ProvinceCaseConcurrent()
    {
        int[] lengths = await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Post(_province)));
        return lengths.Sum();
    }

    /// <summary>The latency of a 10-unit case (<c>SyntheticOptions.Scaled(10 / 370.0)</c> with the cadres' work).</summary>
    /// <returns>The answer's length.</returns>
    [Benchmark]
    public Task<int> TenUnitCase() => Post(_tenUnits);

    private async Task<int> Post(byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using HttpResponseMessage response = await _client.PostAsync(new Uri("/v1/assessments", UriKind.Relative), content);
        byte[] answer = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST /v1/assessments answered {(int)response.StatusCode}.");
        }
        return answer.Length;
    }

    /// <summary>Adds the operations-per-second column: requests per second.</summary>
    private sealed class RequestsPerSecondConfig : ManualConfig
    {
        public RequestsPerSecondConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
