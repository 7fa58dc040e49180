using System.Linq;
using System.Threading.Tasks;
using PairingDomain.Assessment;
using PairingDomain.EntityFrameworkCore.Tests.Support;
using PairingDomain.Json;

namespace PairingDomain.EntityFrameworkCore.Tests;

/// <summary>A stored assessment comes back typed, as the assessor gave it, without re-running it.</summary>
public abstract class AssessmentLoadTests
{
    private protected AssessmentLoadTests(TestProvider provider) => Provider = provider;

    private protected TestProvider Provider { get; }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task LoadAsync_StoredAssessment_IsTheAssessorsResultAgain(bool version2)
    {
        PairingCase @case = CaseStoreRoundTripTests.Province(version2);
        AnnualAssessment live = @case.Assess();
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        long id;
        await using (PairingDbContext context = file.Context())
        {
            await PairingSchema.MigrateAsync(context);
            id = (await AssessmentStore.SaveAsync(context, @case, live, AssessmentStoreTests.At)).AssessmentId;
        }

        await using PairingDbContext read = file.Context();
        AssessmentReadResult? loaded = await AssessmentStore.LoadAsync(read, id);

        loaded.Should().NotBeNull();
        loaded!.Problems.Should().BeEmpty();
        AnnualAssessment restored = loaded.Assessment!;
        AssessmentWriter.Write(restored).Should().Equal(AssessmentWriter.Write(live));
        UnitAssessment unit = live.Units.First(u => u.Duties.Any(d => d.Status == DutyStatus.Short));
        restored.ForUnit(unit.Unit)!.Duties.Select(d => (d.Rule, d.Required, d.Recorded, d.Status, d.Evidence.Length))
            .Should().Equal(unit.Duties.Select(d => (d.Rule, d.Required, d.Recorded, d.Status, d.Evidence.Length)));
        (await AssessmentStore.LoadAsync(read, id + 1)).Should().BeNull();
    }
}

public sealed class SqliteAssessmentLoadTests() : AssessmentLoadTests(new SqliteProvider());

[Collection(PostgresTests.Name)]
public sealed class PostgresAssessmentLoadTests(PostgresFixture postgres) : AssessmentLoadTests(new PostgresProvider(postgres));
