using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// DUTY-NIGHT-SCHOOL, §III.5: "帮助办好农民夜校……开展……讲座，帮扶单位全年至少应组织 4 次".
/// </summary>
public class DutyNightSchoolTests
{
    private static readonly RuleId s_rule = RuleIds.DutyNightSchool;

    [Fact]
    public void Assess_FourLectures_IsMet()
    {
        var a = Standard().NightSchool("A-1", U1, "2019-03-01", village: V1).NightSchool("A-2", U1, "2019-03-02")
            .NightSchool("A-3", U1, "2019-03-03").NightSchool("A-4", U1, "2019-03-04").Assess();
        (a.Duty(U1, s_rule).Required, a.Duty(U1, s_rule).Recorded, a.Duty(U1, s_rule).Status).Should().Be((4, 4, DutyStatus.Met));
    }

    [Fact]
    public void Assess_ThreeLectures_IsShort()
    {
        var a = Standard().NightSchool("A-1", U1, "2019-03-01").NightSchool("A-2", U1, "2019-03-02")
            .NightSchool("A-3", U1, "2019-03-03").Assess();
        (a.Duty(U1, s_rule).Status, a.Duty(U1, s_rule).Shortfall).Should().Be((DutyStatus.Short, 1));
    }

    [Fact]
    public void Assess_PairingForHalfTheYear_NeedsTwo()
    {
        var a = new TestRoster().Unit(U1).County(C1).Pairing(C1, U1, "2019-07-01")
            .NightSchool("A-1", U1, "2019-08-01").NightSchool("A-2", U1, "2019-09-01").Assess();
        (a.Duty(U1, s_rule).Required, a.Duty(U1, s_rule).Status).Should().Be((2, DutyStatus.Met));
    }
}
