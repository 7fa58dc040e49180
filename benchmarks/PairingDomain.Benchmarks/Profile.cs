using System;
using System.Diagnostics;
using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Benchmarks.Data;
using PairingDomain.Benchmarks.Peers;

namespace PairingDomain.Benchmarks;

/// <summary>
/// <c>--profile [province|national]</c>: a Stopwatch breakdown outside BenchmarkDotNet — generation, the library's
/// assessment (repeated) and the raw scan — to see where the time goes.
/// </summary>
public static class Profile
{
    /// <summary>Runs the breakdown.</summary>
    /// <param name="scale">The scale.</param>
    public static void Run(Scale scale)
    {
        PairingCase source = Cases.Get(scale);
        Console.WriteLine($"// {source.Roster.Units.Length} units, {source.Roster.Counties.Length} counties, {source.Roster.Villages.Length} villages, " +
            $"{source.Roster.Cadres.Length} cadres, {source.Ledger.Count} activities, {source.Roster.Findings.Length} roster findings");
        FlatCase flat = Cases.Flat(scale);
        RawActivity[] raw = Cases.Timed("flatten raw", () => flat.RawActivities());
        var rawPeer = new RawScanPeer(flat);
        for (int i = 0; i < 5; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            int gen2 = GC.CollectionCount(2), gen1 = GC.CollectionCount(1), gen0 = GC.CollectionCount(0);
            TimeSpan pause = GC.GetTotalPauseDuration();
            var watch = Stopwatch.StartNew();
            AnnualAssessment assessment = source.Assess();
            double library = watch.Elapsed.TotalMilliseconds;
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Console.WriteLine($"  gc during library: gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2}, " +
                $"pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms, heap {GC.GetTotalMemory(false) / 1024 / 1024} MiB");
            watch.Restart();
            AnnualAssessment parallel = source.Assess(new AssessmentOptions(Parallel: true));
            double libraryParallel = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            DutyCounts counts = rawPeer.Count(raw);
            double rawScan = watch.Elapsed.TotalMilliseconds;
            bool equal = DutyCounts.FromAssessment(assessment).Counts.SequenceEqual(counts.Counts)
                && DutyCounts.FromAssessment(parallel).Counts.SequenceEqual(counts.Counts);
            Console.WriteLine($"library {library:F1} ms ({allocated / 1024.0 / 1024.0:F1} MiB, {assessment.Findings.Length} findings), " +
                $"parallel {libraryParallel:F1} ms, raw {rawScan:F1} ms, equal {equal}");
        }
    }
}
