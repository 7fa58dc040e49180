using System;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace PairingDomain.EntityFrameworkCore;

public static partial class CaseStore
{
    /// <summary>
    /// Writes <paramref name="part"/>'s rows with one prepared, parameterised <c>INSERT</c> run once per row on the
    /// context's connection, in its transaction: the columns and converters of the model, as <see cref="CopyAsync"/>
    /// takes them, so the rows are the ones <c>SaveChanges</c> would write, without the context tracking any.
    /// </summary>
    private static async Task InsertAsync(DbContext context, RowPart part, CancellationToken cancellationToken)
    {
        IEntityType entity = context.Model.FindEntityType(part.RowType)
            ?? throw new InvalidOperationException($"The context's model has no {part.RowType.Name}: apply ApplyPairingDomain to it.");
        string table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        CopyColumn[] columns = [.. entity.GetProperties().Select(p => CopyColumn.Of(p, store))];
        ISqlGenerationHelper sql = context.GetService<ISqlGenerationHelper>();

        DbConnection connection = context.Database.GetDbConnection();
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table, entity.GetSchema())} " +
            $"({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) " +
            $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";
        DbParameter[] parameters = new DbParameter[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            DbParameter parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture);
            parameter.DbType = columns[i].ProviderType == typeof(int) ? DbType.Int32
                : columns[i].ProviderType == typeof(bool) ? DbType.Boolean
                : DbType.String;
            command.Parameters.Add(parameter);
            parameters[i] = parameter;
        }
        try
        {
            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            foreach (object row in part.Rows)
            {
                for (int i = 0; i < columns.Length; i++)
                {
                    parameters[i].Value = columns[i].ValueOf(row) ?? DBNull.Value;
                }
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (DbException e)
        {
            throw new DbUpdateException($"The database refused a row of {table} (prepared insert): {e.Message}", e);
        }
    }
}
