using System;
using System.Threading.Tasks;
using Npgsql;
using PairingDomain.Databases;

namespace PairingDomain.EntityFrameworkCore.Tests;

[Collection(PostgresTests.Name)]
public sealed class PostgresServerTests(PostgresFixture postgres)
{
    [Fact]
    public async Task NewDatabaseAsync_TwoDatabases_AreEmptyAndApart()
    {
        var first = (PostgresDatabase)await postgres.NewDatabaseAsync();
        var second = (PostgresDatabase)await postgres.NewDatabaseAsync();

        await using var a = new NpgsqlConnection(first.ConnectionString);
        await a.OpenAsync();
        await using (var create = new NpgsqlCommand("CREATE TABLE t (x int); INSERT INTO t VALUES (1)", a))
        {
            await create.ExecuteNonQueryAsync();
        }
        await using var b = new NpgsqlConnection(second.ConnectionString);
        await b.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", b);

        first.ConnectionString.Should().NotBe(second.ConnectionString);
        ((long)(await count.ExecuteScalarAsync())!).Should().Be(0);
        a.PostgreSqlVersion.Major.Should().BeGreaterThanOrEqualTo(13);
    }

    [Fact]
    public async Task StartAsync_NoBinaries_FailsNamingTheReason()
    {
        // In the collection, so no server of the fixture is starting while the variable is set.
        string? before = Environment.GetEnvironmentVariable("PAIRING_PG_BIN");
        Environment.SetEnvironmentVariable("PAIRING_PG_BIN", "/nonexistent/pg/bin");
        try
        {
            Func<Task> start = () => PostgresServer.StartAsync();

            (await start.Should().ThrowAsync<InvalidOperationException>())
                .WithMessage("PostgreSQL could not be started: PAIRING_PG_BIN=/nonexistent/pg/bin holds no initdb and pg_ctl");
        }
        finally
        {
            Environment.SetEnvironmentVariable("PAIRING_PG_BIN", before);
        }
    }
}
