using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PairingDomain.EntityFrameworkCore.Design;

/// <summary>
/// Makes a <see cref="PairingDbContext"/> for <c>dotnet ef migrations</c>, which needs a context without an application
/// to start: on SQLite by default, on PostgreSQL with <c>-- --provider postgres</c>. The database named is never
/// opened by the migration commands.
/// </summary>
internal sealed class DesignTimePairingDbContextFactory : IDesignTimeDbContextFactory<PairingDbContext>
{
    public PairingDbContext CreateDbContext(string[] args)
    {
        string provider = "sqlite";
        for (int i = 0; i < args.Length - 1; i++)
        {
            if (args[i] == "--provider")
            {
                provider = args[i + 1];
            }
        }
        var options = new DbContextOptionsBuilder<PairingDbContext>();
        _ = provider switch
        {
            "sqlite" => options.UseSqlite("Data Source=pairing-design.db"),
            "postgres" => options.UseNpgsql("Host=localhost;Database=pairing_design"),
            _ => throw new ArgumentException($"--provider {provider}: sqlite or postgres", nameof(args)),
        };
        return new PairingDbContext(options.Options);
    }
}
