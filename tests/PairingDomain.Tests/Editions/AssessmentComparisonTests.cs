using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Editions;

/// <summary>What-if (issue 14): one unit with three main-leader visits, compared under sichuan-2019 and variants.</summary>
public sealed class AssessmentComparisonTests
{
    private static PolicyEdition Variant(System.Func<PolicyEditionBuilder, PolicyEditionBuilder> change) =>
        change(PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("variant-2019", 2019)).Build().GetValueOrThrow();

    private static AnnualAssessment Assess(PolicyEdition edition, EditionScenario scenario) =>
        AnnualAssessor.Assess(edition, scenario.Ledger(), scenario.Grades(edition.GradeScale), 2019);

    private static EditionScenario Visits(int count)
    {
        var scenario = new EditionScenario(new LocalDate(2019, 1, 1));
        for (int i = 0; i < count; i++)
        {
            scenario.Add(ActivityKind.SupervisionVisit, EditionScenario.MainLeader, new LocalDate(2019, 2 + i, 5));
        }
        return scenario;
    }

    private static AssessmentComparison Compare(int visits, int minimum)
    {
        EditionScenario scenario = Visits(visits);
        return AssessmentComparison.Compare(Assess(PolicyEditions.Sichuan2019, scenario),
            Assess(Variant(b => b.SetMinimum(RuleIds.DutyMainLeaderVisits, minimum)), scenario));
    }

    [Fact]
    public void Compare_SameEdition_IsEmpty()
    {
        EditionScenario scenario = Visits(3);

        AssessmentComparison comparison = AssessmentComparison.Compare(Assess(PolicyEditions.Sichuan2019, scenario),
            Assess(PolicyEditions.Sichuan2019, scenario));

        comparison.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Compare_ThreeVisitsMinimumFour_TheUnitBecomesShortOnThatDutyAlone()
    {
        AssessmentComparison comparison = Compare(visits: 3, minimum: 4);

        UnitComparison unit = comparison.Units.Should().ContainSingle().Subject;
        unit.Unit.Should().Be(EditionScenario.Unit);
        DutyChange change = unit.Duties.Should().ContainSingle().Subject;
        change.Rule.Should().Be(RuleIds.DutyMainLeaderVisits);
        change.Before.Should().Be(DutyStatus.Met);
        change.After.Should().Be(DutyStatus.Short);
        (change.RequiredBefore, change.RequiredAfter, change.RecordedBefore, change.RecordedAfter).Should().Be((2, 4, 3, 3));
        change.BecameShort.Should().BeTrue();
        comparison.Duties.Single(d => d.Rule == RuleIds.DutyMainLeaderVisits).BecameShort.Should().Be(1);
    }

    [Theory]
    [InlineData(4, 4)]
    [InlineData(5, 4)]
    [InlineData(1, 4)]
    public void Compare_StatusUnchanged_NoDutyChange(int visits, int minimum)
    {
        AssessmentComparison comparison = Compare(visits, minimum);

        comparison.Units.SelectMany(u => u.Duties).Should().NotContain(d => d.Rule == RuleIds.DutyMainLeaderVisits);
    }

    [Fact]
    public void Compare_MinimumLoweredToOne_OnlyAUnitShortBeforeChanges()
    {
        Compare(visits: 2, minimum: 1).Units.SelectMany(u => u.Duties).Should().NotContain(d => d.Rule == RuleIds.DutyMainLeaderVisits);
        Compare(visits: 1, minimum: 1).Units.SelectMany(u => u.Duties).Single(d => d.Rule == RuleIds.DutyMainLeaderVisits)
            .NoLongerShort.Should().BeTrue();
    }

    // Expected grade moves computed from the two assessments' scores directly, unit by unit, not through the comparison.
    private static (string From, string To, int Count)[] MovesFromScores(AnnualAssessment before, AnnualAssessment after) =>
    [
        .. before.Units.Join(after.Units, b => b.Unit, a => a.Unit, (b, a) => (From: b.Score?.Grade, To: a.Score?.Grade))
            .Where(p => p.From is not null && p.To is not null && p.From != p.To)
            .GroupBy(p => (From: p.From!.ContractId, To: p.To!.ContractId))
            .Select(g => (g.Key.From, g.Key.To, g.Count()))
            .OrderBy(m => m.From, System.StringComparer.Ordinal).ThenBy(m => m.To, System.StringComparer.Ordinal),
    ];

    private static (string From, string To, int Count)[] Moves(AssessmentComparison comparison) =>
    [
        .. comparison.GradeMoves.Select(m => (m.From.ContractId, m.To.ContractId, m.Count))
            .OrderBy(m => m.Item1, System.StringComparer.Ordinal).ThenBy(m => m.Item2, System.StringComparer.Ordinal),
    ];

    [Fact]
    public void Compare_SameEdition_NoGradeMoves()
    {
        EditionScenario scenario = Visits(3);

        AssessmentComparison comparison = AssessmentComparison.Compare(Assess(PolicyEditions.Sichuan2019, scenario),
            Assess(PolicyEditions.Sichuan2019, scenario));

        comparison.GradeMoves.Should().BeEmpty();
        comparison.Units.Should().NotContain(u => u.GradeMoved);
    }

    [Theory]
    [InlineData(3, 4)]
    [InlineData(3, 6)]
    [InlineData(2, 6)]
    [InlineData(1, 1)]
    public void Compare_MainLeaderVisitsMinimumChanged_GradeMovesAreThoseOfTheScores(int visits, int minimum)
    {
        EditionScenario scenario = Visits(visits);
        AnnualAssessment before = Assess(PolicyEditions.Sichuan2019, scenario);
        AnnualAssessment after = Assess(Variant(b => b.SetMinimum(RuleIds.DutyMainLeaderVisits, minimum)), scenario);

        AssessmentComparison comparison = AssessmentComparison.Compare(before, after);

        Moves(comparison).Should().Equal(MovesFromScores(before, after));
        UnitAssessment b = before.Units.Single(), a = after.Units.Single();
        UnitComparison? unit = comparison.Units.SingleOrDefault();
        if (b.Score!.Grade != a.Score!.Grade)
        {
            unit!.GradeBefore.Should().Be(b.Score.Grade);
            unit.GradeAfter.Should().Be(a.Score.Grade);
            unit.GradeMoved.Should().BeTrue();
        }
        else
        {
            comparison.GradeMoves.Should().BeEmpty();
        }
    }

    [Fact]
    public void Compare_ThreeVisitsMinimumSix_MovesTheUnitDownOneRow()
    {
        // Three of six visits: DUTY-MAIN-LEADER-VISITS misses 3, deducting min(5 × 3, 10) = 10 points more than before.
        EditionScenario scenario = Visits(3);
        AnnualAssessment before = Assess(PolicyEditions.Sichuan2019, scenario);
        AnnualAssessment after = Assess(Variant(b => b.SetMinimum(RuleIds.DutyMainLeaderVisits, 6)), scenario);

        (before.Units.Single().Score!.Points - after.Units.Single().Score!.Points).Should().Be(10);
        AssessmentComparison comparison = AssessmentComparison.Compare(before, after);
        comparison.Units.Single().GradeBefore.Should().Be(before.Units.Single().Score!.Grade);
        comparison.Units.Single().GradeAfter.Should().Be(after.Units.Single().Score!.Grade);
    }
}
