// A real PostgreSQL server for the tests and the benchmarks (linked into both projects, never into a package).
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using Npgsql;

namespace PairingDomain.Databases;

/// <summary>
/// A real PostgreSQL server, started by <see cref="StartAsync"/> with <c>initdb</c> and <c>pg_ctl</c> in a temporary
/// data directory on a free loopback port (trust authentication, superuser <c>pairing</c>) and stopped by
/// <see cref="DisposeAsync"/> (<c>pg_ctl stop -m fast</c>), which deletes the directory: no mock and no in-memory
/// stand-in. When PostgreSQL is not installed, or does not start, <see cref="StartAsync"/> throws with the reason and
/// the server's log: a test that needs it fails, never skips. <c>.ci/run</c> installs PostgreSQL from the Debian
/// packages when absent.
/// </summary>
/// <remarks>
/// The binaries are those of <c>PAIRING_PG_BIN</c>, else the newest <c>/usr/lib/postgresql/*/bin</c> (Debian), else
/// the first directory of <c>PATH</c> holding <c>initdb</c> and <c>pg_ctl</c>. initdb refuses to run as root: as root
/// the server runs as the packages' <c>postgres</c> user (<c>runuser</c>), the directory handed to it. Durability is
/// off (<c>fsync</c>, <c>synchronous_commit</c>, <c>full_page_writes</c>): the data is thrown away after the run.
/// </remarks>
internal sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pairing-pg-" + Guid.NewGuid().ToString("N")[..16]);
    private string? _bin;
    private bool _asPostgresUser;
    private bool _started;

    /// <summary>The connection string of the server's <c>postgres</c> database, as the superuser <c>pairing</c>.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    private string Data => Path.Combine(_root, "data");

    private string Log => Path.Combine(_root, "server.log");

    /// <summary>Starts a server: throws, naming the reason, when it cannot.</summary>
    public static async Task<PostgresServer> StartAsync()
    {
        var server = new PostgresServer();
        try
        {
            await server.InitializeAsync().ConfigureAwait(false);
            return server;
        }
        catch
        {
            await server.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>A connection string for a fresh, empty database of its own on the server.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        string name = "pairing_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using (var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection))
        {
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    private async Task InitializeAsync()
    {
        _bin = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL could not be started: it is not installed (no initdb and pg_ctl in PAIRING_PG_BIN, "
            + "/usr/lib/postgresql/*/bin or PATH); install it (apt-get install postgresql). The PostgreSQL tests never skip.");
        Directory.CreateDirectory(Data);
        Directory.CreateDirectory(Path.Combine(_root, "sockets"));
        _asPostgresUser = Environment.UserName == "root";
        if (_asPostgresUser)
        {
            await RunAsync("chown", ["-R", "postgres", _root], asPostgres: false).ConfigureAwait(false);
        }
        await RunAsync(Path.Combine(_bin, "initdb"), ["-D", Data, "-U", "pairing", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"],
            _asPostgresUser).ConfigureAwait(false);
        // A free port can be taken by another process before the server binds it: a few tries, each on a new port.
        for (int attempt = 1; ; attempt++)
        {
            int port = FreePort();
            string options = $"-p {port} -k {Path.Combine(_root, "sockets")} -c listen_addresses=127.0.0.1 -c fsync=off "
                + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50";
            try
            {
                _started = true;
                await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Data, "-l", Log, "-w", "-t", "60", "-o", options, "start"], _asPostgresUser)
                    .ConfigureAwait(false);
                ConnectionString = new NpgsqlConnectionStringBuilder
                {
                    Host = "127.0.0.1", Port = port, Username = "pairing", Database = "postgres", Timeout = 30, CommandTimeout = 300,
                }.ConnectionString;
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Data, "-m", "immediate", "-w", "stop"], _asPostgresUser, check: false)
                    .ConfigureAwait(false);
            }
        }
    }

    /// <summary>Stops the server (<c>pg_ctl stop -m fast</c>) and deletes its directory.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_started && _bin is not null)
        {
            await RunAsync(Path.Combine(_bin, "pg_ctl"), ["-D", Data, "-m", "fast", "-w", "stop"], _asPostgresUser, check: false)
                .ConfigureAwait(false);
        }
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held: the system cleans its temporary folder.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }

    private static string? FindBinaries()
    {
        static bool Has(string dir) => File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));

        string? configured = Environment.GetEnvironmentVariable("PAIRING_PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return Has(configured) ? configured : throw new InvalidOperationException(
                $"PostgreSQL could not be started: PAIRING_PG_BIN={configured} holds no initdb and pg_ctl");
        }
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            string? installed = Directory.GetDirectories("/usr/lib/postgresql")
                .Where(d => Has(Path.Combine(d, "bin")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(d), out int v) ? v : 0)
                .Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault();
            if (installed is not null)
            {
                return installed;
            }
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .FirstOrDefault(d => d.Length > 0 && Has(d));
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private async Task RunAsync(string program, string[] arguments, bool asPostgres, bool check = true)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The postgres user may not enter the caller's directory.
            WorkingDirectory = _root,
        };
        if (asPostgres)
        {
            foreach (string a in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(a);
            }
        }
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        using Process process = Process.Start(start) ?? throw new InvalidOperationException(
            $"PostgreSQL could not be started: {program} did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (check && process.ExitCode != 0)
        {
            string log = File.Exists(Log) ? await File.ReadAllTextAsync(Log).ConfigureAwait(false) : string.Empty;
            throw new InvalidOperationException(
                $"PostgreSQL could not be started: {Path.GetFileName(program)} {string.Join(' ', arguments)} exited {process.ExitCode}: "
                + $"{await error.ConfigureAwait(false)}{await output.ConfigureAwait(false)}{(log.Length > 0 ? "\nserver log:\n" + log : string.Empty)}");
        }
    }
}
