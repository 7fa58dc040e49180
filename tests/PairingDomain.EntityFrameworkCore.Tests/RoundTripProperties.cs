using System.Threading;
using System.Threading.Tasks;
using CsCheck;
using NodaTime;
using PairingDomain.EntityFrameworkCore.Tests.Support;
using PairingDomain.Json;
using PairingDomain.Testing;

namespace PairingDomain.EntityFrameworkCore.Tests;

/// <summary>
/// The mapping round-trips every type: a random small province (any seed and size, <c>/1</c> or <c>/2</c>, full year or
/// an as-of date) saved and loaded back writes the same case bytes and the same assessment bytes, and its stored
/// assessment document is the assessment's.
/// </summary>
public abstract class RoundTripProperties
{
    private protected RoundTripProperties(TestProvider provider) => Provider = provider;

    private protected TestProvider Provider { get; }

    private const int Iterations = 25;

    private static readonly Gen<LocalDate?> s_asOf = Gen.Frequency(
        (1, Gen.Const((LocalDate?)null)),
        (3, Gen.Int[1, 365].Select(d => (LocalDate?)new LocalDate(2019, 1, 1).PlusDays(d - 1))));

    internal static readonly Gen<SyntheticOptions> Options =
        Gen.Select(Gen.Int[0, 1_000_000], Gen.Int[1, 10], Gen.Int[1, 4], Gen.Int[0, 8], Gen.Int[0, 4], s_asOf, Gen.Int[0, 3], Gen.Bool)
            .Select((seed, units, counties, villages, extraCadres, asOf, intensity, version2) => new SyntheticOptions
            {
                Seed = seed,
                AsOf = asOf,
                Units = units,
                Counties = counties,
                PostedVillages = villages,
                Cadres = villages == 0 ? 0 : villages + extraCadres,
                ActivityIntensity = intensity * 0.5,
                IncludeCadreWork = version2,
                IndicatorsForEveryVillage = version2 && seed % 2 == 0,
            });

    [Fact]
    public async Task SaveThenLoad_RandomProvince_GivesTheSameCaseAndAssessmentBytes()
    {
        using ITestDatabase file = await Provider.NewDatabaseAsync();
        using (PairingDbContext context = file.Context())
        {
            context.Database.EnsureCreated();
        }
        int iteration = 0;
        await Options.SampleAsync(async options => await RoundTrip(file, options, Interlocked.Increment(ref iteration)),
            iter: Iterations, threads: 1);
    }

    internal static async Task<bool> RoundTrip(ITestDatabase file, SyntheticOptions options, int iteration)
    {
        PairingCase @case = SyntheticProvince.Generate(options);
        string key = "case-" + iteration.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using (PairingDbContext context = file.Context())
        {
            await CaseStore.SaveAsync(context, key, @case);
            await AssessmentStore.SaveAsync(context, @case, @case.Assess(), AssessmentStoreTests.At);
        }

        await using PairingDbContext read = file.Context();
        CaseLoadResult loaded = await CaseStore.LoadAsync(read, key);
        loaded.Problems.Should().BeEmpty(options.ToString());
        CaseWriter.Write(loaded.Case).Should().Equal(CaseWriter.Write(@case), options.ToString());
        byte[] assessment = AssessmentWriter.Write(@case.Assess());
        AssessmentWriter.Write(loaded.Case.Assess()).Should().Equal(assessment, options.ToString());
        (await AssessmentStore.SaveAsync(read, loaded.Case, loaded.Case.Assess(), AssessmentStoreTests.At.Plus(Duration.FromHours(1))))
            .AlreadyStored.Should().BeTrue("the loaded case is the same case ({0})", options);
        return true;
    }
}

public sealed class SqliteRoundTripProperties() : RoundTripProperties(new SqliteProvider());

[Collection(PostgresTests.Name)]
public sealed class PostgresRoundTripProperties(PostgresFixture postgres) : RoundTripProperties(new PostgresProvider(postgres));
