using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Editions;

/// <summary>
/// <see cref="PolicyEditionBuilder"/> against the library's list of what it evaluates (issue 12): a rule marked
/// evaluated that nothing evaluates is refused at <c>Build</c>, and switching on a rule nothing evaluates is refused
/// rather than silently doing nothing.
/// </summary>
public sealed class PolicyEditionBuilderEvaluationTests
{
    private static PolicyEditionBuilder FromSichuan() =>
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("test-2020", 2020);

    private static PolicyRule Plain(RuleId id, bool isEvaluated) => PolicyRule.Create(id, "测试", "test", "TEST §1", isEvaluated, true);

    private static (string Code, string Path)[] ProblemsOf(PolicyEditionBuilder builder) =>
        [.. builder.Build().Problems.Select(p => (p.Code, p.Path))];

    [Fact]
    public void SetEnabled_OnForARuleNothingEvaluates_IsRefusedNamingTheRule()
    {
        // Every rule of sichuan-2019 is evaluated now: a rule of the edition's own that nothing evaluates, listed off.
        const string id = "LINK-PRESS";
        var listed = PolicyRule.Create(new RuleId(id), "与宣传工作挂钩", "Feeds the press work.", "TEST §1", false, false);
        BuildResult<PolicyEdition> result = FromSichuan().AddRule(listed).SetEnabled(listed.Id, true).Build();

        Problem problem = result.Problems.Should().ContainSingle().Subject;
        (problem.Code, problem.Path).Should().Be((ProblemCodes.InvalidValue, $"rules[{id}].enabled"));
        problem.Message.Should().Contain(id);
    }

    [Fact]
    public void SetEnabled_OffForARuleNothingEvaluates_IsAccepted()
    {
        PolicyEdition edition = FromSichuan().SetEnabled(RuleIds.LinkPerformance, false).Build().GetValueOrThrow();

        edition.Applies(RuleIds.LinkPerformance).Should().BeFalse();
    }

    [Fact]
    public void SetEnabled_OnForARuleTheEditionLacks_IsStillUnknown()
    {
        ProblemsOf(PolicyEditionBuilder.Empty("x-2020", 2020).SetEnabled(RuleIds.LinkPerformance, true))
            .Should().Equal((ProblemCodes.UnknownReference, "rules[LINK-PERFORMANCE]"));
    }

    [Fact]
    public void SetEnabled_OnForAnAddedDuty_IsAccepted()
    {
        var duty = new DutyRule(new RuleId("DUTY-TEST-VISITS"), "测试", "test", "TEST §1", DutyHolder.Unit,
            ActivityKind.SupervisionVisit, 1, DutyPeriodKind.Quarter, CountingScope.PerUnit, isEnabled: false);

        PolicyEdition edition = FromSichuan().AddRule(duty).SetEnabled(duty.Id, true).Build().GetValueOrThrow();

        edition.Duties.Select(d => d.Id).Should().Contain(duty.Id);
    }

    [Fact]
    public void Build_NewRuleMarkedEvaluated_IsRefusedNamingTheRule()
    {
        BuildResult<PolicyEdition> result = FromSichuan().AddRule(Plain(new RuleId("MY-RULE"), isEvaluated: true)).Build();

        Problem problem = result.Problems.Should().ContainSingle().Subject;
        (problem.Code, problem.Path).Should().Be((ProblemCodes.InvalidValue, "rules[MY-RULE].evaluated"));
        problem.Message.Should().Contain("MY-RULE");
    }

    [Fact]
    public void Build_ListedRuleReplacedMarkedEvaluated_IsRefused()
    {
        // A rule of the edition's own that nothing in the library evaluates, listed, then replaced marked evaluated.
        var listed = PolicyRule.Create(new RuleId("LINK-PRESS"), "与宣传工作挂钩", "Feeds the press work.", "TEST §1", false, true);
        var evaluated = PolicyRule.Create(listed.Id, listed.ChineseText, listed.EnglishText, listed.Source, true, listed.IsEnabled);

        ProblemsOf(FromSichuan().AddRule(listed).RemoveRule(listed.Id).AddRule(evaluated))
            .Should().Equal((ProblemCodes.InvalidValue, "rules[LINK-PRESS].evaluated"));
    }

    [Fact]
    public void Build_DutyIdentifierOnAPlainRuleMarkedEvaluated_IsRefused()
    {
        // A duty is evaluated as a DutyRule with an activity kind; a plain rule of the same identifier is not counted.
        ProblemsOf(FromSichuan().RemoveRule(RuleIds.DutyDeputyVisits).AddRule(Plain(RuleIds.DutyDeputyVisits, isEvaluated: true)))
            .Should().Equal((ProblemCodes.InvalidValue, "rules[DUTY-DEPUTY-VISITS].evaluated"));
    }

    [Fact]
    public void Build_EvaluatedRuleOfTheLibraryInAnEmptyEdition_IsAccepted()
    {
        PolicyEdition edition = PolicyEditionBuilder.Empty("x-2020", 2020).AddRule(Plain(RuleIds.BundleCadre, isEvaluated: true))
            .Build().GetValueOrThrow();

        edition.Applies(RuleIds.BundleCadre).Should().BeTrue();
    }

    [Fact]
    public void Build_NewRuleListedNotEvaluated_IsAccepted()
    {
        PolicyEdition edition = FromSichuan().AddRule(Plain(new RuleId("MY-RULE"), isEvaluated: false)).Build().GetValueOrThrow();

        edition.FindRule(new RuleId("MY-RULE"))!.IsEvaluated.Should().BeFalse();
    }
}
