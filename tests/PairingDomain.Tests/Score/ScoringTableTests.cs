using System;
using System.Linq;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Score;

/// <summary>
/// The scoring table as edition data (case-format-2.md §2): sichuan-2019 carries the contract's illustrative table under
/// SCORING-TABLE-ILLUSTRATIVE, a province replaces it with PolicyEditionBuilder, and EditionDiff shows the change.
/// </summary>
public class ScoringTableTests
{
    private static PolicyEditionBuilder Province() =>
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("province-2020", 2020);

    [Fact]
    public void Sichuan2019_CarriesTheContractsIllustrativeTable()
    {
        PolicyEditions.Sichuan2019.ScoringTable.Rows.Select(r => (r.Rule.Value, r.PerMissing, r.Max)).Should().Equal(
            ("DUTY-LEAD-JOINT-MEETINGS", 5, 10),
            ("DUTY-MAIN-LEADER-VISITS", 5, 10),
            ("DUTY-MAIN-LEADER-MEETINGS", 5, 5),
            ("DUTY-ANNUAL-PLAN", 10, 10),
            ("DUTY-DEPUTY-VISITS", 3, 12),
            ("DUTY-DEPUTY-MEETINGS", 2, 8),
            ("DUTY-STUDY-TOUR", 5, 5),
            ("DUTY-NIGHT-SCHOOL", 2, 8),
            ("MECH-FOUR-IN-ONE", 5, 20),
            ("DUTY-CADRE-FULL-TIME", 2, 10));
        PolicyEditions.Sichuan2019.ScoringTable.Should().Be(ScoringTable.Illustrative);
        PolicyEditions.Sichuan2019.Adopts(InterpretationIds.ScoringTableIllustrative).Should().BeTrue();
    }

    [Fact]
    public void EmptyEdition_HasNoRows() =>
        PolicyEditionBuilder.Empty("blank-2020", 2020).Build().GetValueOrThrow().ScoringTable.Rows.Should().BeEmpty();

    [Fact]
    public void SetScoringRow_ExistingRow_ChangesItInPlace()
    {
        PolicyEdition edition = Province().SetScoringRow(RuleIds.DutyAnnualPlan, 8, 16).Build().GetValueOrThrow();
        edition.ScoringTable.Rows.Select(r => r.Rule).Should().Equal(ScoringTable.Illustrative.Rows.Select(r => r.Rule));
        edition.ScoringTable.RowFor(RuleIds.DutyAnnualPlan).Should().Be(new ScoringRow(RuleIds.DutyAnnualPlan, 8, 16));
    }

    [Fact]
    public void RemoveScoringRow_RemovesIt_AndAnAbsentRowIsUnknown()
    {
        Province().RemoveScoringRow(RuleIds.DutyStudyTour).Build().GetValueOrThrow().ScoringTable.RowFor(RuleIds.DutyStudyTour)
            .Should().BeNull();
        Province().RemoveScoringRow(RuleIds.DutyStudyTour).RemoveScoringRow(RuleIds.DutyStudyTour).Build().Problems
            .Select(p => (p.Path, p.Code)).Should().Equal(("scoringTable[DUTY-STUDY-TOUR]", "unknown-reference"));
    }

    [Fact]
    public void Build_ImpossibleTable_ReportsEveryProblemAtOnce()
    {
        BuildResult<PolicyEdition> result = Province()
            .RemoveRule(RuleIds.DutyStudyTour)
            .SetScoringRow(RuleIds.DutyStudyTour, 5, 5)
            .SetScoringRow(RuleIds.DutyNightSchool, -1, 8)
            .SetScoringRow(RuleIds.BundleCadre, 5, 10)
            .Build();
        result.Problems.Select(p => (p.Path, p.Code)).Should().BeEquivalentTo(new[]
        {
            ("scoringTable[DUTY-NIGHT-SCHOOL]", "invalid-value"),
            ("scoringTable[DUTY-STUDY-TOUR]", "unknown-reference"),
            ("scoringTable[BUNDLE-CADRE]", "invalid-value"),
        });
    }

    [Fact]
    public void RemoveRule_TakesItsScoringRowWithIt() =>
        Province().RemoveRule(RuleIds.DutyStudyTour).Build().GetValueOrThrow().ScoringTable.RowFor(RuleIds.DutyStudyTour)
            .Should().BeNull();

    [Fact]
    public void RemoveRuleThenAddItBack_KeepsItsScoringRowInPlace()
    {
        PolicyRule tour = PolicyEditions.Sichuan2019.GetRule(RuleIds.DutyStudyTour);
        PolicyEdition edition = Province().RemoveRule(RuleIds.DutyStudyTour).AddRule(tour).Build().GetValueOrThrow();
        edition.ScoringTable.Should().Be(ScoringTable.Illustrative);
    }

    [Fact]
    public void Build_RuleGivenTwoRows_IsDuplicate()
    {
        BuildResult<PolicyEdition> result = Province().WithScoringTable(
            [new ScoringRow(RuleIds.DutyStudyTour, 1, 1), new ScoringRow(RuleIds.DutyStudyTour, 2, 2)]).Build();
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("scoringTable[DUTY-STUDY-TOUR]", "duplicate-id"));
    }

    [Fact]
    public void Build_CommitteeDuty_CannotBeARow() =>
        Province().SetScoringRow(RuleIds.DutyCommitteeTraining, 1, 5).Build().Problems.Select(p => p.Code)
            .Should().Equal("invalid-value");

    [Fact]
    public void ScoringRow_NegativeFigureOrDefaultRule_Throws()
    {
        FluentActions.Invoking(() => new ScoringRow(RuleIds.DutyStudyTour, -1, 5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ScoringRow(RuleIds.DutyStudyTour, 1, -5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new ScoringRow(default, 1, 5)).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 3)]
    [InlineData(4, 12)]
    [InlineData(5, 12)]
    public void ScoringRow_Deduct_IsPerMissingTimesMissingAtMostMax(int missing, int points) =>
        new ScoringRow(RuleIds.DutyDeputyVisits, 3, 12).Deduct(missing).Should().Be(points);

    [Fact]
    public void EditionDiff_SameTable_ShowsNoChange()
    {
        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, Province().Build().GetValueOrThrow());
        diff.ScoringTable.Should().BeEmpty();
        diff.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void EditionDiff_ProvincesOwnTable_ShowsEachChangedFigure()
    {
        PolicyEdition province = Province()
            .SetScoringRow(RuleIds.DutyAnnualPlan, 8, 16)
            .RemoveScoringRow(RuleIds.DutyStudyTour)
            .SetScoringRow(RuleIds.DutyMainLeaderVisits, 5, 10) // unchanged
            .Build().GetValueOrThrow();
        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, province);

        diff.ScoringTable.Should().Equal(
            new ParameterChange("DUTY-ANNUAL-PLAN.perMissing", "10", "8"),
            new ParameterChange("DUTY-ANNUAL-PLAN.max", "10", "16"),
            new ParameterChange("DUTY-STUDY-TOUR.perMissing", "5", null),
            new ParameterChange("DUTY-STUDY-TOUR.max", "5", null));
        diff.IsEmpty.Should().BeFalse("a changed table is a change of edition");
        diff.Changed.Should().BeEmpty("no rule changed");
    }

    [Fact]
    public void EditionDiff_RowsReordered_ShowsTheOrder()
    {
        PolicyEdition reordered = Province().WithScoringTable(ScoringTable.Illustrative.Rows.Reverse()).Build().GetValueOrThrow();
        ParameterChange change = EditionDiff.Compare(PolicyEditions.Sichuan2019, reordered).ScoringTable.Should().ContainSingle().Subject;
        change.Name.Should().Be("order");
        change.After.Should().StartWith("DUTY-CADRE-FULL-TIME,MECH-FOUR-IN-ONE,");
    }
}
