using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using PairingDomain.Rosters;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// <see cref="PairingCase.Assess(AssessmentOptions?, IProgress{AssessmentProgress}?, CancellationToken)"/>: progress in
/// steps, cancellation at the same points, and the same assessment as the plain call, whatever the step.
/// </summary>
public class AssessmentProgressTests
{
    private static readonly Lazy<PairingCase> s_case = new(() =>
    {
        TestRoster records = DeterminismTests.Generated(units: 40, counties: 24, activities: 30_000);
        Roster roster = records.BuildRoster();
        PolicyEdition edition = PolicyEditions.Sichuan2019;
        return new PairingCase(edition, 2019, null, records.BuildLedger(roster), records.BuildGrades(roster, edition.GradeScale));
    });

    /// <summary>Collects reports on the reporting thread, unlike <see cref="Progress{T}"/>, which posts them.</summary>
    private sealed class Collect : IProgress<AssessmentProgress>
    {
        private readonly Action<AssessmentProgress>? _then;
        public Collect(Action<AssessmentProgress>? then = null) => _then = then;
        public List<AssessmentProgress> Reports { get; } = [];
        public void Report(AssessmentProgress value)
        {
            lock (Reports)
            {
                Reports.Add(value);
            }
            _then?.Invoke(value);
        }
    }

    [Theory]
    [InlineData(false, 1 << 20)]
    [InlineData(false, 1_000)]
    [InlineData(false, 7)]
    [InlineData(true, 1 << 20)]
    public void Assess_WithProgress_GivesTheSameAssessmentAsThePlainCall(bool parallel, int step)
    {
        PairingCase pairingCase = s_case.Value;
        var progress = new Collect();
        AnnualAssessment stepped = pairingCase.Assess(new AssessmentOptions(Parallel: parallel) { ScanStep = step }, progress, CancellationToken.None);
        stepped.Snapshot().Should().Be(pairingCase.Assess().Snapshot());
        progress.Reports.Should().NotBeEmpty();
    }

    [Fact]
    public void Assess_OneThread_ReportsEachStepInOrderThenTheEnd()
    {
        PairingCase pairingCase = s_case.Value;
        int activities = pairingCase.Ledger.Count, units = pairingCase.Ledger.Roster.Units.Length;
        var progress = new Collect();
        pairingCase.Assess(new AssessmentOptions { ScanStep = 1_000 }, progress, CancellationToken.None);

        int steps = (activities + 999) / 1_000;
        progress.Reports.Take(steps).Select(p => p.ActivitiesScanned)
            .Should().Equal(Enumerable.Range(1, steps).Select(s => (long)Math.Min(activities, s * 1_000)));
        progress.Reports.Should().OnlyContain(p => p.Activities == activities && p.Units == units);
        progress.Reports.Select(p => p.Fraction).Should().BeInAscendingOrder();
        progress.Reports[^1].Should().Be(new AssessmentProgress(activities, activities, units, units));
        progress.Reports[^1].Fraction.Should().Be(1.0);
        progress.Reports[0].Fraction.Should().BeLessThan(0.5);
    }

    [Fact]
    public void Assess_Parallel_EndsWithEverythingDone()
    {
        PairingCase pairingCase = s_case.Value;
        var progress = new Collect();
        pairingCase.Assess(new AssessmentOptions(Parallel: true), progress, CancellationToken.None);
        int activities = pairingCase.Ledger.Count, units = pairingCase.Ledger.Roster.Units.Length;
        progress.Reports[^1].Should().Be(new AssessmentProgress(activities, activities, units, units));
        progress.Reports.Where(p => p.UnitsAssessed == 0).Max(p => p.ActivitiesScanned).Should().Be(activities);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Assess_CancelledBeforehand_Throws(bool parallel)
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var progress = new Collect();
        Action act = () => s_case.Value.Assess(new AssessmentOptions(Parallel: parallel), progress, cancellation.Token);
        act.Should().Throw<OperationCanceledException>();
        progress.Reports.Should().BeEmpty();
    }

    [Fact]
    public void Assess_CancelledDuringTheScan_StopsAtTheNextStep()
    {
        using var cancellation = new CancellationTokenSource();
        var progress = new Collect(p =>
        {
            if (p.ActivitiesScanned >= 3_000)
            {
                cancellation.Cancel();
            }
        });
        Action act = () => s_case.Value.Assess(new AssessmentOptions { ScanStep = 1_000 }, progress, cancellation.Token);
        act.Should().Throw<OperationCanceledException>();
        progress.Reports.Select(p => p.ActivitiesScanned).Should().Equal(1_000L, 2_000L, 3_000L);
    }

    [Fact]
    public void Fraction_WeighsTheScanAndTheUnitsHalfEach()
    {
        new AssessmentProgress(50, 100, 0, 10).Fraction.Should().Be(0.25);
        new AssessmentProgress(100, 100, 5, 10).Fraction.Should().Be(0.75);
        new AssessmentProgress(0, 0, 0, 0).Fraction.Should().Be(1.0);
        default(AssessmentProgress).Fraction.Should().Be(1.0);
    }
}
