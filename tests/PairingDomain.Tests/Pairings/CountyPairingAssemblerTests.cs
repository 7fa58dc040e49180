using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Pairings;

public sealed partial class CountyPairingAssemblerTests
{
    private static readonly DivisionCode Zhaojue = DivisionCode.Parse("513431");
    private static readonly DivisionCode Butuo = DivisionCode.Parse("513429");

    private static PairingMembership M(DivisionCode county, string unit, PairingRole role, string from, string? to = null) =>
        new(county, new UnitId(unit), role, D(from), to is null ? null : D(to));

    private static string Show(CountyPairing p) =>
        $"{p.County} {p.Lead} [{string.Join(",", p.Participants)}] {p.Validity}";

    [Fact]
    public void Build_LeadAllYearAndAParticipantJoiningInApril_TwoPairings()
    {
        IReadOnlyList<CountyPairing> pairings = new CountyPairingAssembler()
            .Add(M(Zhaojue, "U-01", PairingRole.Lead, "2019-01-01"), "结对!A2")
            .Add(M(Zhaojue, "U-03", PairingRole.Participant, "2019-04-01"), "结对!A3")
            .Build().GetValueOrThrow();

        pairings.Select(Show).Should().Equal(
            "513431 U-01 [] [2019-01-01, 2019-03-31]",
            "513431 U-01 [U-03] [2019-04-01, open]");
    }

    [Fact]
    public void Build_LeadChangesAtMidYear_OnePairingPerLead()
    {
        IReadOnlyList<CountyPairing> pairings = new CountyPairingAssembler()
            .Add(M(Zhaojue, "U-03", PairingRole.Participant, "2019-01-01", "2019-12-31"))
            .Add(M(Zhaojue, "U-01", PairingRole.Lead, "2019-01-01", "2019-06-30"))
            .Add(M(Zhaojue, "U-02", PairingRole.Lead, "2019-07-01", "2019-12-31"))
            .Build().GetValueOrThrow();

        pairings.Select(Show).Should().Equal(
            "513431 U-01 [U-03] [2019-01-01, 2019-06-30]",
            "513431 U-02 [U-03] [2019-07-01, 2019-12-31]");
    }

    [Fact]
    public void Build_AdjacentRowsOfTheSameMembers_MergeIntoOnePairing()
    {
        IReadOnlyList<CountyPairing> pairings = new CountyPairingAssembler()
            .Add(M(Zhaojue, "U-01", PairingRole.Lead, "2019-01-01", "2019-06-30"))
            .Add(M(Zhaojue, "U-01", PairingRole.Lead, "2019-07-01"))
            .Add(M(Zhaojue, "U-05", PairingRole.Participant, "2019-01-01", "2019-03-31"))
            .Add(M(Zhaojue, "U-05", PairingRole.Participant, "2019-04-01"))
            .Build().GetValueOrThrow();

        pairings.Select(Show).Should().Equal("513431 U-01 [U-05] [2019-01-01, open]");
    }

    [Fact]
    public void Build_SeveralCounties_ByCountyCodeThenDay_ParticipantsSorted_AndNoPairingOnDaysWithoutMembers()
    {
        IReadOnlyList<CountyPairing> pairings = new CountyPairingAssembler()
            .Add(M(Zhaojue, "U-09", PairingRole.Lead, "2019-01-01", "2019-03-31"))
            .Add(M(Zhaojue, "U-09", PairingRole.Lead, "2019-06-01", "2019-12-31"))
            .Add(M(Zhaojue, "U-12", PairingRole.Participant, "2019-06-01", "2019-12-31"))
            .Add(M(Zhaojue, "U-10", PairingRole.Participant, "2019-06-01", "2019-12-31"))
            .Add(M(Butuo, "U-02", PairingRole.Lead, "2019-01-01"))
            .Build().GetValueOrThrow();

        pairings.Select(Show).Should().Equal(
            "513429 U-02 [] [2019-01-01, open]",
            "513431 U-09 [] [2019-01-01, 2019-03-31]",
            "513431 U-09 [U-10,U-12] [2019-06-01, 2019-12-31]");
    }

    [Fact]
    public void Build_NoRows_NoPairings()
    {
        new CountyPairingAssembler().Build().GetValueOrThrow().Should().BeEmpty();
    }

    [Fact]
    public void Add_NullMembership_Throws()
    {
        Action act = () => new CountyPairingAssembler().Add(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Membership_DefaultCountyOrUnitOrNullRole_Throws()
    {
        Action county = () => _ = new PairingMembership(default, new UnitId("U-01"), PairingRole.Lead, D("2019-01-01"), null);
        Action unit = () => _ = new PairingMembership(Zhaojue, default, PairingRole.Lead, D("2019-01-01"), null);
        Action role = () => _ = new PairingMembership(Zhaojue, new UnitId("U-01"), null!, D("2019-01-01"), null);
        county.Should().Throw<ArgumentException>();
        unit.Should().Throw<ArgumentException>();
        role.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void PairingRole_ContractIdsAndChineseNames()
    {
        PairingRole.FromContractId("lead").Should().Be(PairingRole.Lead);
        PairingRole.FromContractId("participant").Should().Be(PairingRole.Participant);
        PairingRole.FromChineseName("牵头单位").Should().Be(PairingRole.Lead);
        PairingRole.FromChineseName("参与单位").Should().Be(PairingRole.Participant);
    }
}
