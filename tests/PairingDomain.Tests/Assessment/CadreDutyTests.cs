using System.Linq;
using NodaTime;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// DUTY-CADRE-FULL-TIME, §III.4 (domain.md §4: "full-time presence in the village (全脱产在村); work plan and work ledger
/// (帮扶工作计划、台账) kept") and CADRE-CRITICISE, §III.6 ("履行职责不力的驻村干部给予批评教育"), as case-format-2.md §2 reads them.
/// </summary>
public class CadreDutyTests
{
    private static readonly CadreId s_k1 = new("K-1");

    private static CadreWorkRecord Work(bool plan = true, bool ledger = true, bool homeDuties = false, string cadre = "K-1") =>
        new(new CadreId(cadre), 2019, plan, ledger, homeDuties);

    private static CadreActions K1(AnnualAssessment a) => a.Cadres.Single(c => c.Cadre == s_k1);

    private static (string Rule, string Status, string Missing) Summary(CadreDutyResult d) =>
        (d.Rule.Value, d.Status.EnglishName, string.Join(",", d.Missing.Select(m => m.ContractId)));

    [Fact]
    public void FullTime_CompleteRecord_IsMetAtYearEndCitingIII4()
    {
        CadreDutyResult duty = K1(Standard().AssessWith(w => w.AddWorkRecord(Work()))).Duties.Single();
        Summary(duty).Should().Be(("DUTY-CADRE-FULL-TIME", "met", ""));
        duty.Source.Should().Be("SC-2019-4 §III.4");
        duty.ShortMonths.Should().BeEmpty();
        duty.RequiredDaysPerMonth.Should().BeNull();
    }

    [Fact]
    public void FullTime_NoRecord_IsShortMissingTheRecord() =>
        Summary(K1(Standard().AssessWith(_ => { })).Duties.Single()).Should().Be(("DUTY-CADRE-FULL-TIME", "short", "record"));

    [Fact]
    public void FullTime_RecordOfAnotherYear_IsShortMissingTheRecord() =>
        Summary(K1(Standard().AssessWith(w => w.AddWorkRecord(new CadreWorkRecord(s_k1, 2018, true, true, false)))).Duties.Single())
            .Should().Be(("DUTY-CADRE-FULL-TIME", "short", "record"));

    [Fact]
    public void FullTime_EveryPartLacking_ListsThemInContractOrder() =>
        Summary(K1(Standard().AssessWith(w => w.AddWorkRecord(Work(plan: false, ledger: false, homeDuties: true)))).Duties.Single())
            .Should().Be(("DUTY-CADRE-FULL-TIME", "short", "work-plan,work-ledger,full-time"));

    [Theory]
    [InlineData(false, true, false, "work-plan")]
    [InlineData(true, false, false, "work-ledger")]
    [InlineData(true, true, true, "full-time")]
    public void FullTime_OnePartLacking_IsShortNamingIt(bool plan, bool ledger, bool homeDuties, string missing) =>
        Summary(K1(Standard().AssessWith(w => w.AddWorkRecord(Work(plan, ledger, homeDuties)))).Duties.Single())
            .Should().Be(("DUTY-CADRE-FULL-TIME", "short", missing));

    [Fact]
    public void FullTime_MidYear_IsPendingButNamesWhatIsMissing() =>
        Summary(K1(Standard().AssessWith(w => w.AddWorkRecord(Work(ledger: false)), asOf: "2019-06-30")).Duties.Single())
            .Should().Be(("DUTY-CADRE-FULL-TIME", "pending", "work-ledger"));

    [Fact]
    public void FullTime_CadreNotInPostInTheWindow_HasNoDuties()
    {
        AnnualAssessment a = Standard().Cadre("K-2", U1, V1, from: "2019-07-01").Cadre("K-3", U1, V1, from: "2017-01-01", to: "2018-12-31")
            .AssessWith(_ => { }, asOf: "2019-06-30");
        a.Cadres.Single(c => c.Cadre.Value == "K-2").Duties.Should().BeEmpty();
        a.Cadres.Single(c => c.Cadre.Value == "K-3").Duties.Should().BeEmpty();
        K1(a).Duties.Should().ContainSingle();
    }

    [Fact]
    public void FullTime_SwitchedOff_HasNoDuties() =>
        K1(Standard().AssessWith(_ => { }, edition: PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.DutyCadreFullTime, false)))
            .Duties.Should().BeEmpty();

    [Fact]
    public void FullTime_Version1Case_IsNotJudged()
    {
        CadreActions k1 = K1(Standard().Assess());
        k1.Duties.Should().BeEmpty();
        k1.Actions.Should().BeEmpty();
        K1(Standard().AssessWith(_ => { })).Duties.Select(Summary).Should().Equal(("DUTY-CADRE-FULL-TIME", "short", "record"));
    }

    [Fact]
    public void Criticise_UnfulfilledReviewInTheWindow_Criticises()
    {
        AnnualAssessment a = Standard().AssessWith(w => w.AddWorkRecord(Work())
            .AddReview(new CadreReview(s_k1, CadreReviewKind.Routine, D("2019-05-10"), dutiesFulfilled: false)), asOf: "2019-06-30");
        K1(a).Actions.Should().Equal(RuleIds.CadreCriticise);
    }

    [Theory]
    [InlineData("2018-12-31", false)]
    [InlineData("2019-07-01", false)]
    [InlineData("2019-05-10", true)]
    public void Criticise_ReviewOutsideTheWindowOrFulfilled_DoesNot(string on, bool fulfilled)
    {
        AnnualAssessment a = Standard().AssessWith(w => w.AddWorkRecord(Work())
            .AddReview(new CadreReview(s_k1, CadreReviewKind.EndOfTerm, D(on), fulfilled)), asOf: "2019-06-30");
        K1(a).Actions.Should().BeEmpty();
    }

    [Fact]
    public void Criticise_ShortFullTime_CriticisesUnderTheInterpretation()
    {
        K1(Standard().AssessWith(_ => { })).Actions.Should().Equal(RuleIds.CadreCriticise);
        PolicyEdition setAside = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019)
            .SetInterpretation(InterpretationIds.CriticiseOnCadreDutyShort, false).Build().GetValueOrThrow();
        K1(Standard().AssessWith(_ => { }, edition: setAside)).Actions.Should().BeEmpty();
    }

    [Fact]
    public void Criticise_PendingDuty_DoesNotCriticise() =>
        K1(Standard().AssessWith(_ => { }, asOf: "2019-06-30")).Actions.Should().BeEmpty();

    [Fact]
    public void Criticise_WithGrades_ListsActionsInOrdinalOrder()
    {
        AnnualAssessment a = Standard().Cadre("K-2", U1, V1).Grade("K-1", CadreGrade.Excellent).Grade("K-2", CadreGrade.Incompetent)
            .AssessWith(_ => { });
        a.Cadres.Select(c => string.Join(",", c.Actions)).Should().Equal("CADRE-COMMEND,CADRE-CRITICISE", "CADRE-CRITICISE,CADRE-RECALL");
    }

    [Fact]
    public void Criticise_SwitchedOff_DoesNotCriticise() =>
        K1(Standard().AssessWith(_ => { }, edition: PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.CadreCriticise, false)))
            .Actions.Should().BeEmpty();
}
