namespace PairingDomain.EntityFrameworkCore;

/// <summary>
/// How <see cref="CaseStore.SaveAsync"/>
/// writes a case's rows. Whichever the method, the rows and their values are the same, the save is one transaction,
/// and the case loads back equal.
/// </summary>
/// <remarks><threadsafety>An enumeration: immutable and thread-safe.</threadsafety></remarks>
public enum CaseSaveMethod
{
    /// <summary>
    /// <see cref="BinaryCopy"/> on PostgreSQL (the Npgsql provider), <see cref="PreparedInsert"/> on any other provider.
    /// </summary>
    Automatic = 0,

    /// <summary>
    /// Every row added to the context with change detection off and written by one
    /// <see cref="Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(System.Threading.CancellationToken)"/>: works on
    /// every provider and goes through the context's interceptors and conventions.
    /// </summary>
    SaveChanges = 1,

    /// <summary>
    /// PostgreSQL only: the head row by <c>SaveChanges</c>, then every table's rows streamed with one binary
    /// <c>COPY … FROM STDIN</c> per table (<c>NpgsqlConnection.BeginBinaryImport</c>) on the context's connection, in
    /// its transaction, each value converted as the model converts it; no row is tracked by the context and no table is
    /// held in memory. A row the database refuses throws a <see cref="Microsoft.EntityFrameworkCore.DbUpdateException"/>,
    /// as <see cref="SaveChanges"/> does.
    /// </summary>
    BinaryCopy = 2,

    /// <summary>
    /// Every provider: the head row by <c>SaveChanges</c>, then every table's rows with one prepared, parameterised
    /// <c>INSERT</c> per table, run once per row on the context's connection in its transaction, each value converted as
    /// the model converts it; no row is tracked by the context and no table is held in memory. On SQLite, where a
    /// statement is cheap and there is no bulk protocol, this is the fast path. A row the database refuses throws a
    /// <see cref="Microsoft.EntityFrameworkCore.DbUpdateException"/>, as <see cref="SaveChanges"/> does.
    /// </summary>
    PreparedInsert = 3,
}
