using System.Collections.Generic;
using System.Linq;
using PairingDomain.Pairings;
using PairingDomain.Tests.Support;

namespace PairingDomain.Tests.Pairings;

public sealed partial class CountyPairingAssemblerTests
{
    private static List<(string Path, string Code)> Problems(CountyPairingAssembler assembler)
    {
        BuildResult<IReadOnlyList<CountyPairing>> result = assembler.Build();
        result.Success.Should().BeFalse();
        result.Problems.Should().AllSatisfy(SameRecord.Check);
        return [.. result.Problems.Select(p => (p.Path, p.Code))];
    }

    [Fact]
    public void Build_ToBeforeFrom_DateOrderAtTheTo_AndTheRowIsNotCheckedFurther()
    {
        var assembler = new CountyPairingAssembler()
            .Add(M(Zhaojue, "U-01", PairingRole.Lead, "2019-01-01"), "结对!A2")
            .Add(M(Zhaojue, "U-03", PairingRole.Participant, "2019-04-01", "2019-03-01"), "结对!A3");

        Problems(assembler).Should().Equal(("结对!A3.to", MembershipProblemCodes.DateOrder));
    }

    [Fact]
    public void Build_TwoLeadsOnTheSameDay_TwoLeadsAtTheLaterRow_NamingTheEarlier()
    {
        BuildResult<IReadOnlyList<CountyPairing>> result = new CountyPairingAssembler()
            .Add(M(Zhaojue, "U-01", PairingRole.Lead, "2019-01-01", "2019-06-30"), "结对!A2")
            .Add(M(Zhaojue, "U-02", PairingRole.Lead, "2019-06-30"), "结对!A3")
            .Build();

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(("结对!A3", MembershipProblemCodes.TwoLeads));
        result.Problems[0].Message.Should().Contain("结对!A2").And.Contain("2019-06-30").And.Contain("PAIR-ONE-LEAD");
        SameRecord.Check(result.Problems[0]);
    }

    [Fact]
    public void Build_ParticipantsWithoutALead_OneNoLeadPerRunOfDays_NamingEveryRowConcerned()
    {
        BuildResult<IReadOnlyList<CountyPairing>> result = new CountyPairingAssembler()
            .Add(M(Zhaojue, "U-01", PairingRole.Lead, "2019-03-01", "2019-09-30"), "结对!A2")
            .Add(M(Zhaojue, "U-03", PairingRole.Participant, "2019-01-01"), "结对!A3")
            .Add(M(Zhaojue, "U-04", PairingRole.Participant, "2019-02-01", "2019-12-31"), "结对!A4")
            .Build();

        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("结对!A3", MembershipProblemCodes.NoLead),
            ("结对!A3", MembershipProblemCodes.NoLead));
        result.Problems[0].Message.Should().Contain("2019-01-01 to 2019-02-28").And.Contain("结对!A4");
        result.Problems[1].Message.Should().Contain("2019-10-01 on").And.Contain("结对!A4");
        result.Problems.Should().AllSatisfy(SameRecord.Check);
    }

    [Fact]
    public void Build_SameUnitTwiceOnOverlappingDays_OverlappingMembership()
    {
        var assembler = new CountyPairingAssembler()
            .Add(M(Zhaojue, "U-01", PairingRole.Lead, "2019-01-01"), "结对!A2")
            .Add(M(Zhaojue, "U-03", PairingRole.Participant, "2019-01-01", "2019-06-30"), "结对!A3")
            .Add(M(Zhaojue, "U-03", PairingRole.Participant, "2019-06-30"), "结对!A4")
            .Add(M(Zhaojue, "U-01", PairingRole.Participant, "2019-05-01", "2019-05-31"), "结对!A5");

        Problems(assembler).Should().Equal(
            ("结对!A4", MembershipProblemCodes.OverlappingMembership),
            ("结对!A5", MembershipProblemCodes.OverlappingMembership));
    }

    [Fact]
    public void Build_SameUnitInTwoCounties_IsNotAnOverlap()
    {
        new CountyPairingAssembler()
            .Add(M(Zhaojue, "U-01", PairingRole.Lead, "2019-01-01"))
            .Add(M(Butuo, "U-01", PairingRole.Lead, "2019-01-01"))
            .Build().Success.Should().BeTrue();
    }

    [Fact]
    public void Build_EveryKindOfProblem_AllAtOnce_InDefaultPaths()
    {
        var assembler = new CountyPairingAssembler()
            .Add(M(Zhaojue, "U-01", PairingRole.Lead, "2019-01-01"))
            .Add(M(Zhaojue, "U-02", PairingRole.Lead, "2019-03-01", "2019-03-31"))
            .Add(M(Zhaojue, "U-01", PairingRole.Participant, "2019-12-01"))
            .Add(M(Butuo, "U-05", PairingRole.Participant, "2019-01-01", "2019-01-31"))
            .Add(M(Butuo, "U-06", PairingRole.Lead, "2019-05-01", "2019-04-30"));

        Problems(assembler).Should().BeEquivalentTo(new[]
        {
            ("$.pairingMemberships[4].to", MembershipProblemCodes.DateOrder),
            ("$.pairingMemberships[1]", MembershipProblemCodes.TwoLeads),
            ("$.pairingMemberships[2]", MembershipProblemCodes.OverlappingMembership),
            ("$.pairingMemberships[3]", MembershipProblemCodes.NoLead),
        });
    }
}
