using System.Linq;
using System.Reflection;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Policy;

/// <summary>
/// The rule hierarchy is closed (issue 12): outside the library a rule is made by <see cref="PolicyRule.Create"/> or is a
/// <see cref="DutyRule"/>, never a subclass the assessment does not know.
/// </summary>
public sealed partial class PolicyRuleTests
{
    [Fact]
    public void PolicyRule_Constructors_AreNotVisibleOutsideTheLibrary()
    {
        ConstructorInfo[] constructors = typeof(PolicyRule).GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance);

        constructors.Should().NotBeEmpty();
        constructors.Should().OnlyContain(c => c.IsPrivate || c.IsAssembly || c.IsFamilyAndAssembly);
    }

    [Fact]
    public void Create_StatesEveryField_AndIsAPlainRule()
    {
        var parameter = new RuleParameter("minimum", "3", "TEST doc");

        PolicyRule rule = PolicyRule.Create(new RuleId("TEST-RULE"), "中文", "English", "TEST §1", isEvaluated: false,
            isEnabled: true, parameters: [parameter]);

        rule.GetType().Should().Be<PolicyRule>();
        (rule.Id, rule.ChineseText, rule.EnglishText, rule.Source, rule.IsEvaluated, rule.IsEnabled)
            .Should().Be((new RuleId("TEST-RULE"), "中文", "English", "TEST §1", false, true));
        rule.Parameters.Should().Equal(parameter);
    }

    [Fact]
    public void Create_NoParameters_HasNone()
    {
        PolicyRule.Create(new RuleId("TEST-RULE"), "中文", "English", "TEST §1", isEvaluated: true, isEnabled: false)
            .Parameters.Should().BeEmpty();
    }

    [Fact]
    public void DutyRule_IsTheOnlyKindOfRuleBesidesThePlainOne()
    {
        typeof(PolicyRule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(PolicyRule)))
            .Should().Equal(typeof(DutyRule));
    }
}
