using System.IO;
using BenchmarkDotNet.Attributes;
using PairingDomain.Benchmarks.Data;
using PairingDomain.Json;

namespace PairingDomain.Benchmarks.Json;

/// <summary>
/// Reading a province case (pairing-case/1) from UTF-8 JSON into a validated <see cref="PairingCase"/>: from bytes in
/// memory (read whole, into a DOM) and from a file (streamed record by record, the text never held).
/// </summary>
[MemoryDiagnoser]
public class CaseReaderBenchmarks
{
    private byte[] _json = [];
    private string _file = string.Empty;

    /// <summary>Writes the province case once, to bytes and to a temporary file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _json = CaseWriter.Write(Cases.Get(Scale.Province));
        _file = Path.Combine(Path.GetTempPath(), "pairing-bench-case-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllBytes(_file, _json);
    }

    /// <summary>Deletes the temporary file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(_file);

    /// <summary>The size of the document, for the report.</summary>
    public int Bytes => _json.Length;

    /// <summary>Reads the document's bytes, whole.</summary>
    /// <returns>The case.</returns>
    [Benchmark(Baseline = true)]
    public PairingCase ReadProvince() => CaseReader.Read(_json).Case;

    /// <summary>Reads the document from its file, as it streams: the text is never held whole.</summary>
    /// <returns>The case.</returns>
    [Benchmark]
    public PairingCase ReadProvinceFromFile()
    {
        using FileStream stream = File.OpenRead(_file);
        return CaseReader.Read(stream).Case;
    }
}
