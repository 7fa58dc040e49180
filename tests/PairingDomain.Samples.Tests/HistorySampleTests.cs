using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using PairingDomain.Databases;
using Microsoft.Data.Sqlite;
using HistoryProgram = PairingDomain.Samples.History.Program;

namespace PairingDomain.Samples.Tests;

/// <summary>The history sample: two years stored, assessed and queried on a SQLite file; a second run stores nothing again.</summary>
public sealed class HistorySampleTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pairing-history-test-" + Guid.NewGuid().ToString("N"));

    public HistorySampleTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Run_Db_StoresBothYearsAndASecondRunFindsThemStored()
    {
        string db = Path.Combine(_folder, "history.db");

        SampleRun first = SampleRun.Of(HistoryProgram.Run, "--db", db);
        SampleRun second = SampleRun.Of(HistoryProgram.Run, "--db", db, "--unit", "U-031");

        first.ExitCode.Should().Be(0, first.Error);
        first.Error.Should().BeEmpty();
        File.Exists(db).Should().BeTrue();
        first.Lines.Should().Contain(l => l.StartsWith("2018: case sichuan-2018 stored", StringComparison.Ordinal) && l.EndsWith("assessment #1 stored", StringComparison.Ordinal));
        first.Lines.Should().Contain(l => l.StartsWith("2019: case sichuan-2019 stored", StringComparison.Ordinal) && l.EndsWith("assessment #2 stored", StringComparison.Ordinal));

        // Each run listed is counted in its heading, and the unit shown first is the first unit short two years running.
        int heading = Array.FindIndex(first.Lines, l => l.StartsWith("Units short of a duty two years running", StringComparison.Ordinal));
        int count = int.Parse(Regex.Match(first.Lines[heading], @": (\d+)$").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        string[] runs = [.. first.Lines.Skip(heading + 1).TakeWhile(l => l.Length > 0)];
        runs.Should().HaveCount(count).And.OnlyContain(l => l.EndsWith("2018–2019", StringComparison.Ordinal));
        count.Should().BeGreaterThan(0);
        string shownUnit = runs[0].Trim().Split(' ')[0];
        first.Lines.Should().Contain($"{shownUnit}: two years of duties, as of the day each year was assessed");
        first.Normalised.Should().ContainSingle(l => l == "2018 as of 2018-12-31: may be rated excellent" || l == "2018 as of 2018-12-31: barred from excellence");
        first.Normalised.Should().ContainSingle(l => l.StartsWith("2019 as of 2019-12-31: ", StringComparison.Ordinal));

        second.ExitCode.Should().Be(0, second.Error);
        second.Lines.Should().Contain(l => l.StartsWith("2018:", StringComparison.Ordinal) && l.EndsWith("assessment #1 already stored", StringComparison.Ordinal));
        second.Lines.Should().Contain(l => l.StartsWith("2019:", StringComparison.Ordinal) && l.EndsWith("assessment #2 already stored", StringComparison.Ordinal));
        second.Lines.Should().Contain("U-031: two years of duties, as of the day each year was assessed");
        second.Lines.SkipWhile(l => !l.StartsWith("Units short", StringComparison.Ordinal))
            .Should().Equal(first.Lines.SkipWhile(l => !l.StartsWith("Units short", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Run_Postgres_StoresQueriesAndAnswersAsOnSqlite()
    {
        await using PostgresServer server = await PostgresServer.StartAsync();
        string connection = await server.NewDatabaseAsync();
        string db = Path.Combine(_folder, "history.db");

        SampleRun postgres = SampleRun.Of(HistoryProgram.Run, "--postgres", connection);
        SampleRun sqlite = SampleRun.Of(HistoryProgram.Run, "--db", db);

        postgres.ExitCode.Should().Be(0, postgres.Error);
        postgres.Lines[0].Should().StartWith("PostgreSQL database ");
        postgres.Lines.Should().Contain(l => l.StartsWith("2019: case sichuan-2019 stored", StringComparison.Ordinal) && l.EndsWith("assessment #2 stored", StringComparison.Ordinal));
        // Everything after the timings is the same on both databases.
        postgres.Lines.SkipWhile(l => !l.Contains("two years of duties", StringComparison.Ordinal))
            .Should().Equal(sqlite.Lines.SkipWhile(l => !l.Contains("two years of duties", StringComparison.Ordinal)));
    }

    [Fact]
    public void Run_DbAndPostgres_Fails()
    {
        SampleRun run = SampleRun.Of(HistoryProgram.Run, "--db", "x.db", "--postgres", "Host=localhost");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("not both");
    }

    [Fact]
    public void Run_UnknownOption_Fails()
    {
        SampleRun run = SampleRun.Of(HistoryProgram.Run, "--nonsense");

        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("Unknown or incomplete option '--nonsense'");
    }
}
