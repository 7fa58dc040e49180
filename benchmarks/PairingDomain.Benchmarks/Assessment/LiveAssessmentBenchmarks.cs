using System;
using System.Collections.Generic;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Benchmarks.Data;

namespace PairingDomain.Benchmarks.Assessment;

/// <summary>
/// Issue 17, target 4: appending 1,000 activities to the national ledger and re-assessing through a
/// <see cref="LiveAssessment"/> (goal: under 5 ms), beside the full one-thread assessment of the same ledger.
/// </summary>
/// <remarks>
/// Each appended activity is a copy of a random activity of the ledger under a new identifier, so its references hold;
/// the batches are made before each iteration, outside the measurement. The live assessment keeps growing over the run,
/// by 1,000 activities an invocation, well within the room it keeps after the ledger.
/// </remarks>
[MemoryDiagnoser]
public class LiveAssessmentBenchmarks
{
    private const int BatchSize = 1_000;
    private const int Invocations = 16;

    private PairingCase _case = null!;
    private LiveAssessment _live = null!;
    private readonly Queue<Activity[]> _batches = new();
    private Random _random = new(17);
    private int _next;

    /// <summary>The national case (reduced under CI).</summary>
    [GlobalSetup(Target = nameof(Append1000))]
    public void StartLive()
    {
        _case = Cases.Get(Scale.National);
        _live = Cases.Timed("start live assessment", () => LiveAssessment.Start(_case));
    }

    /// <summary>The national case, for the full assessment.</summary>
    [GlobalSetup(Target = nameof(FullAssessment))]
    public void Full() => _case = Cases.Get(Scale.National);

    /// <summary>Makes the batches the next iteration appends.</summary>
    [IterationSetup(Target = nameof(Append1000))]
    public void MakeBatches()
    {
        _batches.Clear();
        for (int b = 0; b < Invocations; b++)
        {
            _batches.Enqueue(Batch());
        }
    }

    private Activity[] Batch()
    {
        var batch = new Activity[BatchSize];
        ActivityLedger ledger = _case.Ledger;
        for (int i = 0; i < batch.Length; i++)
        {
            Activity template = ledger[_random.Next(ledger.Count)];
            batch[i] = new Activity(new ActivityId("LIVE-" + (_next++).ToString(CultureInfo.InvariantCulture)), template.Kind,
                template.Unit, template.By, template.Time, template.County, template.Village)
            {
                Topics = template.Topics,
            };
        }
        return batch;
    }

    /// <summary>The full one-thread assessment of the national ledger.</summary>
    /// <returns>The assessment.</returns>
    [Benchmark(Baseline = true)]
    public AnnualAssessment FullAssessment() => _case.Assess();

    /// <summary>Appends 1,000 activities and re-assesses the units they belong to.</summary>
    /// <returns>The updated assessment.</returns>
    [Benchmark]
    [InvocationCount(Invocations)]
    public AnnualAssessment Append1000() =>
        _live.Append(_batches.Count > 0 ? _batches.Dequeue() : Batch()).GetValueOrThrow();
}
