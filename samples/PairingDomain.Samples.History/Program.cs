using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NodaTime;
using PairingDomain.Assessment;
using PairingDomain.EntityFrameworkCore;
using PairingDomain.Testing;
using static PairingDomain.Samples.TextLayout;

namespace PairingDomain.Samples.History;

/// <summary>
/// The assessment history on a database: stores the synthetic Sichuan province for 2018 and 2019 (the generator's seed
/// varies with the year), loads each back, assesses it and keeps the assessment, then asks the questions a provincial
/// office asks across years — a unit's two-year history, the units short of a duty two years running, the change per
/// duty — through PairingDomain.EntityFrameworkCore. SQLite in a temporary folder by default; <c>--db FILE</c> keeps
/// the file; <c>--postgres CONNECTION</c> uses a PostgreSQL server.
/// </summary>
internal static class Program
{
    private const int Ok = 0;
    private const int Failure = 1;
    private static readonly int[] s_years = [2018, 2019];

    private const string Usage = """
        Usage:
          dotnet run --project samples/PairingDomain.Samples.History [-- OPTIONS]

        Options:
          (none)            a SQLite file in a temporary folder, deleted at the end
          --db FILE         the SQLite file FILE, kept (created and migrated when new); a second run
                            finds its assessments already stored
          --postgres CONNECTION
                            a PostgreSQL database instead (an Npgsql connection string, such as
                            "Host=localhost;Database=pairing;Username=pairing"), migrated when new
          --unit ID         the unit whose history is printed (default: the first unit short of a duty
                            two years running)
          --help, -h        show this text

        Exit codes:
          0  stored, assessed and queried
          1  anything else: a bad command line, a database that cannot be opened or was written by a
             newer schema

        """;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return Run(args, Console.Out, Console.Error);
    }

    /// <summary>Runs the sample with <paramref name="args"/>, writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? file = null, postgres = null;
        UnitId? unit = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h" or "-?":
                    output.Write(Usage);
                    return Ok;
                case "--db" when i + 1 < args.Length:
                    file = args[++i];
                    break;
                case "--postgres" when i + 1 < args.Length:
                    postgres = args[++i];
                    break;
                case "--unit" when i + 1 < args.Length && UnitId.IsValid(args[i + 1]):
                    unit = new UnitId(args[++i]);
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete option '{args[i]}'. Try --help.");
                    return Failure;
            }
        }

        if (file is not null && postgres is not null)
        {
            error.WriteLine("Give --db or --postgres, not both.");
            return Failure;
        }
        string? temporary = file is null && postgres is null
            ? Path.Combine(Path.GetTempPath(), "pairing-history-" + Guid.NewGuid().ToString("N"))
            : null;
        try
        {
            DbContextOptions<PairingDbContext> options;
            if (postgres is not null)
            {
                options = new DbContextOptionsBuilder<PairingDbContext>().UseNpgsql(postgres).Options;
                output.WriteLine($"PostgreSQL database {new NpgsqlConnectionStringBuilder(postgres) { Password = null }.ConnectionString}");
            }
            else
            {
                string path = file ?? Path.Combine(Directory.CreateDirectory(temporary!).FullName, "history.db");
                options = new DbContextOptionsBuilder<PairingDbContext>()
                    .UseSqlite(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()).Options;
                output.WriteLine($"SQLite database {path}{(temporary is null ? string.Empty : " (temporary)")}");
            }
            return RunAsync(() => new PairingDbContext(options), unit, output).GetAwaiter().GetResult();
        }
        catch (ArgumentException e) when (postgres is not null)
        {
            error.WriteLine($"Not a PostgreSQL connection string: {e.Message}");
            return Failure;
        }
        catch (Exception e) when (e is NewerSchemaException or DbUpdateException or SqliteException or NpgsqlException or IOException
            or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return Failure;
        }
        finally
        {
            if (temporary is not null)
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    private static async Task<int> RunAsync(Func<PairingDbContext> open, UnitId? unit, TextWriter output)
    {
        await using (PairingDbContext context = open())
        {
            await PairingSchema.MigrateAsync(context);
        }

        foreach (int year in s_years)
        {
            await StoreAndAssessAsync(open, year, output);
        }

        await using PairingDbContext db = open();
        IReadOnlyList<ShortRun> runs = await db.ShortInConsecutiveYearsAsync(2);
        UnitId shown = unit ?? (runs.Count > 0 ? runs[0].Unit : new UnitId("U-031"));

        output.WriteLine();
        output.WriteLine($"{shown}: two years of duties, as of the day each year was assessed");
        IReadOnlyList<UnitYear> history = await db.UnitHistoryAsync(shown);
        if (history.Count == 0)
        {
            output.WriteLine("  no stored assessment assessed this unit");
        }
        foreach (UnitYear year in history)
        {
            output.WriteLine($"  {N(year.Year)} as of {year.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}: " +
                $"{(year.Eligible ? "may be rated excellent" : "barred from excellence")}");
            foreach (DutyYear duty in year.Duties)
            {
                output.WriteLine($"    {PadRight(duty.Rule.Value, 28)}{PadLeft(N(duty.Recorded), 4)} of {PadRight(N(duty.Required), 4)}{duty.Status.ContractId}");
            }
        }

        output.WriteLine();
        output.WriteLine($"Units short of a duty two years running (2018 and 2019): {N(runs.Count)}");
        foreach (ShortRun run in runs)
        {
            output.WriteLine($"  {PadRight(run.Unit.Value, 8)}{PadRight(run.Rule.Value, 28)}{N(run.FirstYear)}–{N(run.LastYear)}");
        }

        output.WriteLine();
        output.WriteLine("Change per duty, 2018 → 2019 (units short of units owing)");
        foreach (DutyYearChange change in await db.DutyYearOverYearAsync(2019))
        {
            output.WriteLine($"  {PadRight(change.Rule.Value, 28)}{PadLeft(N(change.PreviousUnitsShort), 4)}/{PadRight(N(change.PreviousUnitsOwing), 4)}→" +
                $"{PadLeft(N(change.UnitsShort), 4)}/{PadRight(N(change.UnitsOwing), 4)} newly short {PadLeft(N(change.UnitsNewlyShort), 3)}, " +
                $"no longer short {PadLeft(N(change.UnitsNoLongerShort), 3)}");
        }
        return Ok;
    }

    /// <summary>Stores the year's case, loads it back as an application would, assesses it and keeps the assessment.</summary>
    private static async Task StoreAndAssessAsync(Func<PairingDbContext> open, int year, TextWriter output)
    {
        string key = $"sichuan-{N(year)}";
        PairingCase generated = SyntheticProvince.Generate(SyntheticOptions.Sichuan2019 with { Year = year, Seed = year });
        var watch = Stopwatch.StartNew();
        await using (PairingDbContext context = open())
        {
            await CaseStore.SaveAsync(context, key, generated);
        }
        TimeSpan saving = watch.Elapsed;

        watch.Restart();
        CaseLoadResult loaded;
        await using (PairingDbContext context = open())
        {
            loaded = await CaseStore.LoadAsync(context, key);
        }
        if (!loaded.Success)
        {
            throw new InvalidOperationException($"The stored case {key} does not load: {loaded.Problems[0]}");
        }
        TimeSpan loading = watch.Elapsed;

        // The one built-in edition is sichuan-2019's; 2018 is assessed under its rules on purpose (AllowYearOutsideEdition).
        AnnualAssessment assessment = loaded.Case.Assess(new AssessmentOptions(AllowYearOutsideEdition: year != 2019));
        AssessmentSaveResult saved;
        await using (PairingDbContext context = open())
        {
            saved = await AssessmentStore.SaveAsync(context, loaded.Case, assessment, SystemClock.Instance.GetCurrentInstant());
        }
        int shortDuties = assessment.Units.Sum(u => u.Duties.Count(d => d.Status == DutyStatus.Short));
        output.WriteLine($"{N(year)}: case {key} stored ({Thousands(generated.Ledger.Count)} activities, {Seconds(saving)} s) and loaded back " +
            $"({Seconds(loading)} s); {N(assessment.Units.Length)} units, {N(shortDuties)} duties short; assessment #{saved.AssessmentId} " +
            (saved.AlreadyStored ? "already stored" : "stored"));
    }

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
}
