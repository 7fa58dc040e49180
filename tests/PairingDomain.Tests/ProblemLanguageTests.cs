using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Units;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests;

/// <summary>
/// Problems and findings in both languages (issue 12): every problem a core builder reports and every finding has a
/// Chinese message naming the same records as its English one, and the caller's culture chooses between them.
/// </summary>
public sealed class ProblemLanguageTests
{
    private static readonly Roster s_roster = Standard().Unit(U2).Main(U2, M2).County(C2).Village(V2).BuildRoster();

    private static AssistanceUnit NewUnit(string id, params string[] leaders) => new(new UnitId(id), "单位", UnitKind.University,
        FourInOneMechanism.None, leaders.Select(l => new Leader(new LeaderId(l), "甲", LeaderPost.MainLeader, R("2016-01-01"))));

    private static Activity NewActivity(string id, ActivityKind kind, string unit = U1, string? by = null, string? county = C1,
        string? village = null) =>
        new(new ActivityId(id), kind, new UnitId(unit), by is null ? null : new LeaderId(by), ActivityTime.On(D("2019-04-12")),
            county is null ? null : DivisionCode.Parse(county), village is null ? null : VillageCode.Parse(village));

    /// <summary>At least one problem of every kind each core builder reports.</summary>
    private static IEnumerable<Problem> CoreProblems()
    {
        County county = new(DivisionCode.Parse(C1), "县", Region.Yi, 2020, null);
        Village village = new(VillageCode.Parse(V1), DivisionCode.Parse(C1), "村", 2020, null);
        StationedCadre astray = new(new CadreId("K-1"), "李", new UnitId("U-7"), VillageCode.Parse(V3), CadrePost.TeamMember, R("2019-01-01"));
        IEnumerable<Problem> roster = new RosterBuilder()
            .AddUnit(NewUnit(U1, "L-1"), "$.r[0]").AddUnit(NewUnit(U1), "$.r[1]").AddUnit(NewUnit(U2, "L-1"), "$.r[2]")
            .AddCounty(county, "$.r[3]").AddCounty(county, "$.r[4]")
            .AddVillage(village, "$.r[5]").AddVillage(village, "$.r[6]")
            .AddPairing(new CountyPairing(DivisionCode.Parse(C3), new UnitId("U-9"), [new UnitId("U-8")], R("2019-01-01")), "$.r[8]")
            .AddCadre(astray, "$.r[9]").AddCadre(astray, "$.r[10]")
            .Build().Problems;

        IEnumerable<Problem> ledger = new ActivityLedgerBuilder(s_roster)
            .Add(NewActivity("A-1", ActivityKind.AnnualPlan), "$.a[0]")
            .Add(NewActivity("A-1", ActivityKind.AnnualPlan), "$.a[1]")
            .Add(NewActivity("A-2", ActivityKind.AnnualPlan, unit: "U-404"))
            .Add(NewActivity("A-3", ActivityKind.SupervisionVisit, by: "L-404"))
            .Add(NewActivity("A-4", ActivityKind.SupervisionVisit, by: M2))
            .Add(NewActivity("A-5", ActivityKind.SupervisionVisit))
            .Add(NewActivity("A-6", ActivityKind.AnnualPlan, county: "513499"))
            .Add(NewActivity("A-7", ActivityKind.JointMeeting, county: null))
            .Add(NewActivity("A-8", ActivityKind.NightSchool, village: "513428100999"))
            .Add(NewActivity("A-9", ActivityKind.NightSchool, county: C1, village: V2))
            .Add(NewActivity("A-10", ActivityKind.LeadershipMeeting, by: M1, county: null, village: V1))
            .Build().Problems;

        IEnumerable<Problem> grades = new GradeBookBuilder(s_roster, GradeScale.ThreeGrade)
            .Add(new AnnualGrade(new CadreId("K-1"), 2019, CadreGrade.Competent), "$.g[0]")
            .Add(new AnnualGrade(new CadreId("K-404"), 2019, CadreGrade.Competent))
            .Add(new AnnualGrade(new CadreId("K-1"), 2019, CadreGrade.BasicallyCompetent))
            .Build().Problems;

        PolicyEditionBuilder Sichuan() => PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("test-2020", 2020);
        PolicyRule main = PolicyEditions.Sichuan2019.GetRule(RuleIds.MechFourInOne);
        IEnumerable<Problem>[] editions =
        [
            Sichuan().SetMinimum(RuleIds.DutyNightSchool, -3).Build().Problems,
            Sichuan().SetScope(RuleIds.DutyNightSchool, CountingScope.PerCountyLed).Build().Problems,
            Sichuan().SetInterpretation(new InterpretationId("NO-SUCH-READING"), true).Build().Problems,
            Sichuan().SetInterpretation(InterpretationIds.OneCountPerActivity, false).Build().Problems,
            Sichuan().SetEnabled(new RuleId("NO-SUCH-RULE"), true).Build().Problems,
            Sichuan().SetMinimum(RuleIds.MechFourInOne, 1).Build().Problems,
            Sichuan().AddRule(main).Build().Problems,
            Sichuan().SetPeriod(RuleIds.DutyAnnualPlan, DutyPeriodKind.Quarter).Build().Problems,
            Sichuan().SetScope(RuleIds.DutyLeadJointMeetings, CountingScope.PerUnit).Build().Problems,
            PolicyEditionBuilder.Empty(" ", 0).WithTitles(" ", " ").Build().Problems,
        ];
        IEnumerable<Problem> exits = new PairingDomain.Exits.ExitIndicatorBookBuilder(s_roster, PolicyEditions.Sichuan2019)
            .AddHousehold(new PairingDomain.Exits.HouseholdIndicators("H-1", VillageCode.Parse(V1), 2018, 1m, true, true, true, true, true, true, true), "$.h[0]")
            .AddHousehold(new PairingDomain.Exits.HouseholdIndicators("H-1", VillageCode.Parse(V3), 2018, 1m, true, true, true, true, true, true, true), "$.h[1]")
            .Build().Problems;
        return roster.Concat(ledger).Concat(grades).Concat(editions.SelectMany(p => p)).Concat(exits);
    }

    private static IEnumerable<string> CoreCodes() =>
        typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

    [Fact]
    public void ChineseMessage_OfEveryCoreProblem_IsChineseAndNamesTheSameRecords()
    {
        Problem[] problems = [.. CoreProblems()];

        problems.Select(p => p.Code).Distinct().Should().BeEquivalentTo(CoreCodes(), "every problem code has a case here");
        problems.Should().HaveCountGreaterThan(30);
        problems.Should().AllSatisfy(SameRecord.Check);
    }

    [Fact]
    public void ChineseMessage_OfEveryFinding_IsChineseAndNamesTheSameRecords()
    {
        AnnualAssessment roster = new TestRoster()
            .Unit(U1).Main(U1, M1).Unit(U2).Main(U2, M2).Unit(U3)
            .County(C1).County(C2).County(C3).Village(V3)
            .Pairing(C1, U1).Pairing(C1, U2, participants: U1)
            .Cadre("K-1", U1, V3)
            .Plan("A-1", U1, "2019-03-01", C2)
            .Assess();
        AnnualAssessment atRisk = new TestRoster()
            .Unit(U1).Main(U1, M1).Deputy(U1, D1).County(C1, plannedDelistingYear: 2019).Village(V1, plannedExitYear: 2019)
            .Pairing(C1, U1, "2019-07-01").Cadre("K-1", U1, V1)
            .LeadershipMeeting("A-2", U1, M1, "2019-03-01")
            .Assess("2019-08-30");
        Finding[] findings = [.. roster.Findings, .. atRisk.Findings];

        findings.Select(f => f.Rule).Distinct().Should().BeEquivalentTo(
        [
            RuleIds.PairOneLead, RuleIds.PairLeadAndParticipant, RuleIds.PostingOutsidePairing, RuleIds.PairFullCoverage,
            RuleIds.ActivityOutsidePairing, RuleIds.BundleVillageAtRisk, RuleIds.BundleCountyAtRisk,
        ]);
        findings.Where(f => f.Rule == RuleIds.ActivityOutsidePairing).Should().HaveCount(2, "one in a county, one with none");
        findings.Should().AllSatisfy(SameRecord.Check);
    }

    [Theory]
    [InlineData("zh", true)]
    [InlineData("zh-CN", true)]
    [InlineData("zh-Hans", true)]
    [InlineData("zh-TW", true)]
    [InlineData("en", false)]
    [InlineData("en-US", false)]
    [InlineData("fr-FR", false)]
    [InlineData("", false)]
    public void MessageIn_Culture_ChoosesChineseForEveryZhCultureOnly(string culture, bool chinese)
    {
        var problem = new Problem("$.units[0].id", ProblemCodes.DuplicateId, "unit 'U-1' twice", "单位“U-1”重复");
        var finding = new Finding(RuleIds.PairOneLead, C1, "two leads", "两个牵头单位");
        CultureInfo info = CultureInfo.GetCultureInfo(culture);

        problem.MessageIn(info).Should().Be(chinese ? problem.ChineseMessage : problem.Message);
        finding.MessageIn(info).Should().Be(chinese ? finding.ChineseMessage : finding.Message);
        problem.TextIn(info).Should().Be($"$.units[0].id: duplicate-id: {problem.MessageIn(info)}");
        finding.TextIn(info).Should().Be($"PAIR-ONE-LEAD {C1}: {finding.MessageIn(info)}");
    }

    [Fact]
    public void TextIn_Chinese_EscapesLineBreaksAsToStringDoes()
    {
        var problem = new Problem("$.units[0].id", ProblemCodes.InvalidValue, "'a\nb' bad", "“a\nb”无效");

        problem.TextIn(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("$.units[0].id: invalid-value: “a\\nb”无效");
        problem.TextIn(CultureInfo.InvariantCulture).Should().Be(problem.ToString());
    }

    [Fact]
    public void EnglishOnlyConstructors_UseTheEnglishTextForChinese()
    {
        new Problem("$", ProblemCodes.InvalidValue, "bad").ChineseMessage.Should().Be("bad");
        new Finding(RuleIds.PairOneLead, C1, "two leads").ChineseMessage.Should().Be("two leads");
    }

    [Fact]
    public void ChineseMessage_TakesPartInEquality()
    {
        new Problem("$", ProblemCodes.InvalidValue, "bad", "无效").Should().NotBe(new Problem("$", ProblemCodes.InvalidValue, "bad", "错误"));
        new Finding(RuleIds.PairOneLead, C1, "x", "甲").Should().NotBe(new Finding(RuleIds.PairOneLead, C1, "x", "乙"));
    }

    [Fact]
    public void Guards_NullChineseMessageOrCulture_Throw()
    {
        var problem = new Problem("$", ProblemCodes.InvalidValue, "bad", "无效");
        var finding = new Finding(RuleIds.PairOneLead, C1, "x", "甲");

        FluentActions.Invoking(() => new Problem("$", ProblemCodes.InvalidValue, "bad", null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("chineseMessage");
        FluentActions.Invoking(() => new Finding(RuleIds.PairOneLead, C1, "x", null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("chineseMessage");
        FluentActions.Invoking(() => problem.MessageIn(null!)).Should().Throw<ArgumentNullException>().WithParameterName("culture");
        FluentActions.Invoking(() => problem.TextIn(null!)).Should().Throw<ArgumentNullException>().WithParameterName("culture");
        FluentActions.Invoking(() => finding.MessageIn(null!)).Should().Throw<ArgumentNullException>().WithParameterName("culture");
        FluentActions.Invoking(() => finding.TextIn(null!)).Should().Throw<ArgumentNullException>().WithParameterName("culture");
    }
}
