using BenchmarkDotNet.Attributes;
using PairingDomain.Testing;

namespace PairingDomain.Benchmarks.Persistence;

/// <summary>
/// The synthetic Sichuan province (<see cref="SyntheticOptions.Sichuan2019"/>: 370 units, about 15,000 activities)
/// saved by <c>CaseStore.SaveAsync</c> and loaded back by <c>CaseStore.LoadAsync</c> (PairingDomain.EntityFrameworkCore,
/// issue 16): on SQLite by <c>SaveChanges</c>, on PostgreSQL by <c>SaveChanges</c> and by binary COPY. The PostgreSQL
/// cases start a real server in their set-up and stop it in their clean-up; every iteration starts from empty tables.
/// </summary>
[Config(typeof(PersistenceConfig))]
public class ProvincePersistenceBenchmarks
{
    private PairingCase _case = null!;
    private PersistenceDatabase _database = null!;

    /// <summary>The database and the method.</summary>
    [ParamsAllValues]
    public Store Store { get; set; }

    /// <summary>Generates the province and creates the database (starting the PostgreSQL server).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _case = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019);
        ActivitiesPerSecondColumn.Record(ActivitiesPerSecondColumn.KeyOf(nameof(ProvincePersistenceBenchmarks), Store), _case.Ledger.Count);
        _database = PersistenceDatabase.CreateAsync(Store).GetAwaiter().GetResult();
    }

    /// <summary>Empties the tables.</summary>
    [IterationSetup]
    public void Empty() => _database.EmptyAsync().GetAwaiter().GetResult();

    /// <summary>Stops the server and deletes the database.</summary>
    [GlobalCleanup]
    public void Cleanup() => _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Saves the province and loads it back.</summary>
    /// <returns>The case loaded.</returns>
    [Benchmark]
    public PairingCase SaveAndLoad() => _database.SaveAndLoadAsync(_case).GetAwaiter().GetResult();
}
