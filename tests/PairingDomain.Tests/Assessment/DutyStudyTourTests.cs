using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// DUTY-STUDY-TOUR, §III.5: "帮扶单位每年至少应组织村组干部骨干、致富带头人外出学习参观考察 1 次".
/// </summary>
public class DutyStudyTourTests
{
    private static readonly RuleId s_rule = RuleIds.DutyStudyTour;

    [Fact]
    public void Assess_OneStudyTour_IsMet()
    {
        var a = Standard().StudyTour("A-1", U1, "2019-06-01").Assess();
        (a.Duty(U1, s_rule).Required, a.Duty(U1, s_rule).Recorded, a.Duty(U1, s_rule).Status).Should().Be((1, 1, DutyStatus.Met));
        a.Duty(U1, s_rule).Source.Should().Be("SC-2019-4 §III.5");
    }

    [Fact]
    public void Assess_StudyTourOfThePreviousYear_IsIgnored()
    {
        var a = Standard().StudyTour("A-1", U1, "2018-12-31").Assess();
        (a.Duty(U1, s_rule).Recorded, a.Duty(U1, s_rule).Status).Should().Be((0, DutyStatus.Short));
        a.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Assess_ParticipantUnit_OwesItsOwnStudyTour()
    {
        var a = Standard().Unit(U2).Pairing(C1, U1, participants: U2).StudyTour("A-1", U1, "2019-06-01").Assess();
        a.Duty(U2, s_rule).Status.Should().Be(DutyStatus.Short);
    }
}
