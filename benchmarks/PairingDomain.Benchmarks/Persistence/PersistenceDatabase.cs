using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PairingDomain.Databases;
using PairingDomain.EntityFrameworkCore;

namespace PairingDomain.Benchmarks.Persistence;

/// <summary>Where a persistence benchmark stores its case, and how it writes it.</summary>
public enum Store
{
    /// <summary>A SQLite file, written by one <c>SaveChanges</c>.</summary>
    SqliteSaveChanges,

    /// <summary>A SQLite file, written by one prepared INSERT per table (the default there).</summary>
    SqlitePreparedInsert,

    /// <summary>PostgreSQL, written by one <c>SaveChanges</c>.</summary>
    PostgresSaveChanges,

    /// <summary>PostgreSQL, written by one binary COPY per table.</summary>
    PostgresCopy,
}

/// <summary>
/// The database of a persistence benchmark: a SQLite file in a temporary folder, or a database on a real PostgreSQL
/// server the benchmark starts itself (tests/Shared/PostgresServer.cs, linked) and stops in its clean-up.
/// </summary>
internal sealed class PersistenceDatabase : IAsyncDisposable
{
    private readonly PostgresServer? _server;
    private readonly string? _folder;
    private readonly string _connectionString;

    private PersistenceDatabase(Store store, PostgresServer? server, string? folder, string connectionString)
    {
        Store = store;
        _server = server;
        _folder = folder;
        _connectionString = connectionString;
    }

    public Store Store { get; }

    public CaseSaveMethod Method => Store switch
    {
        Store.PostgresCopy => CaseSaveMethod.BinaryCopy,
        Store.SqlitePreparedInsert => CaseSaveMethod.PreparedInsert,
        _ => CaseSaveMethod.SaveChanges,
    };

    private bool Sqlite => Store is Store.SqliteSaveChanges or Store.SqlitePreparedInsert;

    public static async Task<PersistenceDatabase> CreateAsync(Store store)
    {
        PersistenceDatabase database;
        if (store is Store.SqliteSaveChanges or Store.SqlitePreparedInsert)
        {
            string folder = Path.Combine(Path.GetTempPath(), "pairing-bench-sqlite-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            database = new PersistenceDatabase(store, null, folder,
                new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "cases.db"), Pooling = false }.ToString());
        }
        else
        {
            PostgresServer server = await PostgresServer.StartAsync().ConfigureAwait(false);
            database = new PersistenceDatabase(store, server, null, await server.NewDatabaseAsync().ConfigureAwait(false));
        }
        await using PairingDbContext context = database.Context();
        await context.Database.MigrateAsync().ConfigureAwait(false);
        return database;
    }

    public PairingDbContext Context() => new(Sqlite
        ? new DbContextOptionsBuilder<PairingDbContext>().UseSqlite(_connectionString).Options
        : new DbContextOptionsBuilder<PairingDbContext>().UseNpgsql(_connectionString, o => o.CommandTimeout(3600)).Options);

    /// <summary>Empties every table, so that the next save times the writing only, not the deleting of the last one.</summary>
    public async Task EmptyAsync()
    {
        await using PairingDbContext context = Context();
        _ = Sqlite
            ? await context.Database.ExecuteSqlRawAsync("DELETE FROM stored_cases").ConfigureAwait(false)
            : await context.Database.ExecuteSqlRawAsync("TRUNCATE stored_cases CASCADE").ConfigureAwait(false);
    }

    /// <summary>Saves <paramref name="case"/> and loads it back, each through a context of its own.</summary>
    public async Task<PairingCase> SaveAndLoadAsync(PairingCase @case)
    {
        await using (PairingDbContext context = Context())
        {
            await CaseStore.SaveAsync(context, "bench", @case, Method).ConfigureAwait(false);
        }
        await using (PairingDbContext context = Context())
        {
            return (await CaseStore.LoadAsync(context, "bench").ConfigureAwait(false)).Case;
        }
    }

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
