using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace PairingDomain.EntityFrameworkCore.Tests;

public abstract class CaseStoreLoadProblemsTests
{
    private protected CaseStoreLoadProblemsTests(TestProvider provider) => Provider = provider;

    private protected TestProvider Provider { get; }

    private async Task<ITestDatabase> SavedProvinceAsync()
    {
        ITestDatabase file = await Provider.NewDatabaseAsync();
        await using PairingDbContext context = file.Context();
        await context.Database.EnsureCreatedAsync();
        await CaseStore.SaveAsync(context, "p", CaseStoreRoundTripTests.Province(version2: false));
        return file;
    }

    [Fact]
    public async Task LoadAsync_RowsBreakingRules_ReportsEachAtItsTableAndKeyAllAtOnce()
    {
        using ITestDatabase file = await SavedProvinceAsync();
        await using (PairingDbContext context = file.Context())
        {
            // An activity naming a unit the roster does not have, copied from the first activity otherwise.
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO activities (case_key, activity_id, seq, kind, unit_id, leader_id, on_date, at_instant, county_code, village_code, topics) "
                + "SELECT case_key, 'A-BAD', 1000000, kind, 'U-404', leader_id, on_date, at_instant, county_code, village_code, topics "
                + "FROM activities WHERE case_key = 'p' AND seq = 0");
            // A village whose code lies in the first county, filed under the second.
            await context.Database.ExecuteSqlRawAsync(
                "INSERT INTO villages (case_key, village_code, seq, county_code, name, planned_exit_year, exited_year) "
                + "SELECT 'p', (SELECT county_code FROM counties WHERE case_key = 'p' AND seq = 0) || '999999', 1000000, "
                + "(SELECT county_code FROM counties WHERE case_key = 'p' AND seq = 1), 'Bad village', 2019, NULL");
        }

        CaseLoadResult loaded;
        await using (PairingDbContext context = file.Context())
        {
            loaded = await CaseStore.LoadAsync(context, "p");
        }

        loaded.Success.Should().BeFalse();
        loaded.Problems.Select(p => (p.Path, p.Code)).Should().Contain(("activities[A-BAD].unit", ProblemCodes.UnknownReference));
        loaded.Problems.Should().Contain(p => p.Code == ProblemCodes.InvalidValue && p.Path.StartsWith("villages[", System.StringComparison.Ordinal)
            && p.Path.EndsWith("999999].county", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_CellsNoConverterReads_ReportsEachAtItsTableKeyAndColumnAllAtOnce()
    {
        using ITestDatabase file = await SavedProvinceAsync();
        string first, second, cadre;
        await using (PairingDbContext context = file.Context())
        {
            first = await context.Database.SqlQueryRaw<string>("SELECT activity_id AS \"Value\" FROM activities WHERE case_key = 'p' AND seq = 0").SingleAsync();
            second = await context.Database.SqlQueryRaw<string>("SELECT activity_id AS \"Value\" FROM activities WHERE case_key = 'p' AND seq = 1").SingleAsync();
            cadre = await context.Database.SqlQueryRaw<string>("SELECT cadre_id AS \"Value\" FROM cadre_grades WHERE case_key = 'p' AND seq = 0").SingleAsync();
            await context.Database.ExecuteSqlRawAsync("UPDATE activities SET kind = 'tea-party' WHERE case_key = 'p' AND seq = 0");
            await context.Database.ExecuteSqlRawAsync("UPDATE activities SET on_date = '2019-13-45' WHERE case_key = 'p' AND seq = 1");
            await context.Database.ExecuteSqlRawAsync("UPDATE cadre_grades SET grade = 'splendid' WHERE case_key = 'p' AND seq = 0");
        }

        CaseLoadResult loaded;
        await using (PairingDbContext context = file.Context())
        {
            loaded = await CaseStore.LoadAsync(context, "p");
        }

        loaded.Success.Should().BeFalse();
        loaded.Problems.Select(p => (p.Path, p.Code)).Should().BeEquivalentTo([
            ($"activities[{first}].kind", ProblemCodes.InvalidValue),
            ($"activities[{second}].on_date", ProblemCodes.InvalidValue),
            ($"cadre_grades[{cadre},2019].grade", ProblemCodes.InvalidValue)]);
        loaded.Problems.Should().ContainSingle(p => p.Message.StartsWith("'tea-party' cannot be read as ActivityKind", System.StringComparison.Ordinal));
        loaded.Problems.Should().ContainSingle(p => p.Message.StartsWith("'2019-13-45' cannot be read as LocalDate", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task LoadAsync_CommitteeActivityWithAnActivitysId_IsDuplicateIdAtItsRow()
    {
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        string activity;
        await using (PairingDbContext context = file.Context())
        {
            await context.Database.EnsureCreatedAsync();
            await CaseStore.SaveAsync(context, "p", CaseStoreRoundTripTests.Province(version2: true));
            activity = await context.Database.SqlQueryRaw<string>("SELECT activity_id AS \"Value\" FROM activities WHERE case_key = 'p' AND seq = 0").SingleAsync();
            await context.Database.ExecuteSqlAsync(
                $"INSERT INTO committee_activities (case_key, activity_id, seq, kind, on_date, at_instant, trainees) SELECT case_key, {activity}, 1000000, kind, on_date, at_instant, trainees FROM committee_activities WHERE case_key = 'p' LIMIT 1");
        }

        CaseLoadResult loaded;
        await using (PairingDbContext context = file.Context())
        {
            loaded = await CaseStore.LoadAsync(context, "p");
        }

        loaded.Problems.Select(p => (p.Path, p.Code, p.Message)).Should().Equal(
            ($"committee_activities[{activity}].id", ProblemCodes.DuplicateId, $"activity '{activity}' is already used by activities[{activity}]"));
    }

    [Fact]
    public async Task LoadAsync_UnknownKey_IsUnknownReferenceAtTheStoredCase()
    {
        using ITestDatabase file = await SavedProvinceAsync();
        await using PairingDbContext context = file.Context();

        CaseLoadResult loaded = await CaseStore.LoadAsync(context, "nope");

        loaded.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("stored_cases[nope]", ProblemCodes.UnknownReference));
    }

    [Fact]
    public async Task SaveAsync_SameKeyTwice_ReplacesTheCase()
    {
        using ITestDatabase file = await SavedProvinceAsync();
        PairingCase version2 = CaseStoreRoundTripTests.Province(version2: true);
        await using (PairingDbContext context = file.Context())
        {
            await CaseStore.SaveAsync(context, "p", version2);
        }

        await using (PairingDbContext context = file.Context())
        {
            CaseLoadResult loaded = await CaseStore.LoadAsync(context, "p");
            loaded.Problems.Should().BeEmpty();
            loaded.Case.HasCadreWork.Should().BeTrue();
            (await context.Set<Rows.ActivityRow>().CountAsync(a => a.CaseKey == "p")).Should().Be(version2.Ledger.Count);
        }
    }

    [Fact]
    public async Task LoadAsync_Version2RowsBreakingRules_ReportsEachAtItsTableAndNaturalKey()
    {
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        await using (PairingDbContext context = file.Context())
        {
            await context.Database.EnsureCreatedAsync();
            await CaseStore.SaveAsync(context, "p", CaseStoreRoundTripTests.Province(version2: true));
            await context.Database.ExecuteSqlRawAsync(
                "UPDATE attendance SET cadre_id = 'C-404' WHERE case_key = 'p' AND seq = 0");
            await context.Database.ExecuteSqlRawAsync(
                "UPDATE cadre_reviews SET cadre_id = 'C-405' WHERE case_key = 'p' AND seq = 1");
        }

        await using (PairingDbContext context = file.Context())
        {
            string month = await context.Database.SqlQueryRaw<string>(
                "SELECT month AS \"Value\" FROM attendance WHERE case_key = 'p' AND seq = 0").SingleAsync();

            CaseLoadResult loaded = await CaseStore.LoadAsync(context, "p");

            loaded.Problems.Select(p => (p.Path, p.Code)).Should().Contain([
                ($"attendance[C-404,{month}].cadre", ProblemCodes.UnknownReference),
                ("cadre_reviews[1].cadre", ProblemCodes.UnknownReference)]);
        }
    }
}

public sealed class SqliteCaseStoreLoadProblemsTests() : CaseStoreLoadProblemsTests(new SqliteProvider());

[Collection(PostgresTests.Name)]
public sealed class PostgresCaseStoreLoadProblemsTests(PostgresFixture postgres) : CaseStoreLoadProblemsTests(new PostgresProvider(postgres));
