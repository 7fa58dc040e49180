using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PairingDomain.Benchmarks.Persistence;

/// <summary>
/// The throughput of a persistence benchmark: activities saved and loaded back per second (the case's ledger over the
/// mean time of one save and load). The set-up, in the benchmark's process, records the ledger's size in a file the
/// column reads in the host's, so it works in and out of process.
/// </summary>
public sealed class ActivitiesPerSecondColumn : IColumn
{
    /// <summary>Records the ledger size of a benchmark case's case (in its set-up).</summary>
    /// <param name="key">The case's key (<see cref="KeyOf(string, object?[])"/>).</param>
    /// <param name="activities">The ledger's size.</param>
    public static void Record(string key, int activities)
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(Path.Combine(Folder, key + ".txt"), activities.ToString(CultureInfo.InvariantCulture));
    }

    private static string Folder => Path.Combine(Path.GetTempPath(), "pairing-bench-activities");

    /// <inheritdoc/>
    public string Id => nameof(ActivitiesPerSecondColumn);

    /// <inheritdoc/>
    public string ColumnName => "Activities/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Activities saved and loaded back per second: the ledger's size over the mean of one save and load";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        string file = Path.Combine(Folder, KeyOf(benchmarkCase) + ".txt");
        double? mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is not > 0 || !File.Exists(file))
        {
            return "-";
        }
        int activities = int.Parse(File.ReadAllText(file), CultureInfo.InvariantCulture);
        return (activities / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <summary>The key of a benchmark case: its class, then its parameters' values (as its set-up names them).</summary>
    /// <param name="benchmarkClass">The benchmark class's name.</param>
    /// <param name="parameters">The values of its parameters.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(string benchmarkClass, params object?[] parameters) =>
        string.Join('-', [benchmarkClass, .. parameters.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture))]);

    private static string KeyOf(BenchmarkCase benchmarkCase) =>
        KeyOf(benchmarkCase.Descriptor.Type.Name, [.. benchmarkCase.Parameters.Items.Select(p => p.Value)]);

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}

/// <summary>The persistence benchmarks' configuration: the default one with <see cref="ActivitiesPerSecondColumn"/>.</summary>
public sealed class PersistenceConfig : ManualConfig
{
    /// <summary>Creates it.</summary>
    public PersistenceConfig() => AddColumn(new ActivitiesPerSecondColumn());
}
