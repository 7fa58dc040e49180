using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PairingDomain.Json;

namespace PairingDomain.EntityFrameworkCore.Tests;

public abstract class MigrationTests
{
    private protected MigrationTests(TestProvider provider) => Provider = provider;

    private protected TestProvider Provider { get; }

    [Fact]
    public async Task Model_CommittedMigrations_HaveNoPendingChanges()
    {
        using ITestDatabase database = await Provider.NewDatabaseAsync();
        await using PairingDbContext context = database.Context();

        context.Database.HasPendingModelChanges().Should().BeFalse();
        context.GetService<IMigrationsAssembly>().ModelSnapshot!.GetType().Namespace.Should().Be(Provider.MigrationsNamespace);
    }

    [Fact]
    public async Task GetMigrations_OnTheProvider_AreThoseOfItsNamespaceOnly()
    {
        string[] ofNamespace = typeof(PairingDbContext).Assembly.GetTypes()
            .Where(t => t.Namespace == Provider.MigrationsNamespace && t.GetCustomAttribute<MigrationAttribute>() is not null)
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()!.Id).Order(System.StringComparer.Ordinal).ToArray();
        using ITestDatabase database = await Provider.NewDatabaseAsync();
        await using PairingDbContext context = database.Context();

        ofNamespace.Should().NotBeEmpty();
        context.Database.GetMigrations().Should().Equal(ofNamespace);
    }

    [Fact]
    public async Task MigrateAsync_FreshDatabase_CreatesTablesACaseRoundTripsIn()
    {
        using ITestDatabase database = await Provider.NewDatabaseAsync();
        PairingCase province = CaseStoreRoundTripTests.Province(version2: true);
        await using (PairingDbContext context = database.Context())
        {
            await context.Database.MigrateAsync();
            (await context.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
            (await context.Database.GetAppliedMigrationsAsync()).Should().Equal(context.Database.GetMigrations());
            await CaseStore.SaveAsync(context, "p", province);
        }

        await using (PairingDbContext context = database.Context())
        {
            CaseLoadResult loaded = await CaseStore.LoadAsync(context, "p");
            loaded.Problems.Should().BeEmpty();
            CaseWriter.Write(loaded.Case).Should().Equal(CaseWriter.Write(province));
            (await context.Database.SqlQueryRaw<string>(Provider.TableNamesSql).ToListAsync())
                .Should().Contain(["stored_cases", "units", "leaders", "activities", "cadre_grades", "county_indicators"]);
        }
    }
}

public sealed class SqliteMigrationTests() : MigrationTests(new SqliteProvider());

[Collection(PostgresTests.Name)]
public sealed class PostgresMigrationTests(PostgresFixture postgres) : MigrationTests(new PostgresProvider(postgres));
