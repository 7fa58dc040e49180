using BenchmarkDotNet.Attributes;
using PairingDomain.Benchmarks.Data;
using PairingDomain.Json;

namespace PairingDomain.Benchmarks.Json;

/// <summary>Reading a province case (pairing-case/1) from UTF-8 JSON into a validated <see cref="PairingCase"/>.</summary>
[MemoryDiagnoser]
public class CaseReaderBenchmarks
{
    private byte[] _json = [];

    /// <summary>Writes the province case once.</summary>
    [GlobalSetup]
    public void Setup() => _json = CaseWriter.Write(Cases.Get(Scale.Province));

    /// <summary>The size of the document, for the report.</summary>
    public int Bytes => _json.Length;

    /// <summary>Reads the document.</summary>
    /// <returns>The case.</returns>
    [Benchmark]
    public PairingCase ReadProvince() => CaseReader.Read(_json).Case;
}
