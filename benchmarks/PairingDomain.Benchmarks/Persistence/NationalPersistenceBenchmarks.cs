using BenchmarkDotNet.Attributes;
using PairingDomain.Benchmarks.Data;
using PairingDomain.Testing;

namespace PairingDomain.Benchmarks.Persistence;

/// <summary>
/// The national case (<see cref="SyntheticOptions.National"/>: 50,000 units, 10,000,000 activities; under
/// <c>PAIRINGDOMAIN_BENCH_SCALE=ci</c> the benchmarks' reduced stand-in, Sichuan scaled by 5) saved to PostgreSQL by binary COPY
/// and loaded back streaming (issue 16). The set-up starts a real server, the clean-up stops it; every iteration starts
/// from empty tables.
/// </summary>
[Config(typeof(PersistenceConfig))]
public class NationalPersistenceBenchmarks
{
    private PairingCase _case = null!;
    private PersistenceDatabase _database = null!;

    /// <summary>Generates the national case and starts the server.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _case = Cases.Get(Scale.National);
        ActivitiesPerSecondColumn.Record(ActivitiesPerSecondColumn.KeyOf(nameof(NationalPersistenceBenchmarks)), _case.Ledger.Count);
        _database = PersistenceDatabase.CreateAsync(Store.PostgresCopy).GetAwaiter().GetResult();
    }

    /// <summary>Empties the tables.</summary>
    [IterationSetup]
    public void Empty() => _database.EmptyAsync().GetAwaiter().GetResult();

    /// <summary>Stops the server and deletes the database.</summary>
    [GlobalCleanup]
    public void Cleanup() => _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Saves the national case by binary COPY and loads it back.</summary>
    /// <returns>The case loaded.</returns>
    [Benchmark]
    public PairingCase CopyAndLoad() => _database.SaveAndLoadAsync(_case).GetAwaiter().GetResult();
}
