using System.Threading.Tasks;

namespace PairingDomain.EntityFrameworkCore.Tests.Support;

/// <summary>
/// The database provider a test class runs on: the tests of a class deriving for each provider (<c>Sqlite…</c>,
/// <c>Postgres…</c>) run with the same assertions on each; what differs is only the SQL a test tampers with.
/// </summary>
internal abstract class TestProvider
{
    /// <summary>The namespace of the provider's committed migrations.</summary>
    public abstract string MigrationsNamespace { get; }

    /// <summary>SQL listing the names of the database's tables, as a column <c>Value</c>.</summary>
    public abstract string TableNamesSql { get; }

    /// <summary>SQL making an insert into <c>activities</c> of the row with <c>seq</c> 100 fail.</summary>
    public abstract string FailActivityInsertSql { get; }

    /// <summary>A fresh, empty database of the test's own.</summary>
    public abstract Task<ITestDatabase> NewDatabaseAsync();
}

/// <summary>SQLite: a file of its own per test.</summary>
internal sealed class SqliteProvider : TestProvider
{
    public override string MigrationsNamespace => "PairingDomain.EntityFrameworkCore.Migrations.Sqlite";

    public override string TableNamesSql => "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'";

    public override string FailActivityInsertSql =>
        "CREATE TRIGGER fail_midway BEFORE INSERT ON activities WHEN NEW.seq = 100 BEGIN SELECT RAISE(ABORT, 'lost'); END";

    public override Task<ITestDatabase> NewDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteFile());
}

/// <summary>PostgreSQL: a database of its own per test on the run's one server (<see cref="PostgresFixture"/>).</summary>
internal sealed class PostgresProvider(PostgresFixture postgres) : TestProvider
{
    public override string MigrationsNamespace => "PairingDomain.EntityFrameworkCore.Migrations.Postgres";

    public override string TableNamesSql => "SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'";

    public override string FailActivityInsertSql =>
        "CREATE FUNCTION fail_midway() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.seq = 100 THEN RAISE EXCEPTION 'lost'; END IF; "
        + "RETURN NEW; END $$; CREATE TRIGGER fail_midway BEFORE INSERT ON activities FOR EACH ROW EXECUTE FUNCTION fail_midway()";

    public override Task<ITestDatabase> NewDatabaseAsync() => postgres.NewDatabaseAsync();
}
