using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// ACTIVITY-OUTSIDE-PAIRING, §III.1 ("到联系县和帮扶村调研指导"): an activity counts only in a county the unit assists on
/// that day; otherwise it is not counted and is reported, naming the activity.
/// </summary>
public class ActivityOutsidePairingTests
{
    private static TestRoster TwoCounties() => Standard().Unit(U2).County(C2).Pairing(C2, U2);

    [Fact]
    public void Assess_NightSchoolInUnassistedCounty_IsAFindingAndNotCounted()
    {
        var a = TwoCounties().NightSchool("A-1", U1, "2019-05-01", C2).Assess();
        a.FindingKeys().Should().Equal((RuleIds.ActivityOutsidePairing.Value, "A-1"));
        a.Duty(U1, RuleIds.DutyNightSchool).Recorded.Should().Be(0);
        a.Explain(new UnitId(U1), RuleIds.DutyNightSchool).Judgements[0].Verdict.Should().Be(ActivityVerdict.OutsidePairing);
    }

    [Fact]
    public void Assess_VisitTheDayAfterThePairingEnded_IsOutside()
    {
        var a = new TestRoster().Unit(U1).Main(U1, M1).County(C1).Pairing(C1, U1, "2018-01-01", "2019-06-30")
            .Visit("A-1", U1, M1, "2019-06-30").Visit("A-2", U1, M1, "2019-07-01").Assess();
        a.FindingKeys().Should().Equal((RuleIds.ActivityOutsidePairing.Value, "A-2"));
        a.Duty(U1, RuleIds.DutyMainLeaderVisits).Recorded.Should().Be(1);
    }

    [Fact]
    public void Assess_OutsideActivityOfAnotherYear_RaisesNoFinding()
    {
        TwoCounties().NightSchool("A-1", U1, "2018-05-01", C2).Assess().Findings.Should().BeEmpty();
    }

    [Fact]
    public void Assess_RuleSwitchedOff_NoFindingAndStillNotCounted()
    {
        var a = TwoCounties().NightSchool("A-1", U1, "2019-05-01", C2)
            .Assess(edition: PolicyEditions.Sichuan2019.WithRuleEnabled(RuleIds.ActivityOutsidePairing, false));
        a.Findings.Should().BeEmpty();
        a.Duty(U1, RuleIds.DutyNightSchool).Recorded.Should().Be(0);
    }
}
