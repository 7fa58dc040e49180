using PairingDomain.Assessment;
using PairingDomain.Policy;
using static PairingDomain.Tests.Support.Refusal;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// Argument checks of <see cref="ExcellenceBlock"/>, by the constructor and by <c>with</c> alike (issue 12): the rule is
/// one of the three bundles of §III.8 and the subject an identifier.
/// </summary>
public sealed class ExcellenceBlockTests
{
    public static TheoryData<string> Bundles => new() { "BUNDLE-CADRE", "BUNDLE-VILLAGE", "BUNDLE-COUNTY" };

    [Theory]
    [MemberData(nameof(Bundles))]
    public void Constructor_EachBundle_IsKept(string rule)
    {
        var block = new ExcellenceBlock(new RuleId(rule), "C-001");

        (block.Rule, block.Subject).Should().Be((new RuleId(rule), "C-001"));
    }

    [Theory]
    [InlineData("BUNDLE-VILLAGE-AT-RISK")]
    [InlineData("CADRE-RECALL")]
    public void Constructor_RuleNotABundle_NamesIt(string rule) =>
        ShouldRefuse(() => _ = new ExcellenceBlock(new RuleId(rule), "C-001"), "rule", rule);

    [Fact]
    public void Constructor_DefaultRule_IsRefused() =>
        ShouldRefuse(() => _ = new ExcellenceBlock(default, "C-001"), "rule", "bundle");

    [Fact]
    public void Constructor_NullSubject_IsRefused() =>
        ShouldRefuseNull(() => _ = new ExcellenceBlock(RuleIds.BundleCadre, null!), "subject");

    [Theory]
    [InlineData("")]
    [InlineData(" C-001")]
    [InlineData("C-001\n")]
    public void Constructor_SubjectNotAnIdentifier_IsRefused(string subject) =>
        ShouldRefuse(() => _ = new ExcellenceBlock(RuleIds.BundleCadre, subject), "subject", "identifier");

    [Fact]
    public void With_InvalidValues_AreRefusedAsByTheConstructor()
    {
        var block = new ExcellenceBlock(RuleIds.BundleCounty, "513431");

        ShouldRefuse(() => _ = block with { Rule = RuleIds.PairOneLead }, "rule", "PAIR-ONE-LEAD");
        ShouldRefuse(() => _ = block with { Subject = "" }, "subject", "identifier");
    }
}
