using System;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Editions;

/// <summary>
/// An edition diff is empty only when every one of its parts is, and names each changed field of a rule exactly
/// (issue 7: IsEmpty's conjunctions and the text-en, evaluated and parameter-source keys survived).
/// </summary>
public sealed class EditionDiffPartTests
{
    private static PolicyEdition Variant(Func<PolicyEditionBuilder, PolicyEditionBuilder> change) =>
        change(PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("variant-2020", 2020)).Build().GetValueOrThrow();

    private static PolicyEdition Replaced(PolicyRule rule) => Variant(b => b.RemoveRule(rule.Id).AddRule(rule));

    private static readonly DutyRule s_added = new(new RuleId("DUTY-TEST-VISITS"), "测试", "test", "TEST §1", DutyHolder.Unit,
        ActivityKind.SupervisionVisit, 1, DutyPeriodKind.Quarter, CountingScope.PerUnit);

    [Theory]
    [InlineData("added")]
    [InlineData("removed")]
    [InlineData("changed")]
    [InlineData("interpretations")]
    [InlineData("grade-scale")]
    public void IsEmpty_OnlyOnePartDiffers_IsFalse(string part)
    {
        PolicyEdition to = part switch
        {
            "added" => Variant(b => b.AddRule(s_added)),
            "removed" => Variant(b => b.RemoveRule(RuleIds.DutyStudyTour)),
            "changed" => Variant(b => b.SetMinimum(RuleIds.DutyNightSchool, 6)),
            "interpretations" => Variant(b => b.SetInterpretation(InterpretationIds.ProrateByQuarter, false)),
            _ => Variant(b => b.WithGradeScale(GradeScale.FourGrade)),
        };

        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, to);

        new[] { !diff.Added.IsEmpty, !diff.Removed.IsEmpty, !diff.Changed.IsEmpty, !diff.Interpretations.IsEmpty, diff.GradeScale is not null }
            .Count(differs => differs).Should().Be(1, $"only the {part} part differs");
        diff.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Compare_OnlyEnglishTextChanged_NamesTextEn()
    {
        PolicyRule before = PolicyEditions.Sichuan2019.GetRule(RuleIds.LinkPerformance);
        var after = PolicyRule.Create(before.Id, before.ChineseText, "New English text.", before.Source, before.IsEvaluated, before.IsEnabled);

        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, Replaced(after));

        diff.Changed.Single().Changes.Should().Equal(new ParameterChange("text-en", before.EnglishText, "New English text."));
    }

    [Fact]
    public void Compare_OnlyEvaluationChanged_NamesEvaluatedWithBothValues()
    {
        // The builder refuses a rule marked evaluated that nothing evaluates, so the change goes the other way.
        PolicyRule before = PolicyEditions.Sichuan2019.GetRule(RuleIds.MechFourInOne);
        var after = PolicyRule.Create(before.Id, before.ChineseText, before.EnglishText, before.Source, false, before.IsEnabled);

        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, Replaced(after));

        diff.Changed.Single().Changes.Should().Equal(new ParameterChange("evaluated", "true", "false"));
    }

    [Fact]
    public void Compare_OnlyAParametersSourceChanged_NamesNameDotSource()
    {
        PolicyRule before = PolicyEditions.Sichuan2019.GetRule(RuleIds.TeamMinSize);
        string oldSource = before.Parameters.Single().Source!;
        var after = PolicyRule.Create(before.Id, before.ChineseTextTemplate, before.EnglishTextTemplate, before.Source, before.IsEvaluated,
            before.IsEnabled, [new RuleParameter("minimum", "3", "another document")]);

        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, Replaced(after));

        diff.Changed.Single().Changes.Should().Equal(new ParameterChange("minimum.source", oldSource, "another document"));
    }
}
