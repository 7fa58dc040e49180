using System;
using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Places;
using PairingDomain.Testing;
using PairingDomain.Tests.Support;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// <see cref="LiveAssessment"/>: what an append refuses (all or nothing, every problem located), and that it re-assesses
/// only the units it touches. Its equality with a full assessment is a property (LiveAssessmentProperties).
/// </summary>
public class LiveAssessmentTests
{
    private static PairingCase Province(bool cadreWork = true) =>
        SyntheticProvince.Generate(SyntheticOptions.Scaled(10 / 370.0, seed: 17) with { IncludeCadreWork = cadreWork });

    /// <summary>A joint meeting of the first pairing's lead unit (or <paramref name="unit"/>) in its county, on <paramref name="on"/>.</summary>
    private static Activity Visit(PairingCase c, string id, string on = "2019-05-06", string? unit = null)
    {
        var pairing = c.Roster.Pairings[0];
        return new Activity(new ActivityId(id), ActivityKind.JointMeeting, unit is null ? pairing.Lead : new UnitId(unit), null,
            ActivityTime.On(TestRoster.D(on)), pairing.County, null);
    }

    [Fact]
    public void Start_GivesTheCasesOwnAssessment()
    {
        PairingCase c = Province();
        LiveAssessment live = LiveAssessment.Start(c);
        live.Current.Snapshot().Should().Be(c.Assess().Snapshot());
        live.Case.Ledger.Count.Should().Be(c.Ledger.Count);
    }

    [Fact]
    public void Append_TouchesOnlyTheUnitsOfTheNewActivities()
    {
        PairingCase c = Province();
        LiveAssessment live = LiveAssessment.Start(c);
        AnnualAssessment before = live.Current;
        Activity visit = Visit(c, "LIVE-1");

        AnnualAssessment after = live.Append([visit]).GetValueOrThrow();

        after.Should().NotBeSameAs(before);
        for (int u = 0; u < after.Units.Length; u++)
        {
            if (after.Units[u].Unit == visit.Unit)
            {
                after.Units[u].Should().NotBeSameAs(before.Units[u]);
            }
            else
            {
                after.Units[u].Should().BeSameAs(before.Units[u], "a unit without new activities keeps its results");
            }
        }
        live.Case.Ledger.Count.Should().Be(c.Ledger.Count + 1);
        live.Case.Ledger.IdAt(c.Ledger.Count).Should().Be(visit.Id);
        before.Snapshot().Should().Be(c.Assess().Snapshot(), "the earlier assessment is unchanged");
    }

    [Fact]
    public void Append_WithProblems_ReportsEveryOneAtItsIndexAndChangesNothing()
    {
        PairingCase c = Province();
        LiveAssessment live = LiveAssessment.Start(c);
        AnnualAssessment before = live.Current;
        int n = c.Ledger.Count;
        Activity good = Visit(c, "LIVE-OK");
        Activity duplicateOfLedger = Visit(c, c.Ledger.IdAt(3).Value);
        Activity unknownUnit = Visit(c, "LIVE-X", unit: "U-NOT-THERE");
        Activity duplicateInBatch = Visit(c, "LIVE-OK");

        BuildResult<AnnualAssessment> result = live.Append([good, duplicateOfLedger, unknownUnit, duplicateInBatch]);

        result.Success.Should().BeFalse();
        result.Problems.Select(p => (p.Path, p.Code)).Should().BeEquivalentTo(new[]
        {
            ($"$.activities[{n + 1}].id", ProblemCodes.DuplicateId),
            ($"$.activities[{n + 2}].unit", ProblemCodes.UnknownReference),
            ($"$.activities[{n + 3}].id", ProblemCodes.DuplicateId),
        });
        result.Problems.Single(p => p.Path.EndsWith($"[{n + 1}].id", StringComparison.Ordinal)).Message
            .Should().Contain($"$.activities[3]");
        live.Current.Should().BeSameAs(before);
        live.Case.Ledger.Count.Should().Be(n);

        // The refused batch left no identifier behind: the good activity alone is accepted.
        live.Append([good]).Success.Should().BeTrue();
        live.Case.Ledger.Count.Should().Be(n + 1);
    }

    [Fact]
    public void Append_AnIdentifierOfAnOutcomeOrCommitteeActivity_IsRefused()
    {
        PairingCase c = Province();
        c.Outcomes.Count.Should().BePositive("the generated province has outcomes");
        LiveAssessment live = LiveAssessment.Start(c);
        BuildResult<AnnualAssessment> result = live.Append([Visit(c, c.Outcomes.IdAt(0).Value)]);
        result.Problems.Should().ContainSingle().Which.Message.Should().Contain("an outcome");
        if (!c.CadreWork.CommitteeActivities.IsEmpty)
        {
            live.Append([Visit(c, c.CadreWork.CommitteeActivities[0].Id.Value)]).Problems
                .Should().ContainSingle().Which.Message.Should().Contain("Work Committee");
        }
    }

    [Fact]
    public void Append_Nothing_KeepsTheAssessment()
    {
        LiveAssessment live = LiveAssessment.Start(Province(cadreWork: false));
        AnnualAssessment before = live.Current;
        live.Append([]).Value.Should().BeSameAs(before);
    }

    [Fact]
    public void Append_BeyondTheRoomKept_CopiesAndStaysEqualToAFullAssessment()
    {
        PairingCase c = Province(cadreWork: false);
        LiveAssessment live = LiveAssessment.Start(c);
        int room = Math.Max(c.Ledger.Count / 4, 1 << 16);
        var many = Enumerable.Range(0, room + 10).Select(i => Visit(c, $"LIVE-{i}", i % 2 == 0 ? "2019-02-01" : "2019-11-30")).ToList();
        live.Append(many).Success.Should().BeTrue();
        live.Case.Ledger.Count.Should().Be(c.Ledger.Count + many.Count);
        live.Current.Snapshot().Should().Be(live.Case.Assess().Snapshot());
    }

    [Fact]
    public void Ledger_AppendedTwiceFromTheSameLedger_KeepsEachItsOwnActivities()
    {
        PairingCase c = Province(cadreWork: false);
        ActivityLedger roomy = c.Ledger.WithRoom(10);
        ActivityRecord record = roomy.Records[0];
        ActivityLedger first = roomy.Append([record], [new ActivityId("A-FIRST")], [-1], []);
        ActivityLedger second = roomy.Append([record], [new ActivityId("A-SECOND")], [-1], []);
        first.IdAt(roomy.Count).Value.Should().Be("A-FIRST");
        second.IdAt(roomy.Count).Value.Should().Be("A-SECOND");
        roomy.Count.Should().Be(c.Ledger.Count);
        FluentActions.Invoking(() => roomy.IdAt(roomy.Count)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
