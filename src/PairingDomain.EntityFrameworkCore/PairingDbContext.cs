using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PairingDomain.EntityFrameworkCore;

/// <summary>
/// A context holding only stored pairing cases (<see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>), for an
/// application that keeps them in a database of their own; one with tables of its own applies the model to its own
/// context instead. It ships committed migrations for SQLite (<c>Migrations/Sqlite</c>) and PostgreSQL
/// (<c>Migrations/Postgres</c>), and <c>Database.Migrate</c> applies those of the provider it is configured with.
/// </summary>
/// <remarks><threadsafety>Not thread-safe, as any <see cref="DbContext"/>: one per unit of work.</threadsafety></remarks>
public sealed class PairingDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">The options: the provider (SQLite or PostgreSQL for the committed migrations) and its connection.</param>
    public PairingDbContext(DbContextOptions<PairingDbContext> options)
        : base(options)
    {
    }

    /// <summary>Makes EF Core find the migrations of the configured provider only (<c>Migrations/Sqlite</c> or <c>Migrations/Postgres</c>).</summary>
    /// <param name="optionsBuilder">The options being configured.</param>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        optionsBuilder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyPairingDomain();
}
