using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;

namespace PairingDomain.EntityFrameworkCore;

/// <summary>
/// Brings a database to the schema of this package's migrations, and refuses one a newer version wrote
/// (<see cref="NewerSchemaException"/>): its tables may hold what this version cannot read or would lose on saving.
/// </summary>
/// <remarks>
/// <see cref="CaseStore"/> and <see cref="AssessmentStore"/> make the same check before they read or write. A database
/// made by <c>EnsureCreated</c>, which keeps no migration history, passes it.
/// <threadsafety>Stateless and thread-safe; a <see cref="DbContext"/> is not, so give each call its own.</threadsafety>
/// </remarks>
public static class PairingSchema
{
    private const string SchemaCheckSavepoint = "pairing_schema_check";

    /// <summary>Refuses a database that a newer schema wrote, then applies every pending migration.</summary>
    /// <param name="context">The context, such as a <see cref="PairingDbContext"/>.</param>
    /// <param name="cancellationToken">Cancels the migration.</param>
    /// <returns>A task that completes when the database is up to date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="NewerSchemaException">The database has migrations applied that this version does not know.</exception>
    public static async Task MigrateAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        await EnsureNotNewerAsync(context, cancellationToken).ConfigureAwait(false);
        await context.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Refuses a database with migrations applied that the context's migrations do not include.</summary>
    /// <param name="context">The context.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>A task that completes when the database is found not newer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="NewerSchemaException">The database has migrations applied that this version does not know.</exception>
    public static async Task EnsureNotNewerAsync(DbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Database.IsRelational())
        {
            return;
        }
        List<string> known = [.. context.Database.GetMigrations()];
        IEnumerable<string> applied;
        if (context.Database.CurrentTransaction is { SupportsSavepoints: true } transaction)
        {
            // Within the caller's transaction, behind a savepoint rolled back after: Npgsql's history repository probes
            // for its table by a query that fails when there is none (a database made by EnsureCreated), and a failed
            // statement aborts a PostgreSQL transaction. The check writes nothing, so rolling back loses nothing.
            await transaction.CreateSavepointAsync(SchemaCheckSavepoint, cancellationToken).ConfigureAwait(false);
            applied = [.. await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)];
            await transaction.RollbackToSavepointAsync(SchemaCheckSavepoint, cancellationToken).ConfigureAwait(false);
            await transaction.ReleaseSavepointAsync(SchemaCheckSavepoint, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            applied = await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false);
        }
        ImmutableArray<string> unknown = [.. applied.Where(m => !known.Contains(m, StringComparer.Ordinal))];
        if (!unknown.IsEmpty)
        {
            throw new NewerSchemaException(unknown, known.Count == 0 ? null : known[^1]);
        }
    }
}

/// <summary>
/// A database whose schema a newer version of the application or of this package wrote: it has migrations applied
/// that this version does not know, so reading it could misread its rows and writing could lose them.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class NewerSchemaException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="unknownMigrations">The migrations applied to the database that this version does not know.</param>
    /// <param name="latestKnown">The latest migration this version knows, or null for none.</param>
    public NewerSchemaException(IEnumerable<string> unknownMigrations, string? latestKnown)
        : base(Describe([.. unknownMigrations ?? []], latestKnown))
    {
        UnknownMigrations = [.. unknownMigrations ?? []];
        LatestKnown = latestKnown;
    }

    /// <summary>The migrations applied to the database that this version does not know, in the database's order.</summary>
    public ImmutableArray<string> UnknownMigrations { get; }

    /// <summary>The latest migration this version knows, or null for none.</summary>
    public string? LatestKnown { get; }

    private static string Describe(ImmutableArray<string> unknown, string? latestKnown) =>
        $"The database was written by a newer schema: it has the migration(s) {string.Join(", ", unknown)} applied, which this " +
        $"version does not know (its latest is {latestKnown ?? "none"}). Update the application (PairingDomain.EntityFrameworkCore) " +
        "before reading or writing this database.";
}
