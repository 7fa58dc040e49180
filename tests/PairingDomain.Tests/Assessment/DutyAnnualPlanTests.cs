using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// DUTY-ANNUAL-PLAN, §III.2: "制定所联系贫困县、贫困村年度帮扶计划" — one plan a year for each county assisted, as lead
/// or participant.
/// </summary>
public class DutyAnnualPlanTests
{
    private static readonly RuleId s_rule = RuleIds.DutyAnnualPlan;

    private static TestRoster LeadsC1JoinsC2() => Standard().Unit(U2).County(C2).Pairing(C2, U2, participants: U1);

    [Fact]
    public void Assess_OnePlanForTheOneCounty_IsMet()
    {
        var a = Standard().Plan("A-1", U1, "2019-01-25").Assess();
        (a.Duty(U1, s_rule).Required, a.Duty(U1, s_rule).Recorded, a.Duty(U1, s_rule).Status).Should().Be((1, 1, DutyStatus.Met));
    }

    [Fact]
    public void Assess_TwoCountiesOnePlanEach_IsMet()
    {
        var a = LeadsC1JoinsC2().Plan("A-1", U1, "2019-01-25").Plan("A-2", U1, "2019-01-26", C2).Assess();
        (a.Duty(U1, s_rule).Required, a.Duty(U1, s_rule).Status).Should().Be((2, DutyStatus.Met));
    }

    [Fact]
    public void Assess_TwoPlansForOneOfTwoCounties_IsShortThoughTheTotalIsReached()
    {
        // PER-COUNTY-MINIMUM-EACH.
        var a = LeadsC1JoinsC2().Plan("A-1", U1, "2019-01-25").Plan("A-2", U1, "2019-06-25").Assess();
        DutyResult d = a.Duty(U1, s_rule);
        (d.Required, d.Recorded, d.Status).Should().Be((2, 2, DutyStatus.Short));
    }

    [Fact]
    public void Assess_Participant_OwesAPlanToo()
    {
        var a = LeadsC1JoinsC2().Assess();
        a.Duty(U2, s_rule).Required.Should().Be(1);
    }

    [Theory]
    [InlineData("2019-10-01", 2)]
    [InlineData("2019-11-01", 1)]
    public void Assess_SecondCountyFromLateInTheYear_ProratedPerCounty(string from, int required)
    {
        var a = Standard().Unit(U2).County(C2).Pairing(C2, U2, from, participants: U1).Assess();
        a.Duty(U1, s_rule).Required.Should().Be(required);
    }
}
