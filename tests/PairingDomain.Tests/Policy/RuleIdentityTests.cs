using System;
using System.Collections.Generic;
using PairingDomain.Activities;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Policy;

/// <summary>
/// <see cref="PolicyRule.SameAs"/> (what an edition diff counts as changed) compares every field, and a duty's
/// guards name the duty (issue 7: SameAs's conjunctions, the zero minimum and the guard messages survived).
/// </summary>
public sealed class RuleIdentityTests
{
    private static readonly RuleId s_id = new("TEST-RULE");

    private static PolicyRule Rule(string id = "TEST-RULE", string zh = "中文", string en = "English", string source = "TEST §1",
        bool evaluated = false, bool enabled = true, string parameter = "1") =>
        PolicyRule.Create(new RuleId(id), zh, en, source, evaluated, enabled, [new RuleParameter("minimum", parameter)]);

    public static TheoryData<string> Fields => new() { "id", "zh", "en", "source", "evaluated", "enabled", "parameters" };

    [Theory]
    [MemberData(nameof(Fields))]
    public void SameAs_OneFieldDiffers_IsFalse(string field)
    {
        PolicyRule other = field switch
        {
            "id" => Rule(id: "TEST-OTHER"),
            "zh" => Rule(zh: "另一"),
            "en" => Rule(en: "Other"),
            "source" => Rule(source: "TEST §2"),
            "evaluated" => Rule(evaluated: true),
            "enabled" => Rule(enabled: false),
            _ => Rule(parameter: "2"),
        };

        Rule().SameAs(other).Should().BeFalse();
        other.SameAs(Rule()).Should().BeFalse();
        Rule().SameAs(Rule()).Should().BeTrue();
    }

    [Fact]
    public void SameAs_DutyAndPlainRuleStatingTheSame_IsFalse()
    {
        var duty = new DutyRule(s_id, "中文", "English", "TEST §1", DutyHolder.Unit, ActivityKind.StudyTour, 1,
            DutyPeriodKind.Year, CountingScope.PerUnit);
        var plain = PolicyRule.Create(s_id, duty.ChineseText, duty.EnglishText, duty.Source, duty.IsEvaluated, duty.IsEnabled, duty.Parameters);

        plain.SameAs(duty).Should().BeFalse();
        duty.SameAs(plain).Should().BeFalse();
    }

    [Fact]
    public void SameAs_Null_IsFalse()
    {
        Rule().SameAs(null!).Should().BeFalse();
    }

    [Fact]
    public void DutyRule_ZeroMinimum_IsAccepted()
    {
        new DutyRule(s_id, "中文", "English", "TEST §1", DutyHolder.Unit, ActivityKind.StudyTour, 0,
            DutyPeriodKind.Year, CountingScope.PerUnit).Minimum.Should().Be(0);
    }

    [Fact]
    public void DutyRule_NegativeMinimum_ExplainsBeyondNamingTheParameter()
    {
        Action act = () => _ = new DutyRule(s_id, "中文", "English", "TEST §1", DutyHolder.Unit, ActivityKind.StudyTour, -1,
            DutyPeriodKind.Year, CountingScope.PerUnit);

        ArgumentException ex = act.Should().Throw<ArgumentException>().WithParameterName("minimum").Which;
        ex.Message.Should().NotBe(new ArgumentException(string.Empty, "minimum").Message, "the refusal says why");
    }

    [Fact]
    public void DutyRule_PerCountyLedForAnotherHolder_NamesTheDuty()
    {
        Action act = () => _ = new DutyRule(s_id, "中文", "English", "TEST §1", DutyHolder.Unit, ActivityKind.StudyTour, 1,
            DutyPeriodKind.Year, CountingScope.PerCountyLed);

        act.Should().Throw<ArgumentException>().WithParameterName("scope").Which.Message.Should().Contain("TEST-RULE");
    }
}
