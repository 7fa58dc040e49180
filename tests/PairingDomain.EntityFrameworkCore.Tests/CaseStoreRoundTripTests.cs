using System.Threading.Tasks;
using PairingDomain.Json;
using PairingDomain.Testing;

namespace PairingDomain.EntityFrameworkCore.Tests;

public abstract class CaseStoreRoundTripTests
{
    private protected CaseStoreRoundTripTests(TestProvider provider) => Provider = provider;

    private protected TestProvider Provider { get; }

    internal static PairingCase Province(bool version2) => SyntheticProvince.Generate(version2
        ? SyntheticOptions.Scaled(40 / 370.0, seed: 7) with { IncludeCadreWork = true }
        : SyntheticOptions.Scaled(40 / 370.0, seed: 7));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LoadAsync_SavedProvince_WritesTheSameCaseAndAssessmentBytes(bool version2)
    {
        PairingCase province = Province(version2);
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        await using (PairingDbContext context = file.Context())
        {
            await context.Database.EnsureCreatedAsync();
            await CaseStore.SaveAsync(context, "province", province);
        }

        CaseLoadResult loaded;
        await using (PairingDbContext context = file.Context())
        {
            loaded = await CaseStore.LoadAsync(context, "province");
        }

        loaded.Problems.Should().BeEmpty();
        loaded.Case.HasCadreWork.Should().Be(version2);
        loaded.Case.Ledger.Count.Should().Be(province.Ledger.Count);
        CaseWriter.Write(loaded.Case).Should().Equal(CaseWriter.Write(province));
        AssessmentWriter.Write(loaded.Case.Assess()).Should().Equal(AssessmentWriter.Write(province.Assess()));
    }
}

public sealed class SqliteCaseStoreRoundTripTests() : CaseStoreRoundTripTests(new SqliteProvider());

[Collection(PostgresTests.Name)]
public sealed class PostgresCaseStoreRoundTripTests(PostgresFixture postgres) : CaseStoreRoundTripTests(new PostgresProvider(postgres));
