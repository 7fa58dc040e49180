using System.Linq;
using PairingDomain.Units;

namespace PairingDomain.Tests.Units;

public class UnitKindTests
{
    [Fact]
    public void Count2018_FiveCountedKinds_SumTo370()
    {
        // §II.1: "370 个部门（单位）" = 128 + 115 + 44 + 61 + 22.
        UnitKind.List.Sum(k => k.Count2018 ?? 0).Should().Be(370);
        UnitKind.CentralUnit.Count2018.Should().BeNull();
    }

    [Fact]
    public void Authority_EachKind_AnswersToItsSectorAuthority()
    {
        UnitKind.ProvincialDepartment.Authority.Should().Be(SupervisingAuthority.WorkCommittee);
        UnitKind.University.Authority.Should().Be(SupervisingAuthority.EducationDepartment);
        UnitKind.Hospital.Authority.Should().Be(SupervisingAuthority.HealthCommission);
        UnitKind.StateOwnedEnterprise.Authority.Should().Be(SupervisingAuthority.Sasac);
        UnitKind.FinancialInstitution.Authority.Should().Be(SupervisingAuthority.LocalFinancialSupervisionBureau);
        // Interpretation CENTRAL-UNIT-AUTHORITY.
        UnitKind.CentralUnit.Authority.Should().Be(SupervisingAuthority.WorkCommittee);
    }

    [Fact]
    public void List_HasSixKinds()
    {
        UnitKind.List.Should().HaveCount(6);
    }
}
