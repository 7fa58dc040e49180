using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace PairingDomain.EntityFrameworkCore;

/// <summary>
/// The migrations of <see cref="PairingDbContext"/> for the provider it runs on: those of the namespace
/// <c>PairingDomain.EntityFrameworkCore.Migrations.Sqlite</c> on SQLite, <c>….Migrations.Postgres</c> on PostgreSQL,
/// each set with its own model snapshot, in the one assembly of the package.
/// </summary>
/// <remarks>
/// EF Core finds every migration of a context in its migrations assembly, whatever the provider; its documentation
/// ("Migrations with Multiple Providers") offers one context type per provider, or one migrations assembly per
/// provider. The package ships one context and one assembly, so this replacement of <see cref="IMigrationsAssembly"/>
/// (registered by <see cref="PairingDbContext"/>) keeps EF Core's own discovery and filters it by namespace. On any
/// other provider there is no migration, and <c>Migrate</c> creates nothing: use <c>EnsureCreated</c> or migrations
/// of your own there. <c>dotnet ef migrations add … -- --provider postgres</c> goes through it too, so that a new
/// migration is made against the snapshot of its own provider.
/// </remarks>
#pragma warning disable EF1001 // MigrationsAssembly is EF Core's internal implementation, derived from to keep its discovery.
internal sealed class ProviderMigrationsAssembly(
    ICurrentDbContext currentContext,
    IDbContextOptions options,
    IMigrationsIdGenerator idGenerator,
    IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
    : MigrationsAssembly(currentContext, options, idGenerator, logger)
{
    /// <summary>The namespace of the SQLite migrations.</summary>
    internal const string SqliteNamespace = "PairingDomain.EntityFrameworkCore.Migrations.Sqlite";

    /// <summary>The namespace of the PostgreSQL migrations.</summary>
    internal const string PostgresNamespace = "PairingDomain.EntityFrameworkCore.Migrations.Postgres";

    private readonly string? _namespace = NamespaceOf(currentContext.Context.Database.ProviderName);
    private IReadOnlyDictionary<string, TypeInfo>? _migrations;
    private ModelSnapshot? _snapshot;
    private bool _snapshotFound;

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, TypeInfo> Migrations => _migrations ??= new SortedList<string, TypeInfo>(
        base.Migrations.Where(m => m.Value.Namespace == _namespace).ToDictionary(m => m.Key, m => m.Value), StringComparer.Ordinal);

    /// <inheritdoc/>
    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!_snapshotFound)
            {
                Type? type = Assembly.GetTypes().FirstOrDefault(t => t.Namespace == _namespace && typeof(ModelSnapshot).IsAssignableFrom(t)
                    && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(PairingDbContext));
                _snapshot = type is null ? null : (ModelSnapshot)Activator.CreateInstance(type)!;
                _snapshotFound = true;
            }
            return _snapshot;
        }
    }

    /// <summary>The namespace of the migrations for the provider named, or null for a provider the package has none for.</summary>
    internal static string? NamespaceOf(string? providerName) => providerName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => SqliteNamespace,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => PostgresNamespace,
        _ => null,
    };
}
#pragma warning restore EF1001
