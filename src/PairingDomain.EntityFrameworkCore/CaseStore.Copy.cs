using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;

namespace PairingDomain.EntityFrameworkCore;

public static partial class CaseStore
{
    /// <summary>
    /// Writes <paramref name="part"/>'s rows with one binary <c>COPY</c> into its table, on the context's connection and
    /// so in its transaction: every column the model maps, named and converted as the model does (the same converters
    /// as <c>SaveChanges</c>), so the rows are the ones <c>SaveChanges</c> would write.
    /// </summary>
    private static async Task CopyAsync(DbContext context, NpgsqlConnection connection, RowPart part, CancellationToken cancellationToken)
    {
        IEntityType entity = context.Model.FindEntityType(part.RowType)
            ?? throw new InvalidOperationException($"The context's model has no {part.RowType.Name}: apply ApplyPairingDomain to it.");
        string table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        CopyColumn[] columns = [.. entity.GetProperties().Select(p => CopyColumn.Of(p, store))];
        string qualified = entity.GetSchema() is { } schema ? Quote(schema) + "." + Quote(table) : Quote(table);
        string command = $"COPY {qualified} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)";
        try
        {
            await using NpgsqlBinaryImporter importer = await connection.BeginBinaryImportAsync(command, cancellationToken).ConfigureAwait(false);
            // Rows are written synchronously into the importer's buffer, which flushes as it fills: an await per value
            // costs more than the value (a national ledger is 10 million rows of 11 values). Cancellation is checked
            // every 4,096 rows.
            int written = 0;
            foreach (object row in part.Rows)
            {
                if ((++written & 4095) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
                importer.StartRow();
                foreach (CopyColumn column in columns)
                {
                    column.Write(importer, row);
                }
            }
            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e) when (e is not { InnerException: OperationCanceledException })
        {
            throw new DbUpdateException($"The database refused the rows of {table} (binary COPY): {e.Message}", e);
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>One column of a binary COPY: its name, how its value is read from a row and converted, and its wire type.</summary>
    private sealed class CopyColumn
    {
        private readonly Func<object, object?> _read;
        private readonly Func<object?, object?>? _convert;
        private readonly NpgsqlDbType _type;

        private CopyColumn(string name, Func<object, object?> read, Func<object?, object?>? convert, NpgsqlDbType type, Type provider)
        {
            Name = name;
            _read = read;
            _convert = convert;
            _type = type;
            ProviderType = provider;
        }

        public string Name { get; }

        /// <summary>The type of the column's values as written: <see cref="string"/>, <see cref="int"/> or <see cref="bool"/>.</summary>
        public Type ProviderType { get; }

        /// <summary>The value of the column for <paramref name="row"/>, converted as the model converts it; null for SQL NULL.</summary>
        public object? ValueOf(object row)
        {
            object? value = _read(row);
            return value is not null && _convert is not null ? _convert(value) : value;
        }

        public static CopyColumn Of(IProperty property, StoreObjectIdentifier store)
        {
            ValueConverter? converter = property.GetTypeMapping().Converter;
            Type provider = Nullable.GetUnderlyingType(converter?.ProviderClrType ?? property.ClrType) ?? converter?.ProviderClrType ?? property.ClrType;
            NpgsqlDbType type = provider == typeof(string) ? NpgsqlDbType.Text
                : provider == typeof(int) ? NpgsqlDbType.Integer
                : provider == typeof(bool) ? NpgsqlDbType.Boolean
                : throw new NotSupportedException($"Binary COPY writes text, integer and boolean columns; {property.Name} is {provider.Name}.");
            // (object row) => (object)((TRow)row).Property, compiled once per column and table.
            ParameterExpression row = Expression.Parameter(typeof(object), "row");
            Func<object, object?> read = Expression.Lambda<Func<object, object?>>(
                Expression.Convert(Expression.Property(Expression.Convert(row, property.DeclaringType.ClrType), property.PropertyInfo!), typeof(object)),
                row).Compile();
            return new CopyColumn(property.GetColumnName(store)!, read, converter?.ConvertToProvider, type, provider);
        }

        public void Write(NpgsqlBinaryImporter importer, object row)
        {
            switch (ValueOf(row))
            {
                case null:
                    importer.WriteNull();
                    break;
                case string text:
                    importer.Write(text, _type);
                    break;
                case int number:
                    importer.Write(number, _type);
                    break;
                case bool flag:
                    importer.Write(flag, _type);
                    break;
                case { } value:
                    throw new NotSupportedException($"Binary COPY of {Name}: a {value.GetType().Name} value");
            }
        }
    }
}
