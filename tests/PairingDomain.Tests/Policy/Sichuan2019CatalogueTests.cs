using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Policy;

namespace PairingDomain.Tests.Policy;

/// <summary>
/// The sichuan-2019 catalogue lists every rule of domain.md §3–6 (and MECH-FOUR-IN-ONE of §1) with its clause of
/// 川直委发〔2019〕4号 and its parameters.
/// </summary>
public class Sichuan2019CatalogueTests
{
    private static readonly PolicyEdition s_edition = PolicyEditions.Sichuan2019;

    [Theory]
    [InlineData("MECH-FOUR-IN-ONE", "§III.2", "四位一体")]
    [InlineData("PAIR-ONE-LEAD", "§III.1", "牵头单位")]
    [InlineData("PAIR-LEAD-AND-PARTICIPANT", "§III.1", "参与单位")]
    [InlineData("PAIR-FULL-COVERAGE", "§III.1", "贫困县")]
    [InlineData("POSTING-OUTSIDE-PAIRING", "§III.4", "驻村干部")]
    [InlineData("ACTIVITY-OUTSIDE-PAIRING", "§III.1", "帮扶的县")]
    [InlineData("DUTY-LEAD-JOINT-MEETINGS", "§III.1", "联席会议")]
    [InlineData("DUTY-MAIN-LEADER-VISITS", "§III.2", "督导调研")]
    [InlineData("DUTY-MAIN-LEADER-MEETINGS", "§III.2", "专题会议")]
    [InlineData("DUTY-ANNUAL-PLAN", "§III.2", "年度帮扶计划")]
    [InlineData("DUTY-DEPUTY-VISITS", "§III.3", "每季度")]
    [InlineData("DUTY-DEPUTY-MEETINGS", "§III.3", "专题研究定点帮扶会议")]
    [InlineData("DUTY-CADRE-FULL-TIME", "§III.4", "全脱产在村")]
    [InlineData("DUTY-STUDY-TOUR", "§III.5", "外出学习参观考察")]
    [InlineData("DUTY-NIGHT-SCHOOL", "§III.5", "农民夜校")]
    [InlineData("DUTY-COMMITTEE-TRAINING", "§III.6", "示范培训")]
    [InlineData("CADRE-COMMEND", "§III.6", "后备干部")]
    [InlineData("CADRE-RECALL", "§III.6", "召回调整")]
    [InlineData("CADRE-CRITICISE", "§III.6", "批评教育")]
    [InlineData("LINK-PERFORMANCE", "§III.8", "绩效考核")]
    [InlineData("LINK-FOUR-GOOD-ONE-STRONG", "§III.8", "四好一强")]
    [InlineData("LINK-PARTY-BUILDING", "§III.8", "党建工作责任制")]
    [InlineData("BUNDLE-CADRE", "§III.8", "不称职")]
    [InlineData("BUNDLE-VILLAGE", "§III.8", "未按期退出")]
    [InlineData("BUNDLE-COUNTY", "§III.8", "摘帽")]
    [InlineData("BUNDLE-VILLAGE-AT-RISK", "§III.8", "村")]
    [InlineData("BUNDLE-COUNTY-AT-RISK", "§III.8", "县")]
    public void GetRule_EveryRuleOfSections3To6_IsListedWithItsClause(string id, string section, string clauseTerm)
    {
        PolicyRule rule = s_edition.GetRule(new RuleId(id));
        rule.Source.Should().StartWith(PolicyEditions.Sichuan2019Document).And.Contain(section);
        rule.ChineseText.Should().Contain(clauseTerm);
        rule.EnglishText.Should().NotBeNullOrWhiteSpace();
        rule.IsEnabled.Should().BeTrue();
        s_edition.SourceOf(rule.Id).Should().Be(rule.Source);
    }

    [Theory]
    [InlineData("DUTY-LEAD-JOINT-MEETINGS", "LeadUnit", "JointMeeting", 2, "Year", "PerCountyLed")]
    [InlineData("DUTY-MAIN-LEADER-VISITS", "MainLeader", "SupervisionVisit", 2, "Year", "PerUnit")]
    [InlineData("DUTY-MAIN-LEADER-MEETINGS", "MainLeader", "LeadershipMeeting", 1, "Year", "PerUnit")]
    [InlineData("DUTY-ANNUAL-PLAN", "Unit", "AnnualPlan", 1, "Year", "PerCountyAssisted")]
    [InlineData("DUTY-DEPUTY-VISITS", "DeputyLeader", "SupervisionVisit", 1, "Quarter", "PerUnit")]
    [InlineData("DUTY-DEPUTY-MEETINGS", "DeputyLeader", "OfficeMeeting", 4, "Year", "PerUnit")]
    [InlineData("DUTY-STUDY-TOUR", "Unit", "StudyTour", 1, "Year", "PerUnit")]
    [InlineData("DUTY-NIGHT-SCHOOL", "Unit", "NightSchool", 4, "Year", "PerUnit")]
    public void GetRule_EvaluatedDuties_CarryTheSeedsMinimumPeriodAndScope(string id, string holder, string kind, int minimum,
        string period, string scope)
    {
        var duty = (DutyRule)s_edition.GetRule(new RuleId(id));
        duty.Holder.Name.Should().Be(holder);
        duty.ActivityKind.Should().Be(ActivityKind.FromName(kind));
        duty.Minimum.Should().Be(minimum);
        duty.Period.Name.Should().Be(period);
        duty.Scope.Name.Should().Be(scope);
        duty.IsEvaluated.Should().BeTrue();
        duty.Parameters.Should().Contain(new RuleParameter("minimum", minimum.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("LINK-PERFORMANCE")]
    [InlineData("LINK-FOUR-GOOD-ONE-STRONG")]
    [InlineData("LINK-PARTY-BUILDING")]
    public void GetRule_TheThreeLinks_AreEvaluatedFromTheScoreTheBarAndThePartyEvidence(string id)
    {
        PolicyRule rule = s_edition.GetRule(new RuleId(id));
        rule.IsEvaluated.Should().BeTrue("case-format-2.md §3 gives each its links member");
        rule.IsEnabled.Should().BeTrue();
        s_edition.Duties.Should().NotContain(d => d.Id == rule.Id);
    }

    [Fact]
    public void GetRule_CommitteeTraining_IsFiveIn2019ForTheWorkCommittee()
    {
        // §III.6: "今年要办好5期驻村干部示范培训".
        var duty = (DutyRule)s_edition.GetRule(RuleIds.DutyCommitteeTraining);
        duty.Minimum.Should().Be(5);
        duty.Holder.Should().Be(DutyHolder.WorkCommittee);
        duty.ActivityKind.Should().BeNull();
    }

    [Fact]
    public void GetRule_CadreFullTime_IsTheStationedCadresDutyWithoutInput()
    {
        var duty = (DutyRule)s_edition.GetRule(RuleIds.DutyCadreFullTime);
        duty.Holder.Should().Be(DutyHolder.StationedCadre);
        duty.ActivityKind.Should().BeNull();
        duty.Parameters.Should().Contain(p => p.Name == "holder" && p.Value == nameof(DutyHolder.StationedCadre));
    }

    [Fact]
    public void GetRule_CadreDays_IsListedButOffInSichuan()
    {
        PolicyRule rule = s_edition.GetRule(RuleIds.DutyCadreDays);
        rule.IsEnabled.Should().BeFalse();
        s_edition.Applies(RuleIds.DutyCadreDays).Should().BeFalse();
    }

    [Fact]
    public void Duties_AreTheEightEvaluatedDutiesInTheOrderOfTheTable()
    {
        s_edition.Duties.Select(d => d.Id.Value).Should().Equal(
            "DUTY-LEAD-JOINT-MEETINGS", "DUTY-MAIN-LEADER-VISITS", "DUTY-MAIN-LEADER-MEETINGS", "DUTY-ANNUAL-PLAN",
            "DUTY-DEPUTY-VISITS", "DUTY-DEPUTY-MEETINGS", "DUTY-STUDY-TOUR", "DUTY-NIGHT-SCHOOL");
    }

    [Fact]
    public void Rules_EveryRuleIdOfTheLibrary_IsListedOnce()
    {
        RuleId[] all = typeof(RuleIds).GetFields().Select(f => (RuleId)f.GetValue(null)!).ToArray();
        s_edition.Rules.Select(r => r.Id).Should().BeEquivalentTo(all);
        s_edition.Rules.Select(r => r.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void GradeScale_IsThreeGrade()
    {
        s_edition.GradeScale.Should().Be(GradeScale.ThreeGrade);
    }

    [Fact]
    public void Interpretations_EveryNamedReading_IsAdoptedWithText()
    {
        InterpretationId[] ids = typeof(InterpretationIds).GetFields().Select(f => (InterpretationId)f.GetValue(null)!).ToArray();
        ids.Should().NotBeEmpty();
        foreach (InterpretationId id in ids)
        {
            s_edition.Adopts(id).Should().BeTrue(id.Value);
        }
        s_edition.Interpretations.Should().OnlyContain(i => i.ChineseText.Length > 0 && i.EnglishText.Length > 0);
    }

    [Fact]
    public void Identity_IsSichuan2019()
    {
        s_edition.Id.Should().Be("sichuan-2019");
        s_edition.Year.Should().Be(2019);
        PolicyEditions.All[s_edition.Id].Should().BeSameAs(s_edition);
    }

    [Fact]
    public void FindRule_Unknown_IsNull()
    {
        s_edition.FindRule(new RuleId("NO-SUCH-RULE")).Should().BeNull();
        s_edition.Applies(new RuleId("NO-SUCH-RULE")).Should().BeFalse();
        s_edition.SourceOf(new RuleId("NO-SUCH-RULE")).Should().BeEmpty();
    }
}
