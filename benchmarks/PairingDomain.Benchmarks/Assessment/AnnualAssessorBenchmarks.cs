using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using PairingDomain.Assessment;
using PairingDomain.Benchmarks.Data;
using PairingDomain.Benchmarks.Peers;

namespace PairingDomain.Benchmarks.Assessment;

/// <summary>
/// The full annual assessment (duties, mechanism, bundles, findings) against its peers, in one run, on the same
/// records: a hand-written LINQ version, Microsoft RulesEngine, DuckDB in process and a raw single pass; and the same
/// assessment of the case with its cadres' work (pairing-case/2, issue 13) beside it.
/// </summary>
/// <remarks>
/// RulesEngine runs on the first <see cref="RulesEngineSample"/> activities of the ledger (all of them at province
/// scale): compare its time per activity, not its total.
/// </remarks>
[MemoryDiagnoser]
public class AnnualAssessorBenchmarks
{
    /// <summary>How many activities RulesEngine executes per operation.</summary>
    public const int RulesEngineSample = 50_000;

    private PairingCase _case = null!;
    private FlatCase _flat = null!;
    private ActivityRow[] _rows = [];
    private RawActivity[] _raw = [];
    private RawScanPeer _rawPeer = null!;
    private RulesEnginePeer _rulesEngine = null!;
    private DuckDbPeer? _duckDb;

    /// <summary>The scale.</summary>
    [Params(Scale.Province, Scale.National)]
    public Scale Scale { get; set; }

    /// <summary>Generates the case.</summary>
    [GlobalSetup(Targets = [nameof(Library), nameof(LibraryParallel)])]
    public void SetupLibrary() => _case = Cases.Get(Scale);

    /// <summary>Generates the case with the cadres' work (pairing-case/2).</summary>
    [GlobalSetup(Target = nameof(LibraryWithCadreWork))]
    public void SetupLibraryWithCadreWork() => _case = Cases.GetWithCadreWork(Scale);

    /// <summary>Flattens the activities to record classes.</summary>
    [GlobalSetup(Target = nameof(Linq))]
    public void SetupLinq()
    {
        _flat = Cases.Flat(Scale);
        _rows = Cases.Timed("flatten rows", () => _flat.ActivityRows());
    }

    /// <summary>Compiles the workflow and takes the sample.</summary>
    [GlobalSetup(Target = nameof(RulesEngine))]
    public void SetupRulesEngine()
    {
        _flat = Cases.Flat(Scale);
        _rows = _flat.ActivityRows(RulesEngineSample);
        _rulesEngine = new RulesEnginePeer(_flat);
    }

    /// <summary>Flattens the activities to integer structs.</summary>
    [GlobalSetup(Target = nameof(RawScan))]
    public void SetupRaw()
    {
        _flat = Cases.Flat(Scale);
        _raw = Cases.Timed("flatten raw", () => _flat.RawActivities());
        _rawPeer = new RawScanPeer(_flat);
    }

    /// <summary>Flattens the activities for loading.</summary>
    [GlobalSetup(Target = nameof(DuckDbLoad))]
    public void SetupDuckDbLoad()
    {
        _flat = Cases.Flat(Scale);
        _raw = Cases.Timed("flatten raw", () => _flat.RawActivities());
    }

    /// <summary>Loads the database once.</summary>
    [GlobalSetup(Target = nameof(DuckDbQuery))]
    public void SetupDuckDbQuery()
    {
        SetupDuckDbLoad();
        _duckDb = Cases.Timed("duckdb load", () => DuckDbPeer.Load(_flat, _raw));
        _raw = [];
    }

    /// <summary>Closes the database.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _duckDb?.Dispose();
        _duckDb = null;
        _rows = [];
        _raw = [];
    }

    /// <summary>The library: the full assessment on one thread.</summary>
    /// <returns>The assessment.</returns>
    [Benchmark(Baseline = true)]
    public AnnualAssessment Library() => _case.Assess();

    /// <summary>The library: the full assessment on all cores.</summary>
    /// <returns>The assessment.</returns>
    [Benchmark]
    public AnnualAssessment LibraryParallel() => _case.Assess(new AssessmentOptions(Parallel: true));

    /// <summary>
    /// The library: the full assessment on one thread of the same case with its cadres' work (pairing-case/2): the
    /// cadre duties over about 9.7 million attendance records at national scale, the criticisms, the team rules and the
    /// committee's duty besides everything <see cref="Library"/> does; its ratio is to <see cref="Library"/>.
    /// </summary>
    /// <returns>The assessment.</returns>
    [Benchmark]
    public AnnualAssessment LibraryWithCadreWork() => _case.Assess();

    /// <summary>Peer 4, the lower bound: a raw single pass into flat counters.</summary>
    /// <returns>The counts.</returns>
    [Benchmark]
    public DutyCounts RawScan() => _rawPeer.Count(_raw);

    /// <summary>Peer 1: hand-written LINQ over record classes.</summary>
    /// <returns>The counts.</returns>
    [Benchmark]
    public Dictionary<(string Unit, string Rule), int> Linq() => LinqPeer.Count(_flat, _rows);

    /// <summary>Peer 3: DuckDB's GROUP BY query on the loaded in-memory table.</summary>
    /// <returns>The counts.</returns>
    [Benchmark]
    public DutyCounts DuckDbQuery() => _duckDb!.Count();

    /// <summary>Peer 3: loading the in-memory tables (open, create, append).</summary>
    /// <returns>The rows loaded.</returns>
    [Benchmark]
    public long DuckDbLoad()
    {
        using DuckDbPeer peer = DuckDbPeer.Load(_flat, _raw);
        return peer.Rows;
    }

    /// <summary>Peer 2: RulesEngine per activity, on the first <see cref="RulesEngineSample"/> activities.</summary>
    /// <returns>The counts.</returns>
    [Benchmark]
    public Dictionary<(string Unit, string Rule), int> RulesEngine() => _rulesEngine.Count(_rows);
}
