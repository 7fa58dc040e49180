using System;
using System.Collections.Generic;
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
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using PairingDomain.EntityFrameworkCore.Rows;

namespace PairingDomain.EntityFrameworkCore;

public static partial class CaseStore
{
    /// <summary>
    /// Every cell of the case stored under <paramref name="caseKey"/> that its converter cannot read, as
    /// <c>invalid-value</c> at <c>table[key].column</c>: each table of the case read as plain provider values, in model
    /// order, then key order.
    /// </summary>
    private static async Task<IReadOnlyList<Problem>> UnreadableCellsAsync(DbContext context, string caseKey, CancellationToken cancellationToken)
    {
        var problems = new List<Problem>();
        ISqlGenerationHelper sql = context.GetService<ISqlGenerationHelper>();
        DbConnection connection = context.Database.GetDbConnection();
        bool opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        try
        {
            foreach (IEntityType entity in context.Model.GetEntityTypes().Where(e => e.FindProperty(nameof(StoredCase.CaseKey)) is not null))
            {
                string table = entity.GetTableName()!;
                var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
                IProperty[] keys = [.. entity.FindPrimaryKey()!.Properties.Where(p => p.Name != nameof(StoredCase.CaseKey))];
                IProperty[] converted = [.. entity.GetProperties().Where(p => p.GetValueConverter() is not null)];
                if (converted.Length == 0)
                {
                    continue;
                }
                IProperty[] columns = [.. keys, .. converted];
                await using DbCommand command = connection.CreateCommand();
                command.Transaction = context.Database.CurrentTransaction?.GetDbTransaction();
                command.CommandText =
                    $"SELECT {string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(store)!)))} " +
                    $"FROM {sql.DelimitIdentifier(table, entity.GetSchema())} " +
                    $"WHERE {sql.DelimitIdentifier(entity.FindProperty(nameof(StoredCase.CaseKey))!.GetColumnName(store)!)} = @case_key";
                DbParameter parameter = command.CreateParameter();
                parameter.ParameterName = "@case_key";
                parameter.Value = caseKey;
                command.Parameters.Add(parameter);
                await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    string at = keys.Length == 0
                        ? Located(table, caseKey)
                        : Located(table, [.. keys.Select((_, i) => Text(reader.GetValue(i)))]);
                    for (int c = 0; c < converted.Length; c++)
                    {
                        object raw = reader.GetValue(keys.Length + c);
                        if (raw is DBNull)
                        {
                            continue;
                        }
                        ValueConverter converter = converted[c].GetValueConverter()!;
                        if (Refusal(converter, raw) is { } reason)
                        {
                            string column = converted[c].GetColumnName(store)!;
                            string type = converter.ModelClrType.Name;
                            problems.Add(new Problem($"{at}.{column}", ProblemCodes.InvalidValue,
                                $"'{Text(raw)}' cannot be read as {type}: {reason}", $"“{Text(raw)}”无法读作 {type}：{reason}"));
                        }
                    }
                }
            }
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync().ConfigureAwait(false);
            }
        }
        return problems;
    }

    /// <summary>Why <paramref name="converter"/> refuses <paramref name="raw"/>, or null when it reads it.</summary>
    private static string? Refusal(ValueConverter converter, object raw)
    {
        try
        {
            object? provider = raw.GetType() == converter.ProviderClrType ? raw : Convert.ChangeType(raw, converter.ProviderClrType, CultureInfo.InvariantCulture);
            converter.ConvertFromProvider(provider);
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return e.Message;
        }
    }

    private static string Text(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
}
