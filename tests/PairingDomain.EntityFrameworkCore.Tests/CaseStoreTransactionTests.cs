using System;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PairingDomain.Json;

namespace PairingDomain.EntityFrameworkCore.Tests;

public abstract class CaseStoreTransactionTests
{
    private protected CaseStoreTransactionTests(TestProvider provider) => Provider = provider;

    private protected TestProvider Provider { get; }

    [Fact]
    public async Task SaveAsync_InACallersTransactionRolledBack_LeavesTheCaseStoredBefore()
    {
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        PairingCase before = CaseStoreRoundTripTests.Province(version2: false);
        await using (PairingDbContext context = file.Context())
        {
            await context.Database.EnsureCreatedAsync();
            await CaseStore.SaveAsync(context, "p", before);
        }

        await using (PairingDbContext context = file.Context())
        {
            await using IDbContextTransaction transaction = await context.Database.BeginTransactionAsync();
            await CaseStore.SaveAsync(context, "p", CaseStoreRoundTripTests.Province(version2: true));
            await transaction.RollbackAsync();
        }

        await using (PairingDbContext context = file.Context())
        {
            CaseLoadResult loaded = await CaseStore.LoadAsync(context, "p");
            CaseWriter.Write(loaded.Case).Should().Equal(CaseWriter.Write(before));
        }
    }

    [Fact]
    public async Task SaveAsync_FailingMidway_LeavesTheCaseStoredBefore()
    {
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        PairingCase before = CaseStoreRoundTripTests.Province(version2: false);
        await using (PairingDbContext context = file.Context())
        {
            await context.Database.EnsureCreatedAsync();
            await CaseStore.SaveAsync(context, "p", before);
            // The database fails the save after the old case is deleted and a hundred activities are written.
            await context.Database.ExecuteSqlRawAsync(Provider.FailActivityInsertSql);
        }

        await using (PairingDbContext context = file.Context())
        {
            Func<Task> save = () => CaseStore.SaveAsync(context, "p", CaseStoreRoundTripTests.Province(version2: true));
            await save.Should().ThrowAsync<DbUpdateException>();
        }

        await using (PairingDbContext context = file.Context())
        {
            CaseLoadResult loaded = await CaseStore.LoadAsync(context, "p");
            CaseWriter.Write(loaded.Case).Should().Equal(CaseWriter.Write(before));
        }
    }

    [Fact]
    public async Task LoadAsync_UnreadableCell_IsInvalidValueNamingTheValue()
    {
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        await using PairingDbContext context = file.Context();
        await context.Database.EnsureCreatedAsync();
        await CaseStore.SaveAsync(context, "p", CaseStoreRoundTripTests.Province(version2: false));
        await context.Database.ExecuteSqlRawAsync("UPDATE activities SET kind = 'no-such-kind' WHERE case_key = 'p' AND seq = 0");

        CaseLoadResult loaded = await CaseStore.LoadAsync(context, "p");

        loaded.Success.Should().BeFalse();
        loaded.Problems.Should().ContainSingle().Which.Should().Match<Problem>(p => p.Code == ProblemCodes.InvalidValue
            && p.Path.StartsWith("activities[", StringComparison.Ordinal) && p.Path.EndsWith("].kind", StringComparison.Ordinal)
            && p.Message.Contains("no-such-kind", StringComparison.Ordinal));
    }
}

public sealed class SqliteCaseStoreTransactionTests() : CaseStoreTransactionTests(new SqliteProvider());

[Collection(PostgresTests.Name)]
public sealed class PostgresCaseStoreTransactionTests(PostgresFixture postgres) : CaseStoreTransactionTests(new PostgresProvider(postgres));
