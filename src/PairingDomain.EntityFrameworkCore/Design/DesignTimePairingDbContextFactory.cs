using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PairingDomain.EntityFrameworkCore.Design;

/// <summary>
/// Makes a <see cref="PairingDbContext"/> on SQLite for <c>dotnet ef migrations</c>, which needs a context without an
/// application to start: the file named is never opened by the migration commands.
/// </summary>
internal sealed class DesignTimePairingDbContextFactory : IDesignTimeDbContextFactory<PairingDbContext>
{
    public PairingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PairingDbContext>().UseSqlite("Data Source=pairing-design.db").Options);
}
