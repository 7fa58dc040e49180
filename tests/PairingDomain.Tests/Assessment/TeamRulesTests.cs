using System;
using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// The village work teams, domain.md §8 ("每个驻村工作队一般不少于3人，含第一书记"; "每期至少2年"; "贫困村退出的，驻村工作队不得撤离"),
/// as case-format-2.md §2 and §4 read them: TEAM-MIN-SIZE, TEAM-TERM (Interpretation TERM-RECALL-EXEMPT; 29 February
/// plus 2 years is 28 February), TEAM-STAYS-AFTER-EXIT.
/// </summary>
public class TeamRulesTests
{
    private static LocalCadre Local(string id, string from = "2018-01-01", string? to = null, string village = V1) =>
        new(new CadreId(id), "本地" + id, LocalCadreLevel.County, VillageCode.Parse(village), CadrePost.TeamMember, R(from, to));

    private static string[] Team(AnnualAssessment a, RuleId rule) =>
        [.. a.Findings.Where(f => f.Rule == rule).Select(f => f.Subject)];

    private static Action<CadreWorkBookBuilder> Locals(params LocalCadre[] locals) => w =>
    {
        foreach (LocalCadre l in locals)
        {
            w.AddLocalCadre(l);
        }
    };

    [Fact]
    public void MinSize_ThreeWithAFirstSecretary_HasNoFinding() =>
        Team(Standard().AssessWith(Locals(Local("L-1"), Local("L-2"))), RuleIds.TeamMinSize).Should().BeEmpty();

    [Fact]
    public void MinSize_TwoInPost_IsAFindingOnTheVillage()
    {
        AnnualAssessment a = Standard().AssessWith(Locals(Local("L-1")));
        Team(a, RuleIds.TeamMinSize).Should().Equal(V1);
        Finding finding = a.Findings.Single(f => f.Rule == RuleIds.TeamMinSize);
        finding.Message.Should().Contain(V1);
        finding.ChineseMessage.Should().Contain(V1);
        finding.Source.Should().NotBeEmpty();
    }

    [Fact]
    public void MinSize_ThreeWithoutAFirstSecretary_IsAFinding() =>
        Team(new TestRoster().Unit(U1).Main(U1, M1).County(C1).Village(V1).Pairing(C1, U1)
                .Cadre("K-1", U1, V1, post: CadrePost.TeamLeader).AssessWith(Locals(Local("L-1"), Local("L-2"))), RuleIds.TeamMinSize)
            .Should().Equal(V1);

    [Fact]
    public void MinSize_OneDayShortInTheWindow_IsAFinding() =>
        Team(Standard().AssessWith(Locals(Local("L-1"), Local("L-2", to: "2019-06-29"), Local("L-3", from: "2019-07-01"))), RuleIds.TeamMinSize)
            .Should().Equal(V1);

    [Fact]
    public void MinSize_ShortDayAfterAsOf_IsNoFinding() =>
        Team(Standard().AssessWith(Locals(Local("L-1"), Local("L-2", to: "2019-06-29"), Local("L-3", from: "2019-07-01")), asOf: "2019-06-29"),
            RuleIds.TeamMinSize).Should().BeEmpty();

    [Fact]
    public void MinSize_MemberGoneBeforeTheWindow_DoesNotCount() =>
        Team(Standard().AssessWith(Locals(Local("L-9", from: "2016-01-01", to: "2017-12-31", village: V1))), RuleIds.TeamMinSize)
            .Should().Equal(V1); // K-1 alone is still in post: the finding is K-1's team, not L-9's.

    [Fact]
    public void MinSize_Version1Case_HasNoTeamFinding() =>
        Team(Standard().Assess(), RuleIds.TeamMinSize).Should().BeEmpty();

    [Fact]
    public void Term_LeftBeforeTwoYears_IsAFindingOnTheMember()
    {
        // From 2018-03-01 the term runs to 2020-02-29; leaving 2019-05-31 is early, as is the day before its end.
        AnnualAssessment a = Standard().AssessWith(Locals(Local("L-1"), Local("L-2"), Local("L-3", from: "2018-03-01", to: "2019-05-31")));
        Team(a, RuleIds.TeamTerm).Should().Equal("L-3");
    }

    [Theory]
    [InlineData("2017-06-01", "2019-05-31", false)]
    [InlineData("2017-06-02", "2019-05-31", true)]
    [InlineData("2017-02-28", "2019-02-27", false)]
    [InlineData("2017-03-01", "2019-02-27", true)]
    public void Term_EndAgainstFromPlusTwoYearsMinusOneDay(string from, string to, bool finding) =>
        Team(Standard().Cadre("K-2", U1, V1, from, to).AssessWith(Locals(Local("L-1"), Local("L-2"))), RuleIds.TeamTerm)
            .Contains("K-2").Should().Be(finding);

    [Fact]
    public void Term_FromLeapDay_ClampsToTwentyEighthFebruary()
    {
        // 2016-02-29 plus 2 years is 2018-02-28 (NodaTime PlusYears): the term ends 2018-02-27; here the windows are 2018's.
        TestRoster records = Standard().Cadre("K-2", U1, V1, "2016-02-29", "2018-02-27");
        Team(records.AssessWith(Locals(Local("L-1"), Local("L-2")), year: 2018, edition: AnyYear()), RuleIds.TeamTerm).Should().BeEmpty();
        TestRoster early = Standard().Cadre("K-2", U1, V1, "2016-02-29", "2018-02-26");
        Team(early.AssessWith(Locals(Local("L-1"), Local("L-2")), year: 2018, edition: AnyYear()), RuleIds.TeamTerm).Should().Equal("K-2");
    }

    private static PolicyEdition AnyYear() =>
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithYears(2016, 2019).Build().GetValueOrThrow();

    [Fact]
    public void Term_LeapYearEnd_ClampsToTwentyEighthFebruary()
    {
        // 2017-02-28 plus 2 years is 2019-02-28 (NodaTime PlusYears); minus a day, 2019-02-27 ends a full term.
        Team(Standard().Cadre("K-2", U1, V1, "2017-02-28", "2019-02-27").AssessWith(Locals(Local("L-1"), Local("L-2"))), RuleIds.TeamTerm)
            .Should().BeEmpty();
        // One day earlier is short of the term.
        Team(Standard().Cadre("K-2", U1, V1, "2017-02-28", "2019-02-26").AssessWith(Locals(Local("L-1"), Local("L-2"))), RuleIds.TeamTerm)
            .Should().Equal("K-2");
    }

    [Fact]
    public void Term_RecalledCadre_IsExemptUnderTheInterpretation()
    {
        TestRoster records = Standard().Cadre("K-2", U1, V1, "2019-01-01", "2019-06-30").Grade("K-2", CadreGrade.Incompetent);
        Team(records.AssessWith(Locals(Local("L-1"), Local("L-2"))), RuleIds.TeamTerm).Should().BeEmpty();
        PolicyEdition setAside = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019)
            .SetInterpretation(InterpretationIds.TermRecallExempt, false).Build().GetValueOrThrow();
        Team(records.AssessWith(Locals(Local("L-1"), Local("L-2")), edition: setAside), RuleIds.TeamTerm).Should().Equal("K-2");
    }

    [Fact]
    public void Term_EndAfterAsOf_IsNoFindingYet() =>
        Team(Standard().Cadre("K-2", U1, V1, "2019-01-01", "2019-09-30").AssessWith(Locals(Local("L-1"), Local("L-2")), asOf: "2019-06-30"),
            RuleIds.TeamTerm).Should().BeEmpty();

    [Fact]
    public void StaysAfterExit_ExitedVillageLeftWithoutTeam_IsAFinding()
    {
        TestRoster exited = new TestRoster().Unit(U1).Main(U1, M1).County(C1).Village(V1, plannedExitYear: 2018, exitedYear: 2018)
            .Pairing(C1, U1).Cadre("K-1", U1, V1, "2017-01-01", "2019-03-31");
        Team(exited.AssessWith(_ => { }), RuleIds.TeamStaysAfterExit).Should().Equal(V1);
        Team(exited.AssessWith(_ => { }, asOf: "2019-03-31"), RuleIds.TeamStaysAfterExit).Should().BeEmpty();
        Team(exited.AssessWith(Locals(Local("L-1"))), RuleIds.TeamStaysAfterExit).Should().BeEmpty();
    }

    [Fact]
    public void StaysAfterExit_VillageNotExitedOrNoTeamInTheWindow_IsNoFinding()
    {
        Team(new TestRoster().Unit(U1).Main(U1, M1).County(C1).Village(V1).Pairing(C1, U1).Cadre("K-1", U1, V1, "2017-01-01", "2019-03-31")
            .AssessWith(_ => { }), RuleIds.TeamStaysAfterExit).Should().BeEmpty();
        TestRoster gone = new TestRoster().Unit(U1).Main(U1, M1).County(C1).Village(V1, plannedExitYear: 2018, exitedYear: 2018)
            .Pairing(C1, U1).Cadre("K-1", U1, V1, "2016-01-01", "2018-12-31");
        Team(gone.AssessWith(_ => { }), RuleIds.TeamStaysAfterExit).Should().BeEmpty();
    }

    [Fact]
    public void Catalogue_TeamFigures_AreThreeAndTwoYears()
    {
        PolicyEditions.Sichuan2019.GetRule(RuleIds.TeamMinSize).Parameters.Should().Contain(new RuleParameter("minimum", "3",
            PolicyEditions.Sichuan2019.GetRule(RuleIds.TeamMinSize).Source));
        PolicyEditions.Sichuan2019.GetRule(RuleIds.TeamTerm).Parameters.Select(p => (p.Name, p.Value)).Should().Contain(("years", "2"));
        new[] { RuleIds.TeamMinSize, RuleIds.TeamTerm, RuleIds.TeamStaysAfterExit }
            .Should().OnlyContain(id => PolicyEditions.Sichuan2019.GetRule(id).IsEvaluated);
    }

    /// <summary>Sichuan 2019 with <paramref name="rule"/>'s parameter <paramref name="name"/> set to <paramref name="value"/> (or dropped).</summary>
    private static BuildResult<PolicyEdition> WithFigure(RuleId rule, string name, string? value)
    {
        PolicyRule before = PolicyEditions.Sichuan2019.GetRule(rule);
        RuleParameter[] parameters = [.. before.Parameters.Where(p => p.Name != name),
            .. value is null ? [] : new[] { new RuleParameter(name, value, before.Source) }];
        PolicyRule after = PolicyRule.Create(rule, before.ChineseText, before.EnglishText, before.Source, before.IsEvaluated,
            before.IsEnabled, parameters);
        return PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).RemoveRule(rule).AddRule(after).Build();
    }

    [Fact]
    public void MinSize_EditionRaisesTheFigureToFour_TeamOfThreeIsAFinding()
    {
        PolicyEdition four = WithFigure(RuleIds.TeamMinSize, "minimum", "4").GetValueOrThrow();

        Team(Standard().AssessWith(Locals(Local("L-1"), Local("L-2")), edition: four), RuleIds.TeamMinSize).Should().Equal(V1);
    }

    [Fact]
    public void Term_EditionRaisesTheFigureToThreeYears_TwoYearTermIsAFinding()
    {
        PolicyEdition three = WithFigure(RuleIds.TeamTerm, "years", "3").GetValueOrThrow();
        Action<CadreWorkBookBuilder> twoYears = Locals(Local("L-1", "2017-06-01", "2019-05-31"), Local("L-2"), Local("L-3"));

        Team(Standard().AssessWith(twoYears), RuleIds.TeamTerm).Should().BeEmpty();
        Team(Standard().AssessWith(twoYears, edition: three), RuleIds.TeamTerm).Should().Equal("L-1");
    }

    [Theory]
    [InlineData("TEAM-MIN-SIZE", "minimum", null)]
    [InlineData("TEAM-MIN-SIZE", "minimum", "0")]
    [InlineData("TEAM-TERM", "years", "two")]
    public void Build_EvaluatedTeamRuleWithoutItsFigure_IsRefusedAtTheParameter(string rule, string name, string? value)
    {
        BuildResult<PolicyEdition> result = WithFigure(new RuleId(rule), name, value);

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(($"rules[{rule}].parameters.{name}", ProblemCodes.InvalidValue));
    }
}
