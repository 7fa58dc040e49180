using System;
using System.IO;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PairingDomain.EntityFrameworkCore.Tests.Support;

/// <summary>A real SQLite database file in a temporary folder, deleted with the folder.</summary>
internal sealed class SqliteFile : ITestDatabase
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pairing-efcore-" + Guid.NewGuid().ToString("N"));

    public SqliteFile()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "cases.db");
    }

    public string Path { get; }

    public PairingDbContext Context(params IInterceptor[] interceptors) => new(new DbContextOptionsBuilder<PairingDbContext>()
        .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString())
        .AddInterceptors(interceptors).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
