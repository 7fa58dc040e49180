using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PairingDomain.Databases;

namespace PairingDomain.EntityFrameworkCore.Tests.Support;

/// <summary>
/// The one PostgreSQL server of a test run, shared by every test of <see cref="PostgresTests"/>: started before
/// the first of them, stopped after the last. When it cannot start, every one of those tests fails with the reason.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresServer? _server;

    internal PostgresServer Server => _server ?? throw new InvalidOperationException("The PostgreSQL server was not started.");

    /// <summary>A fresh database of its own on the shared server.</summary>
    internal async Task<ITestDatabase> NewDatabaseAsync() => new PostgresDatabase(await Server.NewDatabaseAsync());

    public async Task InitializeAsync() => _server = await PostgresServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

/// <summary>The tests that need PostgreSQL: one server for all of them (<see cref="PostgresFixture"/>).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}

/// <summary>A database of a test, on either provider.</summary>
internal interface ITestDatabase : IDisposable
{
    /// <summary>A new context on the database, with <paramref name="interceptors"/>; the caller disposes it.</summary>
    public PairingDbContext Context(params IInterceptor[] interceptors);
}

/// <summary>A database of its own on the shared server; thrown away with the server.</summary>
internal sealed class PostgresDatabase(string connectionString) : ITestDatabase
{
    public string ConnectionString { get; } = connectionString;

    public PairingDbContext Context(params IInterceptor[] interceptors) => new(new DbContextOptionsBuilder<PairingDbContext>()
        .UseNpgsql(ConnectionString).AddInterceptors(interceptors).Options);

    public void Dispose()
    {
    }
}
