using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

public sealed partial class DutyResultTests
{
    [Fact]
    public void Shortfall_MoreRecordedThanRequired_IsZero()
    {
        var a = Standard().Visit("A-1", U1, M1, "2019-01-02").Visit("A-2", U1, M1, "2019-01-03").Visit("A-3", U1, M1, "2019-01-04").Assess();
        DutyResult d = a.Duty(U1, RuleIds.DutyMainLeaderVisits);
        (d.Recorded, d.Shortfall, d.Status).Should().Be((3, 0, DutyStatus.Met));
    }

    [Fact]
    public void DutyStatus_EnglishNames_AreTheContractValues()
    {
        DutyStatus.Met.EnglishName.Should().Be("met");
        DutyStatus.Short.EnglishName.Should().Be("short");
        DutyStatus.Pending.EnglishName.Should().Be("pending");
    }

    [Fact]
    public void UnitAssessment_Duty_UnknownRule_IsNull()
    {
        Standard().Assess().Unit(U1).Duty(RuleIds.DutyCadreFullTime).Should().BeNull();
        Standard().Assess().ForUnit(new UnitId("U-9")).Should().BeNull();
    }
}
