using Microsoft.EntityFrameworkCore;

namespace PairingDomain.EntityFrameworkCore;

/// <summary>
/// A context holding only stored pairing cases (<see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>), for an
/// application that keeps them in a database of their own; one with tables of its own applies the model to its own
/// context instead. The committed migrations (<c>Migrations/</c>) are for SQLite.
/// </summary>
/// <remarks><threadsafety>Not thread-safe, as any <see cref="DbContext"/>: one per unit of work.</threadsafety></remarks>
public sealed class PairingDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">The options: the provider and its connection.</param>
    public PairingDbContext(DbContextOptions<PairingDbContext> options)
        : base(options)
    {
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyPairingDomain();
}
