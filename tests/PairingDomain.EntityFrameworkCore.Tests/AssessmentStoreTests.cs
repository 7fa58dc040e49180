using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using PairingDomain.Assessment;
using PairingDomain.EntityFrameworkCore.Rows;
using PairingDomain.Json;
using PairingDomain.Testing;

namespace PairingDomain.EntityFrameworkCore.Tests;

public abstract class AssessmentStoreTests
{
    private protected AssessmentStoreTests(TestProvider provider) => Provider = provider;

    private protected TestProvider Provider { get; }

    internal static readonly Instant At = Instant.FromUtc(2020, 1, 15, 9, 30);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SaveAsync_Assessment_StoresItsDocumentAndEveryResultRow(bool version2)
    {
        PairingCase @case = CaseStoreRoundTripTests.Province(version2);
        AnnualAssessment assessment = @case.Assess();
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        AssessmentSaveResult saved;
        await using (PairingDbContext context = file.Context())
        {
            await PairingSchema.MigrateAsync(context);
            saved = await AssessmentStore.SaveAsync(context, @case, assessment, At);
        }

        saved.AlreadyStored.Should().BeFalse();
        await using PairingDbContext read = file.Context();
        StoredAssessment head = await read.Set<StoredAssessment>().SingleAsync();
        head.Id.Should().Be(saved.AssessmentId);
        head.FormatVersion.Should().Be(version2 ? 2 : 1);
        head.EditionId.Should().Be("sichuan-2019");
        head.Year.Should().Be(2019);
        head.AsOf.Should().Be(new LocalDate(2019, 12, 31));
        head.AssessedAt.Should().Be(At);
        head.CaseHash.Should().Be(Convert.ToHexStringLower(SHA256.HashData(CaseWriter.Write(@case))));
        head.RulesHash.Should().Be(Convert.ToHexStringLower(SHA256.HashData(EditionWriter.Write(@case.Edition))));
        Encoding.UTF8.GetBytes(head.Document).Should().Equal(AssessmentWriter.Write(assessment));
        (await AssessmentStore.ReadDocumentAsync(read, saved.AssessmentId)).Should().Equal(AssessmentWriter.Write(assessment));
        (await AssessmentStore.ReadDocumentAsync(read, saved.AssessmentId + 1)).Should().BeNull();

        List<UnitResultRow> units = await read.Set<UnitResultRow>().OrderBy(u => u.Seq).ToListAsync();
        units.Select(u => (u.UnitId, u.MechanismComplete, u.Eligible, u.MainLeaderEligible, u.ScorePoints, u.ScoreGrade?.ContractId))
            .Should().Equal(assessment.Units.Select(u => (u.Unit, u.Mechanism.Complete, u.Excellence.Eligible, u.MainLeaderExcellence.Eligible,
                version2 ? u.Score?.Points : null, version2 ? u.Score?.Grade.ContractId : null)));
        units.Should().Contain(u => !u.Eligible, "the synthetic province bars some unit");

        List<DutyResultRow> duties = await read.Set<DutyResultRow>().ToListAsync();
        duties.OrderBy(d => assessment.Units.IndexOf(assessment.ForUnit(d.UnitId)!)).ThenBy(d => d.Seq)
            .Select(d => (d.UnitId, d.Rule, d.Required, d.Recorded, d.Status, d.ShortPeriods))
            .Should().Equal(assessment.Units.SelectMany(u => u.Duties.Select(d =>
                (u.Unit, d.Rule, d.Required, d.Recorded, d.Status, string.Join(' ', d.ShortPeriods)))));
        duties.Should().Contain(d => d.ShortPeriods.Contains("-Q", StringComparison.Ordinal));

        List<ExcellenceBlockRow> blocks = await read.Set<ExcellenceBlockRow>().ToListAsync();
        blocks.Count(b => b.Holder == AssessmentStore.UnitHolder).Should().Be(assessment.Units.Sum(u => u.Excellence.BlockedBy.Length));
        blocks.Count(b => b.Holder == AssessmentStore.MainLeaderHolder).Should().Be(assessment.Units.Sum(u => u.MainLeaderExcellence.BlockedBy.Length));
        blocks.Where(b => b.Holder == AssessmentStore.UnitHolder).OrderBy(b => b.UnitId.Value, StringComparer.Ordinal).ThenBy(b => b.Seq)
            .Select(b => (b.UnitId, b.Rule, b.Subject))
            .Should().Equal(assessment.Units.OrderBy(u => u.Unit.Value, StringComparer.Ordinal)
                .SelectMany(u => u.Excellence.BlockedBy.Select(b => (u.Unit, b.Rule, b.Subject))));

        (await read.Set<CadreActionRow>().OrderBy(a => a.Seq).ThenBy(a => a.Rule).Select(a => new { a.CadreId, a.Rule }).ToListAsync())
            .Select(a => (a.CadreId, a.Rule))
            .Should().Equal(assessment.Cadres.SelectMany(c => c.Actions.Select(r => (c.Cadre, r))));
        (await read.Set<FindingRow>().OrderBy(f => f.Seq).ToListAsync()).Select(f => (f.Rule, f.Subject, f.Message, f.ChineseMessage))
            .Should().Equal(assessment.Findings.Select(f => (f.Rule, f.Subject, f.Message, f.ChineseMessage)));
    }

    [Fact]
    public async Task SaveAsync_SameAssessmentTwice_StoresItOnceWhateverTheTime()
    {
        PairingCase @case = CaseStoreRoundTripTests.Province(version2: false);
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        await using PairingDbContext context = file.Context();
        await context.Database.EnsureCreatedAsync();

        AssessmentSaveResult first = await AssessmentStore.SaveAsync(context, @case, @case.Assess(), At);
        AssessmentSaveResult again = await AssessmentStore.SaveAsync(context, @case, @case.Assess(), At.Plus(Duration.FromDays(3)));

        again.Should().Be(new AssessmentSaveResult(first.AssessmentId, AlreadyStored: true));
        (await context.Set<StoredAssessment>().CountAsync()).Should().Be(1);
        (await context.Set<StoredAssessment>().SingleAsync()).AssessedAt.Should().Be(At);
    }

    [Fact]
    public async Task SaveAsync_OtherAsOfOrOtherCase_IsAnotherAssessment()
    {
        PairingCase @case = CaseStoreRoundTripTests.Province(version2: false);
        PairingCase midYear = SyntheticProvince.Generate(SyntheticOptions.Scaled(40 / 370.0, seed: 7) with { AsOf = new LocalDate(2019, 6, 30) });
        PairingCase other = SyntheticProvince.Generate(SyntheticOptions.Scaled(40 / 370.0, seed: 8));
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        await using PairingDbContext context = file.Context();
        await context.Database.EnsureCreatedAsync();

        var results = new List<AssessmentSaveResult>();
        foreach (PairingCase c in new[] { @case, midYear, other })
        {
            results.Add(await AssessmentStore.SaveAsync(context, c, c.Assess(), At));
        }

        results.Should().OnlyContain(r => !r.AlreadyStored);
        results.Select(r => r.AssessmentId).Should().OnlyHaveUniqueItems();
        (await AssessmentStore.ListAsync(context)).Select(a => a.AsOf).Should()
            .Equal(new LocalDate(2019, 12, 31), new LocalDate(2019, 12, 31), new LocalDate(2019, 6, 30));
    }

    [Fact]
    public async Task SaveAsync_AssessmentOfAnotherYear_IsRefusedAndNothingStored()
    {
        PairingCase @case = CaseStoreRoundTripTests.Province(version2: false);
        PairingCase earlier = SyntheticProvince.Generate(SyntheticOptions.Scaled(40 / 370.0, seed: 7) with { Year = 2018 });
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        await using PairingDbContext context = file.Context();
        await context.Database.EnsureCreatedAsync();

        Func<Task> save = () => AssessmentStore.SaveAsync(context, earlier, @case.Assess(), At);

        (await save.Should().ThrowAsync<ArgumentException>()).WithMessage("*2019*is not of the case*2018*").And.ParamName.Should().Be("assessment");
        (await context.Set<StoredAssessment>().CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task SaveAsync_ConnectionLostMidSave_LeavesNoHalfSavedAssessment()
    {
        PairingCase @case = CaseStoreRoundTripTests.Province(version2: true);
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        await using (PairingDbContext context = file.Context())
        {
            await context.Database.EnsureCreatedAsync();
        }

        await using (PairingDbContext failing = file.Context(new CloseConnectionOn("duty_results")))
        {
            Func<Task> save = () => AssessmentStore.SaveAsync(failing, @case, @case.Assess(), At);
            await save.Should().ThrowAsync<Exception>();
        }

        await using PairingDbContext read = file.Context();
        (await read.Set<StoredAssessment>().CountAsync()).Should().Be(0);
        (await read.Set<UnitResultRow>().CountAsync()).Should().Be(0);
        (await read.Set<DutyResultRow>().CountAsync()).Should().Be(0);
        (await AssessmentStore.SaveAsync(read, @case, @case.Assess(), At)).AlreadyStored.Should().BeFalse("the failed save left nothing behind");
    }

    [Fact]
    public async Task SaveAsync_TwoWritersAtOnce_BothLandAndARaceOnOneAssessmentStoresItOnce()
    {
        PairingCase year2019 = CaseStoreRoundTripTests.Province(version2: false);
        PairingCase year2018 = SyntheticProvince.Generate(SyntheticOptions.Scaled(40 / 370.0, seed: 2018) with { Year = 2018 });
        AnnualAssessment assessed2019 = year2019.Assess();
        AnnualAssessment assessed2018 = year2018.Assess(new AssessmentOptions(AllowYearOutsideEdition: true));
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        await using (PairingDbContext context = file.Context())
        {
            await context.Database.EnsureCreatedAsync();
        }

        AssessmentSaveResult[] years = await Task.WhenAll(
            Task.Run(() => SaveOnItsOwnContext(file, year2019, assessed2019)),
            Task.Run(() => SaveOnItsOwnContext(file, year2018, assessed2018)));
        AssessmentSaveResult[] same = await Task.WhenAll(
            Task.Run(() => SaveOnItsOwnContext(file, year2019, assessed2019)),
            Task.Run(() => SaveOnItsOwnContext(file, year2019, assessed2019)));

        years.Should().OnlyContain(r => !r.AlreadyStored);
        same.Should().OnlyContain(r => r.AlreadyStored && r.AssessmentId == years[0].AssessmentId);
        await using PairingDbContext read = file.Context();
        (await read.Set<StoredAssessment>().Select(a => a.Year).ToListAsync()).Should().BeEquivalentTo([2018, 2019]);
        (await read.Set<UnitResultRow>().CountAsync()).Should().Be(assessed2018.Units.Length + assessed2019.Units.Length);
    }

    [Fact]
    public async Task Stores_DatabaseOfANewerSchema_AreRefusedNamingTheMigration()
    {
        PairingCase @case = CaseStoreRoundTripTests.Province(version2: false);
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        await using PairingDbContext context = file.Context();
        await PairingSchema.MigrateAsync(context);
        await context.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_FromTheFuture', '99.0.0')");

        (await ((Func<Task>)(() => PairingSchema.MigrateAsync(context))).Should().ThrowAsync<NewerSchemaException>())
            .Which.UnknownMigrations.Should().Equal("29991231000000_FromTheFuture");
        (await ((Func<Task>)(() => AssessmentStore.SaveAsync(context, @case, @case.Assess(), At))).Should().ThrowAsync<NewerSchemaException>())
            .WithMessage("*newer schema*29991231000000_FromTheFuture*");
        await ((Func<Task>)(() => CaseStore.SaveAsync(context, "p", @case))).Should().ThrowAsync<NewerSchemaException>();
        await ((Func<Task>)(() => CaseStore.LoadAsync(context, "p"))).Should().ThrowAsync<NewerSchemaException>();
        (await context.Set<StoredAssessment>().CountAsync()).Should().Be(0);
    }

    private static async Task<AssessmentSaveResult> SaveOnItsOwnContext(ITestDatabase file, PairingCase @case, AnnualAssessment assessment)
    {
        await using PairingDbContext context = file.Context();
        return await AssessmentStore.SaveAsync(context, @case, assessment, At);
    }

    /// <summary>Closes the real connection when a command touches <c>table</c>: a connection lost mid-save.</summary>
    private sealed class CloseConnectionOn(string table) : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Close(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Close(command);
            return ValueTask.FromResult(result);
        }

        private void Close(DbCommand command)
        {
            // SQLite's SQL quotes every name ("duty_results"), Npgsql's only those that need it (duty_results).
            if (System.Text.RegularExpressions.Regex.IsMatch(command.CommandText, $@"\b{table}\b"))
            {
                command.Connection!.Close();
            }
        }
    }
}

public sealed class SqliteAssessmentStoreTests() : AssessmentStoreTests(new SqliteProvider());

[Collection(PostgresTests.Name)]
public sealed class PostgresAssessmentStoreTests(PostgresFixture postgres) : AssessmentStoreTests(new PostgresProvider(postgres));
