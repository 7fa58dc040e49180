using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Editions;

/// <summary>
/// Issue 14, "Editions a province can keep as data": a rule's text follows its parameters, and the catalogue order (the
/// order every report lists duties in) is stable under edits.
/// </summary>
public sealed class EditionKeepingTests
{
    private static PolicyEditionBuilder FromSichuan() =>
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("test-2020", 2020);

    private static PolicyEdition Built(PolicyEditionBuilder builder) => builder.Build().GetValueOrThrow();

    [Fact]
    public void Sichuan2019_MainLeaderVisits_StatesTheSeedsFigure()
    {
        PolicyRule rule = PolicyEditions.Sichuan2019.GetRule(RuleIds.DutyMainLeaderVisits);

        rule.ChineseText.Should().Be("主要负责同志每年至少2次到定点帮扶贫困县、村督导调研");
        rule.ChineseTextTemplate.Should().Be("主要负责同志{period}至少{minimum}次到定点帮扶贫困县、村督导调研");
        rule.EnglishText.Should().Be("The main leader makes at least 2 supervision and research visits a year to the paired poverty county and villages.");
    }

    [Fact]
    public void SetMinimum_RaisedToFour_TextSaysFour()
    {
        PolicyRule rule = Built(FromSichuan().SetMinimum(RuleIds.DutyMainLeaderVisits, 4)).GetRule(RuleIds.DutyMainLeaderVisits);

        rule.ChineseText.Should().Be("主要负责同志每年至少4次到定点帮扶贫困县、村督导调研");
        rule.EnglishText.Should().Contain("at least 4 supervision and research visits a year");
        rule.ChineseText.Should().NotContain("2次");
    }

    [Fact]
    public void SetPeriod_DeputyVisitsYearlyTwice_TextSaysTwiceAYear()
    {
        PolicyRule rule = Built(FromSichuan().SetPeriod(RuleIds.DutyDeputyVisits, DutyPeriodKind.Year)
            .SetMinimum(RuleIds.DutyDeputyVisits, 2)).GetRule(RuleIds.DutyDeputyVisits);

        rule.ChineseText.Should().Be("分管负责同志每年至少2次到县到村调研指导");
        rule.EnglishText.Should().Be("The deputy leader in charge visits the county and villages at least twice a year.");
        PolicyEditions.Sichuan2019.GetRule(RuleIds.DutyDeputyVisits).EnglishText
            .Should().Be("The deputy leader in charge visits the county and villages at least once a quarter.");
    }

    [Theory]
    [InlineData(3, "3 times")]
    [InlineData(1, "once")]
    [InlineData(0, "0 times")]
    public void SetMinimum_MinimumTimes_IsWrittenInWords(int minimum, string expected)
    {
        PolicyRule rule = Built(FromSichuan().SetMinimum(RuleIds.DutyDeputyVisits, minimum)).GetRule(RuleIds.DutyDeputyVisits);

        rule.EnglishText.Should().EndWith($"at least {expected} a quarter.");
        rule.ChineseText.Should().Contain($"每季度至少{minimum}次");
    }

    [Fact]
    public void ReplacedParameter_OfANonDutyRule_TextFollows()
    {
        PolicyRule team = PolicyEditions.Sichuan2019.GetRule(RuleIds.TeamMinSize);
        PolicyRule five = PolicyRule.Create(team.Id, team.ChineseTextTemplate, team.EnglishTextTemplate, team.Source,
            team.IsEvaluated, team.IsEnabled, [new RuleParameter("minimum", "5", "test")]);

        PolicyRule rule = Built(FromSichuan().ReplaceRule(five)).GetRule(RuleIds.TeamMinSize);

        rule.ChineseText.Should().Be("每个驻村工作队一般不少于5人，含第一书记");
        team.ChineseText.Should().Be("每个驻村工作队一般不少于3人，含第一书记");
    }

    [Fact]
    public void SetMinimum_DiffListsTheMinimumNotTheTextThatFollowsIt()
    {
        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019, Built(FromSichuan().SetMinimum(RuleIds.DutyNightSchool, 6)));

        diff.Changed.Should().ContainSingle();
        diff.Changed[0].Changes.Select(c => c.Name).Should().Equal("minimum");
        diff.To.GetRule(RuleIds.DutyNightSchool).ChineseText.Should().Be("每年至少到村开展6次农民夜校讲座");
    }

    [Fact]
    public void SetText_DiffListsTheWording()
    {
        EditionDiff diff = EditionDiff.Compare(PolicyEditions.Sichuan2019,
            Built(FromSichuan().SetText(RuleIds.DutyNightSchool, "每年{minimum}次讲座", "{minimum} lectures a year.")));

        diff.Changed.Should().ContainSingle();
        diff.Changed[0].Changes.Select(c => c.Name).Should().Equal("text-zh", "text-en");
        diff.Changed[0].Changes[0].After.Should().Be("每年{minimum}次讲座");
    }

    [Fact]
    public void SetText_UnknownPlaceholder_IsRefusedAtTheRulesText()
    {
        BuildResult<PolicyEdition> result = FromSichuan().SetText(RuleIds.DutyNightSchool, "每年至少{maximum}次", "at least {minimum}").Build();

        Problem problem = result.Problems.Should().ContainSingle().Subject;
        problem.Path.Should().Be("rules[DUTY-NIGHT-SCHOOL].text");
        problem.Code.Should().Be(ProblemCodes.InvalidValue);
        problem.Message.Should().Contain("{maximum}");
    }

    [Fact]
    public void SetText_DoubledBraces_AreLiteralBraces()
    {
        PolicyRule rule = Built(FromSichuan().SetText(RuleIds.DutyNightSchool, "{{注}}{period}{minimum}次", "{{note}} {minimum}"))
            .GetRule(RuleIds.DutyNightSchool);

        rule.ChineseText.Should().Be("{注}每年4次");
        rule.EnglishText.Should().Be("{note} 4");
    }

    [Fact]
    public void SetText_KeepsThePlaceAndTheParameters()
    {
        PolicyEdition edition = Built(FromSichuan().SetText(RuleIds.DutyStudyTour, "{period}至少组织{minimum}次考察", "At least {minimum} tour {period}."));

        edition.Rules.Select(r => r.Id).Should().Equal(PolicyEditions.Sichuan2019.Rules.Select(r => r.Id));
        ((DutyRule)edition.GetRule(RuleIds.DutyStudyTour)).Minimum.Should().Be(1);
        edition.GetRule(RuleIds.DutyStudyTour).ChineseText.Should().Be("每年至少组织1次考察");
    }

    [Fact]
    public void ReplaceRule_RewordedDuty_KeepsItsPlaceInTheDutyOrder()
    {
        var old = (DutyRule)PolicyEditions.Sichuan2019.GetRule(RuleIds.DutyMainLeaderVisits);
        var reworded = new DutyRule(old.Id, "主要负责同志{period}至少{minimum}次到县督导", "The main leader visits at least {minimum} times {period}.",
            old.Source, old.Holder, old.ActivityKind, 3, old.Period, old.Scope);

        PolicyEdition edition = Built(FromSichuan().ReplaceRule(reworded));

        edition.Rules.Select(r => r.Id).Should().Equal(PolicyEditions.Sichuan2019.Rules.Select(r => r.Id));
        edition.Duties.Select(d => d.Id).Should().Equal(PolicyEditions.Sichuan2019.Duties.Select(d => d.Id));
        edition.GetRule(old.Id).ChineseText.Should().Be("主要负责同志每年至少3次到县督导");
    }

    [Fact]
    public void RemoveThenAdd_SameIdentifier_KeepsItsPlace()
    {
        PolicyRule old = PolicyEditions.Sichuan2019.GetRule(RuleIds.DutyDeputyMeetings);

        PolicyEdition edition = Built(FromSichuan().RemoveRule(old.Id).AddRule(old.WithText("新的措辞", "New wording.")));

        edition.Rules.Select(r => r.Id).Should().Equal(PolicyEditions.Sichuan2019.Rules.Select(r => r.Id));
        edition.GetRule(old.Id).ChineseText.Should().Be("新的措辞");
    }

    [Fact]
    public void RemoveRule_NewIdentifierAdded_GoesToTheEnd()
    {
        var extra = new DutyRule(new RuleId("DUTY-TEST-VISITS"), "测试", "test", "TEST §1", DutyHolder.Unit,
            ActivityKind.SupervisionVisit, 1, DutyPeriodKind.Quarter, CountingScope.PerUnit);

        PolicyEdition edition = Built(FromSichuan().RemoveRule(RuleIds.DutyStudyTour).AddRule(extra));

        edition.Rules.Select(r => r.Id).Should().Equal(
            [.. PolicyEditions.Sichuan2019.Rules.Select(r => r.Id).Where(id => id != RuleIds.DutyStudyTour), extra.Id]);
    }

    [Fact]
    public void ReplaceRule_UnknownRule_IsRefusedAsUnknown()
    {
        PolicyRule plain = PolicyRule.Create(new RuleId("NO-SUCH-RULE"), "测试", "test", "TEST §1", isEvaluated: false, isEnabled: true);

        Problem problem = FromSichuan().ReplaceRule(plain).Build().Problems.Should().ContainSingle().Subject;

        problem.Path.Should().Be("rules[NO-SUCH-RULE]");
        problem.Code.Should().Be(ProblemCodes.UnknownReference);
    }

    [Fact]
    public void Sichuan2019_EveryTemplate_RendersWithNoPlaceholderLeft()
    {
        foreach (PolicyRule rule in PolicyEditions.Sichuan2019.Rules)
        {
            rule.ChineseText.Should().NotContain("{", rule.Id.Value);
            rule.EnglishText.Should().NotContain("{", rule.Id.Value);
        }
    }
}
