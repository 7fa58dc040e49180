using System;
using System.Collections.Generic;
using System.Data.Common;
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

    [Fact]
    public Task SaveAsync_SichuanProvinceByPreparedInsert_LoadsBackToTheSameCaseBytes() => RoundTripAsync(CaseSaveMethod.PreparedInsert);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public Task SaveAsync_PreparedInsertAndSaveChanges_WriteTheSameRowsInEveryTable(bool version2) =>
        SameRowsAsync(CaseSaveMethod.PreparedInsert, version2);

    /// <summary>Every table of the case holds the same rows whether saved by <paramref name="method"/> or by SaveChanges.</summary>
    private protected async Task SameRowsAsync(CaseSaveMethod method, bool version2)
    {
        PairingCase province = CaseStoreRoundTripTests.Province(version2);
        using ITestDatabase database = await Provider.NewDatabaseAsync();
        await using PairingDbContext context = database.Context();
        await context.Database.EnsureCreatedAsync();
        await CaseStore.SaveAsync(context, "by-save-changes", province, CaseSaveMethod.SaveChanges);
        await CaseStore.SaveAsync(context, "by-other", province, method);

        int tables = 0;
        foreach (IEntityType entity in context.Model.GetEntityTypes().Where(e => e.FindProperty(nameof(Rows.StoredCase.CaseKey)) is not null))
        {
            string table = entity.GetTableName()!;
            string[] bySaveChanges = await RowsAsText(context, table, "by-save-changes");
            string[] byOther = await RowsAsText(context, table, "by-other");
            byOther.Should().Equal(bySaveChanges, $"{table} holds the same rows whichever the method");
            tables += bySaveChanges.Length > 0 ? 1 : 0;
        }
        tables.Should().Be(version2 ? 20 : 10, "every table of the case has rows");
    }

    /// <summary>Every row of the case in <paramref name="table"/> as text (each column with its type, NULL apart), case key left out, in ordinal order.</summary>
    private static async Task<string[]> RowsAsText(DbContext context, string table, string key)
    {
        await context.Database.OpenConnectionAsync();
        DbConnection connection = context.Database.GetDbConnection();
        await using DbCommand command = connection.CreateCommand();
        // The table's name comes from the model, never from input.
        command.CommandText = "SELECT * FROM \"" + table + "\" WHERE case_key = @key";
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = "@key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        var rows = new List<string>();
        await using DbDataReader reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Where(i => reader.GetName(i) != "case_key")
                .Select(i => reader.GetName(i) + "=" + (reader.IsDBNull(i) ? "NULL" : reader.GetValue(i).GetType().Name + ":" + Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)))));
        }
        return [.. rows.Order(StringComparer.Ordinal)];
    }

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
    public Task SaveAsync_BinaryCopyAndSaveChanges_WriteTheSameRowsInEveryTable(bool version2) =>
        SameRowsAsync(CaseSaveMethod.BinaryCopy, version2);
}
