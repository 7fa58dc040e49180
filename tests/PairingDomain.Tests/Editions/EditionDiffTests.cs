using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Editions;

public class EditionDiffTests
{
    private static PolicyEdition Variant(System.Func<PolicyEditionBuilder, PolicyEditionBuilder> change) =>
        change(PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("variant-2020", 2020)).Build().GetValueOrThrow();

    [Fact]
    public void Compare_SameEdition_IsEmpty()
    {
        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, PolicyEditions.Sichuan2019);

        diff.IsEmpty.Should().BeTrue();
        diff.Added.Should().BeEmpty();
        diff.Removed.Should().BeEmpty();
        diff.Changed.Should().BeEmpty();
        diff.Interpretations.Should().BeEmpty();
        diff.GradeScale.Should().BeNull();
    }

    [Fact]
    public void Compare_OnlyIdentityDiffers_IsEmpty()
    {
        EditionDiff.Compare(PolicyEditions.Sichuan2019, Variant(b => b)).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Compare_MinimumChanged_ListsThatParameterOnly()
    {
        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, Variant(b => b.SetMinimum(RuleIds.DutyMainLeaderVisits, 4)));

        RuleChange change = diff.Changed.Should().ContainSingle().Subject;
        change.Rule.Should().Be(RuleIds.DutyMainLeaderVisits);
        change.Changes.Should().Equal(new ParameterChange("minimum", "2", "4"));
        diff.Added.Should().BeEmpty();
        diff.Removed.Should().BeEmpty();
    }

    [Fact]
    public void Compare_PeriodAndScopeChanged_ListsEachParameter()
    {
        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, Variant(b => b
            .SetPeriod(RuleIds.DutyNightSchool, DutyPeriodKind.Quarter)
            .SetMinimum(RuleIds.DutyNightSchool, 1)
            .SetScope(RuleIds.DutyNightSchool, CountingScope.PerCountyAssisted)));

        diff.Changed.Should().ContainSingle().Which.Changes.Select(c => (c.Name, c.Before, c.After)).Should().BeEquivalentTo(
            [("minimum", "4", "1"), ("period", "Year", "Quarter"), ("scope", "PerUnit", "PerCountyAssisted")]);
    }

    [Fact]
    public void Compare_RuleSwitchedOn_ListsEnabled()
    {
        EditionDiff diff = EditionDiff.Compare(Variant(b => b.SetEnabled(RuleIds.DutyStudyTour, false)), PolicyEditions.Sichuan2019);

        diff.Changed.Should().ContainSingle();
        diff.Changed[0].Rule.Should().Be(RuleIds.DutyStudyTour);
        diff.Changed[0].Changes.Should().Equal(new ParameterChange("enabled", "false", "true"));
    }

    [Fact]
    public void Compare_RuleAddedAndRemoved_ListsBoth()
    {
        var added = new DutyRule(new RuleId("DUTY-TEST-VISITS"), "测试", "test", "TEST §1", DutyHolder.Unit,
            ActivityKind.SupervisionVisit, 1, DutyPeriodKind.Quarter, CountingScope.PerUnit);

        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, Variant(b => b.RemoveRule(RuleIds.DutyStudyTour).AddRule(added)));

        diff.Added.Should().Equal(new RuleId("DUTY-TEST-VISITS"));
        diff.Removed.Should().Equal(RuleIds.DutyStudyTour);
        diff.Changed.Should().BeEmpty();
    }

    [Fact]
    public void Compare_Reversed_SwapsAddedAndRemovedAndBeforeAndAfter()
    {
        PolicyEdition variant = Variant(b => b.RemoveRule(RuleIds.DutyStudyTour).SetMinimum(RuleIds.DutyNightSchool, 6));

        EditionDiff diff = EditionDiff.Compare(variant, PolicyEditions.Sichuan2019);

        diff.Added.Should().Equal(RuleIds.DutyStudyTour);
        diff.Removed.Should().BeEmpty();
        diff.Changed.Single().Changes.Should().Equal(new ParameterChange("minimum", "6", "4"));
    }

    [Fact]
    public void Compare_InterpretationSetAside_ListsItsReadings()
    {
        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019,
            Variant(b => b.SetInterpretation(InterpretationIds.ProrateByQuarter, false)));

        diff.Interpretations.Should().Equal(new ParameterChange(InterpretationIds.ProrateByQuarter.Value, "adopted", "set-aside"));
        diff.Changed.Should().BeEmpty();
    }

    [Fact]
    public void Compare_InterpretationAdded_HasNoBefore()
    {
        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019,
            Variant(b => b.SetInterpretation(new Interpretation(new InterpretationId("TEST-READING"), "测试", "test"))));

        diff.Interpretations.Should().Equal(new ParameterChange("TEST-READING", null, "adopted"));
    }

    [Fact]
    public void Compare_GradeScaleChanged_ListsTheScales()
    {
        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, Variant(b => b.WithGradeScale(GradeScale.FourGrade)));

        diff.GradeScale.Should().Be(new ParameterChange("grade-scale", "three-grade", "four-grade"));
        diff.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Compare_YearsChanged_ListsThem()
    {
        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, Variant(b => b.WithYears(2020, 2022)));

        diff.Years.Should().Be(new ParameterChange("years", "2019-2019", "2020-2022"));
        diff.IsEmpty.Should().BeTrue("the years are the edition's identity, not a rule stated differently");
        EditionDiff.Compare(PolicyEditions.Sichuan2019, PolicyEditions.Sichuan2019).Years.Should().BeNull();
    }

    [Fact]
    public void Compare_TextAndSourceChanged_ListsEach()
    {
        PolicyRule before = PolicyEditions.Sichuan2019.GetRule(RuleIds.MechFourInOne);
        var after = PolicyRule.Create(before.Id, "新文本", before.EnglishText, "NEW §1", before.IsEvaluated, before.IsEnabled, before.Parameters);

        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019,
            Variant(b => b.RemoveRule(before.Id).AddRule(after)));

        diff.Added.Should().BeEmpty();
        diff.Removed.Should().BeEmpty();
        diff.Changed.Single().Changes.Select(c => c.Name).Should().BeEquivalentTo(["text-zh", "source"]);
    }

    [Fact]
    public void Compare_OnlyEvaluationOrParameterSourceChanged_StillNamesTheChange()
    {
        PolicyRule team = PolicyEditions.Sichuan2019.GetRule(RuleIds.TeamMinSize);
        var resourced = PolicyRule.Create(team.Id, team.ChineseText, team.EnglishText, team.Source, team.IsEvaluated, team.IsEnabled,
            team.Parameters.Select(p => p with { Source = "another document" }));
        // Marking a rule evaluated that nothing evaluates is refused, so the evaluation changes the other way.
        PolicyRule mechanism = PolicyEditions.Sichuan2019.GetRule(RuleIds.MechFourInOne);
        var unevaluated = PolicyRule.Create(mechanism.Id, mechanism.ChineseText, mechanism.EnglishText, mechanism.Source,
            !mechanism.IsEvaluated, mechanism.IsEnabled);

        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, Variant(b => b
            .RemoveRule(team.Id).AddRule(resourced).RemoveRule(mechanism.Id).AddRule(unevaluated)));

        diff.Changed.Should().HaveCount(2);
        diff.Changed.Should().OnlyContain(c => !c.Changes.IsEmpty);
    }
}
