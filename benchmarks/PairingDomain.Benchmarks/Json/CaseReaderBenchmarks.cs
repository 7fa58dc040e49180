using System.IO;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using PairingDomain.Benchmarks.Data;
using PairingDomain.Json;

namespace PairingDomain.Benchmarks.Json;

/// <summary>
/// Reading a province case (pairing-case/1) from UTF-8 JSON into a validated <see cref="PairingCase"/>, from bytes in
/// memory and from a file (streamed, the text never held), beside its peers in the same run: a bare
/// <see cref="Utf8JsonReader"/> scan of the same bytes (the limit: issue 17 asks the reader to stay within 3× of it) and
/// <see cref="JsonSerializer"/> into plain records followed by the builder (<see cref="DtoCaseReader"/>, what a user
/// would write without the package's reader).
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

    /// <summary>Every token of the document, read and dropped: what any reader of the text must at least do.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark(Baseline = true)]
    public int TokenScan()
    {
        var reader = new Utf8JsonReader(_json);
        int tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }
        return tokens;
    }

    /// <summary>The document bound to plain records by <see cref="JsonSerializer"/>, then the case built from them.</summary>
    /// <returns>The case.</returns>
    [Benchmark]
    public PairingCase SerializerIntoRecords() => DtoCaseReader.Read(_json);

    /// <summary>Reads the document's bytes (the streamed pass over them: no document object).</summary>
    /// <returns>The case.</returns>
    [Benchmark]
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
