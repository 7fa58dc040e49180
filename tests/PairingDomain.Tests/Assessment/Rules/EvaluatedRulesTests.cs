using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PairingDomain.Assessment.Rules;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Assessment.Rules;

/// <summary>
/// <see cref="EvaluatedRules"/>, the one list of what the library evaluates, against the built-in catalogue: a rule
/// marked evaluated is evaluated, and nothing is evaluated that the catalogue lists as not.
/// </summary>
public sealed class EvaluatedRulesTests
{
    [Fact]
    public void Contains_EachRuleOfSichuan2019_AgreesWithItsIsEvaluated()
    {
        PolicyEditions.Sichuan2019.Rules.Where(r => r.IsEvaluated != EvaluatedRules.Contains(r)).Select(r => r.Id)
            .Should().BeEmpty();
    }

    [Fact]
    public void NonDutyIds_EachIsANonDutyRuleOfSichuan2019MarkedEvaluated()
    {
        EvaluatedRules.NonDutyIds.Select(id => PolicyEditions.Sichuan2019.FindRule(id))
            .Select(r => (Found: r != null, IsDuty: r is DutyRule, r?.IsEvaluated))
            .Should().OnlyContain(r => r.Found && !r.IsDuty && r.IsEvaluated == true);
    }

    [Fact]
    public void NonDutyIds_AreTheTwentyFiveRulesOfTheEvaluators()
    {
        EvaluatedRules.NonDutyIds.Select(id => id.Value).Order(System.StringComparer.Ordinal).Should().Equal(
            "ACTIVITY-OUTSIDE-PAIRING", "BUNDLE-CADRE", "BUNDLE-COUNTY", "BUNDLE-COUNTY-AT-RISK", "BUNDLE-VILLAGE",
            "BUNDLE-VILLAGE-AT-RISK", "CADRE-COMMEND", "CADRE-CRITICISE", "CADRE-RECALL", "EXIT-CLAIM-UNSUPPORTED", "EXIT-COUNTY",
            "EXIT-HOUSEHOLD", "EXIT-VILLAGE", "LINK-FOUR-GOOD-ONE-STRONG", "LINK-PARTY-BUILDING", "LINK-PERFORMANCE",
            "MECH-FOUR-IN-ONE", "OUTCOME-OUTSIDE-PAIRING", "PAIR-FULL-COVERAGE",
            "PAIR-LEAD-AND-PARTICIPANT", "PAIR-ONE-LEAD", "POSTING-OUTSIDE-PAIRING", "TEAM-MIN-SIZE", "TEAM-STAYS-AFTER-EXIT", "TEAM-TERM");
    }

    [Fact]
    public void Contains_DutyWithoutActivityKind_IsTrueExactlyForTheWorkBookDuties()
    {
        EvaluatedRules.Contains(PolicyEditions.Sichuan2019.GetRule(RuleIds.DutyCadreFullTime)).Should().BeTrue();
        var unfed = new DutyRule(new RuleId("DUTY-UNFED"), "无", "None.", "TEST §1", DutyHolder.Unit, null, 1, DutyPeriodKind.Year,
            CountingScope.PerUnit);
        EvaluatedRules.Contains(unfed).Should().BeFalse();
        unfed.IsEvaluated.Should().BeFalse();
    }

    [Fact]
    public void WorkBookDutyIds_EachIsADutyOfSichuan2019WithoutActivityKind()
    {
        EvaluatedRules.WorkBookDutyIds.Select(id => PolicyEditions.Sichuan2019.FindRule(id))
            .Should().OnlyContain(r => r is DutyRule && ((DutyRule)r).ActivityKind == null && r.IsEvaluated);
    }

    [Fact]
    public void RuleIdsDocs_EachField_SaysListedNotEvaluatedExactlyWhenNothingEvaluatesIt()
    {
        // The doc line of each RuleIds field names where its rule is evaluated; keep it true as evaluators change.
        string xml = Path.ChangeExtension(typeof(RuleIds).Assembly.Location, ".xml");
        var docs = XDocument.Load(xml).Descendants("member")
            .Where(m => ((string)m.Attribute("name")!).StartsWith("F:PairingDomain.Policy.RuleIds.", System.StringComparison.Ordinal))
            .ToDictionary(m => (string)m.Attribute("name")!, m => string.Concat(m.Element("summary")!.DescendantNodes().OfType<XText>()));

        var wrong = typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (Id: (RuleId)f.GetValue(null)!, Doc: docs[$"F:{typeof(RuleIds).FullName}.{f.Name}"]))
            .Where(f => f.Doc.Contains("Listed, not evaluated") == EvaluatedRules.Contains(PolicyEditions.Sichuan2019.GetRule(f.Id))
                || !f.Doc.Contains(f.Id.Value))
            .Select(f => f.Id.Value);

        wrong.Should().BeEmpty();
    }

    [Fact]
    public void RuleIdsDocs_EachNamedEvaluator_IsInTheFileItNames()
    {
        // The evaluators are internal, so the public docs name them as text with their source file (a cref would
        // leak an internal name into the package's XML docs): each named file exists and declares the named member.
        string source = File.ReadAllText(Path.Combine(SourceTree.Src(), "PairingDomain", "Policy", "RuleIds.cs"));
        var named = Regex.Matches(source, @"<c>(\w+)\.(\w+)</c> \(<c>src/(PairingDomain/[\w/]+\.cs)</c>\)")
            .Select(m => (Type: m.Groups[1].Value, Member: m.Groups[2].Value, File: m.Groups[3].Value))
            .ToArray();

        named.Should().HaveCountGreaterThan(10);
        named.Where(n => !File.Exists(Path.Combine(SourceTree.Src(), n.File))
                || !File.ReadAllText(Path.Combine(SourceTree.Src(), n.File)).Contains($"class {n.Type}", System.StringComparison.Ordinal)
                || !Regex.IsMatch(File.ReadAllText(Path.Combine(SourceTree.Src(), n.File)), $@"\b{n.Member}\s*[(<]"))
            .Should().BeEmpty();
    }
}
