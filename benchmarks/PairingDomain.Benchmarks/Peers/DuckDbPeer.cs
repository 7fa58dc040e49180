using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DuckDB.NET.Data;
using PairingDomain.Benchmarks.Data;

namespace PairingDomain.Benchmarks.Peers;

/// <summary>
/// Peer 3: DuckDB in process. The ledger goes into an in-memory table with integer keys (the friendliest layout for
/// it), then one SQL query with GROUP BY computes the counts. Loading and querying are timed apart.
/// </summary>
public sealed class DuckDbPeer : IDisposable
{
    /// <summary>The query: the qualification rules as joins, EXISTS and a GROUP BY.</summary>
    public const string Query = """
        SELECT a.unit, d.duty, count(*) AS n
        FROM activities a
        JOIN duties d ON d.kind = a.kind
        LEFT JOIN leaders l ON l.id = a.leader
        WHERE a.day BETWEEN $start AND $asof
          AND (d.post = 0 OR (l.post = d.post AND a.day BETWEEN l.from_day AND l.to_day))
          AND (a.county IS NOT NULL OR d.scope = 0)
          AND EXISTS (
            SELECT 1 FROM pairings p
            WHERE p.unit = a.unit AND (a.county IS NULL OR p.county = a.county) AND (d.scope <> 1 OR p.lead)
              AND a.day BETWEEN p.from_day AND p.to_day)
        GROUP BY a.unit, d.duty
        """;

    private readonly DuckDBConnection _connection;
    private readonly FlatCase _flat;

    private DuckDbPeer(FlatCase flat)
    {
        _flat = flat;
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
    }

    /// <summary>The number of activity rows loaded.</summary>
    public long Rows { get; private set; }

    /// <summary>Opens an in-memory database and loads the roster tables and the ledger.</summary>
    /// <param name="flat">The roster tables.</param>
    /// <param name="activities">The activities.</param>
    /// <returns>The loaded database.</returns>
    public static DuckDbPeer Load(FlatCase flat, ReadOnlySpan<RawActivity> activities)
    {
        ArgumentNullException.ThrowIfNull(flat);
        var peer = new DuckDbPeer(flat);
        try
        {
            peer.Execute("""
                CREATE TABLE duties (duty INTEGER, kind TINYINT, post INTEGER, scope INTEGER);
                CREATE TABLE leaders (id INTEGER, post INTEGER, from_day DATE, to_day DATE);
                CREATE TABLE pairings (unit INTEGER, county INTEGER, lead BOOLEAN, from_day DATE, to_day DATE);
                CREATE TABLE activities (unit INTEGER, leader INTEGER, day DATE, county INTEGER, kind TINYINT);
                """);
            string[] posts = ["main-leader", "deputy-leader", "other-leader"];
            using (DuckDBAppender duties = peer._connection.CreateAppender("duties"))
            {
                for (int d = 0; d < DutyCatalog.Count; d++)
                {
                    PeerDuty duty = DutyCatalog.Duties[d];
                    duties.CreateRow().AppendValue(d).AppendValue((sbyte)Array.IndexOf(FlatCase.Kinds, duty.Kind))
                        .AppendValue(duty.Post is null ? 0 : Array.IndexOf(posts, duty.Post) + 1).AppendValue((int)duty.Scope).EndRow();
                }
            }
            using (DuckDBAppender leaders = peer._connection.CreateAppender("leaders"))
            {
                for (int l = 0; l < flat.Leaders.Length; l++)
                {
                    LeaderRow row = flat.Leaders[l];
                    leaders.CreateRow().AppendValue(l).AppendValue(Array.IndexOf(posts, row.Post) + 1).AppendValue(row.From)
                        .AppendValue(row.To ?? DateOnly.MaxValue).EndRow();
                }
            }
            using (DuckDBAppender pairings = peer._connection.CreateAppender("pairings"))
            {
                foreach (PairingRow p in flat.Pairings)
                {
                    pairings.CreateRow().AppendValue(flat.UnitIndex[p.Unit]).AppendValue(flat.CountyIndex[p.County]).AppendValue(p.Lead)
                        .AppendValue(p.From).AppendValue(p.To ?? DateOnly.MaxValue).EndRow();
                }
            }
            using (DuckDBAppender rows = peer._connection.CreateAppender("activities"))
            {
                for (int i = 0; i < activities.Length; i++)
                {
                    RawActivity a = activities[i];
                    IDuckDBAppenderRow row = rows.CreateRow().AppendValue(a.Unit);
                    row = a.Leader < 0 ? row.AppendNullValue() : row.AppendValue(a.Leader);
                    row = row.AppendValue(DateOnly.FromDayNumber(a.Day));
                    row = a.County < 0 ? row.AppendNullValue() : row.AppendValue(a.County);
                    row.AppendValue((sbyte)a.Kind).EndRow();
                }
            }
            peer.Rows = activities.Length;
            return peer;
        }
        catch
        {
            peer.Dispose();
            throw;
        }
    }

    /// <summary>Runs <see cref="Query"/> and reads the counts.</summary>
    /// <returns>The counts.</returns>
    public DutyCounts Count()
    {
        var counts = new int[_flat.UnitIds.Length * DutyCatalog.Count];
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = Query;
        command.Parameters.Add(new DuckDBParameter("start", _flat.YearStart));
        command.Parameters.Add(new DuckDBParameter("asof", _flat.AsOf));
        using DuckDBDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            counts[(reader.GetInt32(0) * DutyCatalog.Count) + reader.GetInt32(1)] = checked((int)reader.GetInt64(2));
        }
        return new DutyCounts(_flat.UnitIds.Length, counts);
    }

    /// <summary>The query plan, for the report.</summary>
    /// <returns>EXPLAIN's text.</returns>
    public string Explain()
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = "EXPLAIN " + Query;
        command.Parameters.Add(new DuckDBParameter("start", _flat.YearStart));
        command.Parameters.Add(new DuckDBParameter("asof", _flat.AsOf));
        using DuckDBDataReader reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(Convert.ToString(reader.GetValue(reader.FieldCount - 1), CultureInfo.InvariantCulture) ?? "");
        }
        return string.Join(Environment.NewLine, lines.Where(l => l.Length > 0));
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
