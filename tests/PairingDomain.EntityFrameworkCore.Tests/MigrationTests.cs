using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using PairingDomain.Json;

namespace PairingDomain.EntityFrameworkCore.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void Model_CommittedMigrations_HaveNoPendingChanges()
    {
        using var file = new SqliteFile();
        using PairingDbContext context = file.Context();

        context.Database.HasPendingModelChanges().Should().BeFalse();
        context.Database.GetMigrations().Should().NotBeEmpty();
    }

    [Fact]
    public async Task MigrateAsync_FreshFile_CreatesTablesACaseRoundTripsIn()
    {
        using var file = new SqliteFile();
        PairingCase province = CaseStoreRoundTripTests.Province(version2: true);
        await using (PairingDbContext context = file.Context())
        {
            await context.Database.MigrateAsync();
            (await context.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
            (await context.Database.GetAppliedMigrationsAsync()).Should().Equal(context.Database.GetMigrations());
            await CaseStore.SaveAsync(context, "p", province);
        }

        await using (PairingDbContext context = file.Context())
        {
            CaseLoadResult loaded = await CaseStore.LoadAsync(context, "p");
            loaded.Problems.Should().BeEmpty();
            CaseWriter.Write(loaded.Case).Should().Equal(CaseWriter.Write(province));
            (await context.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type = 'table' ORDER BY name").ToListAsync())
                .Should().Contain(["stored_cases", "units", "leaders", "activities", "cadre_grades", "county_indicators"]);
        }
    }
}
