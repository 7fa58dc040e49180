using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using PairingDomain.Testing;

namespace PairingDomain.Benchmarks.Data;

/// <summary>The sizes the benchmarks run at.</summary>
public enum Scale
{
    /// <summary>Sichuan 2019: 370 units, 88 counties, ~1,000 villages, ~1,500 cadres, ~50,000 activities.</summary>
    Province,

    /// <summary>
    /// National: 50,000 units, 250,000 villages, 1,000,000 cadres, 10,000,000 activities — or, with the environment
    /// variable <c>PAIRINGDOMAIN_BENCH_SCALE=ci</c>, a reduced stand-in so that a dry CI run stays fast.
    /// </summary>
    National,
}

/// <summary>The generated cases, once per process and scale.</summary>
public static class Cases
{
    /// <summary>The environment variable that swaps the national scale for a small one (<c>ci</c>).</summary>
    public const string ScaleVariable = "PAIRINGDOMAIN_BENCH_SCALE";

    private static readonly ConcurrentDictionary<Scale, Lazy<PairingCase>> s_cases = new();
    private static readonly ConcurrentDictionary<Scale, Lazy<PairingCase>> s_casesWithCadreWork = new();
    private static readonly ConcurrentDictionary<Scale, Lazy<FlatCase>> s_flat = new();

    /// <summary>Whether the national scale is reduced for CI.</summary>
    public static bool IsCiScale =>
        string.Equals(Environment.GetEnvironmentVariable(ScaleVariable), "ci", StringComparison.OrdinalIgnoreCase);

    /// <summary>The ledger intensity that gives the province about 50,000 activities (the preset's 1.0 gives ~15,000).</summary>
    public const double ProvinceIntensity = 5.5;

    /// <summary>
    /// The options of <see cref="SyntheticProvince"/> for a scale: its Sichuan-2019 preset with a busier ledger
    /// (<see cref="ProvinceIntensity"/>) and its national preset, or
    /// Sichuan 2019 scaled by 5 (about 1,850 units and 250,000 activities) for the national scale under CI.
    /// </summary>
    /// <param name="scale">The scale.</param>
    /// <returns>Its options.</returns>
    public static SyntheticOptions OptionsOf(Scale scale) => scale switch
    {
        Scale.Province => SyntheticOptions.Sichuan2019 with { ActivityIntensity = ProvinceIntensity },
        _ => IsCiScale ? SyntheticOptions.Scaled(5) : SyntheticOptions.National,
    };

    /// <summary>The case of a scale, generated on first use.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The case.</returns>
    public static PairingCase Get(Scale scale) =>
        s_cases.GetOrAdd(scale, s => new Lazy<PairingCase>(() => Timed($"generate {s}", () => SyntheticProvince.Generate(OptionsOf(s))))).Value;

    /// <summary>
    /// The case of a scale with the cadres' work of pairing-case/2 (<see cref="SyntheticOptions.IncludeCadreWork"/>),
    /// generated on first use: the same roster, ledger and grades as <see cref="Get"/>'s, plus local team members, a
    /// year of monthly attendance per cadre in post (about 9.7 million records for the national preset's 1,000,000
    /// cadres: a predecessor or successor has only the months in post), work records, reviews and the committee's
    /// trainings; and part 2 (issue 14): focus topics, outcomes (about 2,300,000 at national scale), exit indicator
    /// records (one per village: 250,000 at national scale) and party pairings.
    /// </summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The case.</returns>
    public static PairingCase GetWithCadreWork(Scale scale) =>
        s_casesWithCadreWork.GetOrAdd(scale, s => new Lazy<PairingCase>(() =>
            Timed($"generate {s} with cadre work", () => Counted(SyntheticProvince.Generate(OptionsOf(s) with { IncludeCadreWork = true }))))).Value;

    private static PairingCase Counted(PairingCase c)
    {
        Console.WriteLine($"// pairing-case/2: {c.Ledger.Count:N0} activities, {c.CadreWork?.Attendance.Length ?? 0:N0} attendance months, " +
            $"{c.Outcomes.Count:N0} outcomes, {c.ExitIndicators.Villages.Length:N0} village, {c.ExitIndicators.Households.Length:N0} household and " +
            $"{c.ExitIndicators.Counties.Length:N0} county indicator records");
        return c;
    }

    /// <summary>The case of a scale, flattened for the peers.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>The flat case.</returns>
    public static FlatCase Flat(Scale scale) =>
        s_flat.GetOrAdd(scale, s => new Lazy<FlatCase>(() => FlatCase.From(Get(s)))).Value;

    /// <summary>Runs a set-up step and prints how long it took.</summary>
    /// <typeparam name="T">The result's type.</typeparam>
    /// <param name="what">What runs.</param>
    /// <param name="step">The step.</param>
    /// <returns>Its result.</returns>
    public static T Timed<T>(string what, Func<T> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var watch = Stopwatch.StartNew();
        T result = step();
        Console.WriteLine($"// setup: {what}: {watch.Elapsed.TotalSeconds:F1} s");
        return result;
    }
}
