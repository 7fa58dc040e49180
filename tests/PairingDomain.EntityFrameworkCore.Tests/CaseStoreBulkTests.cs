using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PairingDomain.Json;
using PairingDomain.Testing;
using Xunit.Abstractions;

namespace PairingDomain.EntityFrameworkCore.Tests;

/// <summary>The whole synthetic Sichuan province saved and loaded back, by each save method, timed in the test output.</summary>
public abstract class CaseStoreBulkTests
{
    private static readonly Lazy<PairingCase> s_sichuan = new(() => SyntheticProvince.Generate(SyntheticOptions.Sichuan2019));
    private readonly ITestOutputHelper _output;

    private protected CaseStoreBulkTests(TestProvider provider, ITestOutputHelper output)
    {
        Provider = provider;
        _output = output;
    }

    private protected TestProvider Provider { get; }

    [Fact]
    public Task SaveAsync_SichuanProvinceAutomatically_LoadsBackToTheSameCaseBytes() => RoundTripAsync(CaseSaveMethod.Automatic);

    private protected async Task RoundTripAsync(CaseSaveMethod method)
    {
        PairingCase province = s_sichuan.Value;
        using ITestDatabase database = await Provider.NewDatabaseAsync();
        await using (PairingDbContext context = database.Context())
        {
            await context.Database.EnsureCreatedAsync();
        }

        var clock = Stopwatch.StartNew();
        await using (PairingDbContext context = database.Context())
        {
            await CaseStore.SaveAsync(context, "sichuan-2019", province, method);
        }
        TimeSpan saved = clock.Elapsed;
        clock.Restart();
        CaseLoadResult loaded;
        await using (PairingDbContext context = database.Context())
        {
            loaded = await CaseStore.LoadAsync(context, "sichuan-2019");
        }
        TimeSpan load = clock.Elapsed;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{Provider.GetType().Name} {method}: {province.Ledger.Count} activities saved in {saved.TotalSeconds:0.00} s, loaded in {load.TotalSeconds:0.00} s"));

        loaded.Problems.Should().BeEmpty();
        CaseWriter.Write(loaded.Case).Should().Equal(CaseWriter.Write(province));
    }
}

public sealed class SqliteCaseStoreBulkTests(ITestOutputHelper output) : CaseStoreBulkTests(new SqliteProvider(), output)
{
    [Fact]
    public async Task SaveAsync_BinaryCopyOnSqlite_IsNotSupportedAndSavesNothing()
    {
        using ITestDatabase database = await Provider.NewDatabaseAsync();
        await using PairingDbContext context = database.Context();
        await context.Database.EnsureCreatedAsync();

        Func<Task> save = () => CaseStore.SaveAsync(context, "p", CaseStoreRoundTripTests.Province(version2: false), CaseSaveMethod.BinaryCopy);

        (await save.Should().ThrowAsync<NotSupportedException>()).WithMessage("*PostgreSQL*Microsoft.EntityFrameworkCore.Sqlite*");
        (await context.Set<Rows.StoredCase>().CountAsync()).Should().Be(0);
    }
}

[Collection(PostgresTests.Name)]
public sealed class PostgresCaseStoreBulkTests(PostgresFixture postgres, ITestOutputHelper output)
    : CaseStoreBulkTests(new PostgresProvider(postgres), output)
{
    [Fact]
    public Task SaveAsync_SichuanProvinceBySaveChanges_LoadsBackToTheSameCaseBytes() => RoundTripAsync(CaseSaveMethod.SaveChanges);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SaveAsync_BinaryCopyAndSaveChanges_WriteTheSameRowsInEveryTable(bool version2)
    {
        PairingCase province = CaseStoreRoundTripTests.Province(version2);
        using ITestDatabase database = await Provider.NewDatabaseAsync();
        await using PairingDbContext context = database.Context();
        await context.Database.EnsureCreatedAsync();
        await CaseStore.SaveAsync(context, "by-save-changes", province, CaseSaveMethod.SaveChanges);
        await CaseStore.SaveAsync(context, "by-copy", province, CaseSaveMethod.BinaryCopy);

        int tables = 0;
        foreach (IEntityType entity in context.Model.GetEntityTypes().Where(e => e.FindProperty(nameof(Rows.StoredCase.CaseKey)) is not null))
        {
            string table = entity.GetTableName()!;
            string[] bySaveChanges = await RowsAsText(context, table, "by-save-changes");
            string[] byCopy = await RowsAsText(context, table, "by-copy");
            byCopy.Should().Equal(bySaveChanges, $"{table} holds the same rows whichever the method");
            tables += bySaveChanges.Length > 0 ? 1 : 0;
        }
        tables.Should().Be(version2 ? 20 : 10, "every table of the case has rows");
    }

    /// <summary>Every row of the case in <paramref name="table"/> as JSON text without its case key, in text order.</summary>
    private static Task<string[]> RowsAsText(DbContext context, string table, string key)
    {
        // The table's name comes from the model, never from input.
        string sql = "SELECT (to_jsonb(t) - 'case_key')::text AS \"Value\" FROM \"" + table + "\" t WHERE case_key = {0} ORDER BY 1";
        return context.Database.SqlQueryRaw<string>(sql, key).ToArrayAsync();
    }
}
