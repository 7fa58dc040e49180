using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Mutation;

/// <summary>
/// Pins the identifying parts of the diagnostic strings of domain values (issue 7: their mutants survived); the wording
/// around them is free.
/// </summary>
public sealed class ToStringTests
{
    [Fact]
    public void ActivityTime_ToString_GivesTheDateAloneOrTheInstantWithItsChinaDate()
    {
        ActivityTime.On(D("2019-04-12")).ToString().Should().Be("2019-04-12");
        string at = ActivityTime.At(I("2019-09-30T18:00:00Z")).ToString();
        at.Should().Contain("2019-09-30T18:00:00Z").And.Contain("2019-10-01");
    }

    [Fact]
    public void Leader_ToString_NamesIdNameAndPost()
    {
        var leader = new Leader(new LeaderId("L-9"), "张三", LeaderPost.DeputyLeader, R("2019-01-01"));

        leader.ToString().Should().Contain("L-9").And.Contain("张三").And.Contain(nameof(LeaderPost.DeputyLeader)).And.Contain("2019-01-01");
    }

    [Fact]
    public void CountyPairing_ToString_NamesCountyLeadAndParticipantCount()
    {
        var pairing = new CountyPairing(DivisionCode.Parse(C1), new UnitId(U1), [new UnitId(U2), new UnitId(U3)], R("2019-01-01"));

        pairing.ToString().Should().Contain(C1).And.Contain(U1).And.Contain("2").And.Contain("2019-01-01");
    }

    [Fact]
    public void AssistanceUnit_ToString_NamesIdNameAndKind()
    {
        var unit = new AssistanceUnit(new UnitId("U-9"), "示例厅", UnitKind.Hospital, FourInOneMechanism.None, []);

        unit.ToString().Should().Contain("U-9").And.Contain("示例厅").And.Contain(nameof(UnitKind.Hospital));
        unit.Name.Should().Be("示例厅");
        unit.Kind.Should().Be(UnitKind.Hospital);
    }

    [Fact]
    public void Finding_ToString_NamesRuleAndSubject()
    {
        new Finding(RuleIds.PairOneLead, C1, "two leads").ToString().Should().Contain("PAIR-ONE-LEAD").And.Contain(C1);
    }

    [Fact]
    public void PolicyRuleAndEdition_ToString_NameIdAndSource()
    {
        PolicyRule rule = PolicyEditions.Sichuan2019.GetRule(RuleIds.BundleCadre);

        rule.ToString().Should().Contain("BUNDLE-CADRE").And.Contain(rule.Source);
        PolicyEditions.Sichuan2019.ToString().Should().Contain("sichuan-2019").And.Contain(PolicyEditions.Sichuan2019.Rules.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DutyPeriod_Comparisons_OrderQuartersWithinTheirYear()
    {
        DutyPeriod q2 = DutyPeriod.ForQuarter(2019, 2), q3 = DutyPeriod.ForQuarter(2019, 3), next = DutyPeriod.ForQuarter(2020, 1);
        DutyPeriod q2Again = DutyPeriod.ForQuarter(2019, 2), q3Again = DutyPeriod.ForQuarter(2019, 3);

        (q2 <= q3).Should().BeTrue();
        (q3 <= q2).Should().BeFalse();
        (q2 <= q2Again).Should().BeTrue();
        (q3 >= q2).Should().BeTrue();
        (q2 >= q3).Should().BeFalse();
        (q3 >= q3Again).Should().BeTrue();
        (next > q3).Should().BeTrue();
    }

    [Fact]
    public void StationedCadre_Properties_KeepWhatWasGiven()
    {
        var cadre = new StationedCadre(new CadreId("C-9"), "李四", new UnitId(U1), VillageCode.Parse(V1), CadrePost.TeamLeader, R("2019-01-01"));

        (cadre.Name, cadre.Post).Should().Be(("李四", CadrePost.TeamLeader));
    }

    [Fact]
    public void County_Region_IsKept()
    {
        new County(DivisionCode.Parse(C1), "昭觉县", Region.Yi, 2020, null).Region.Should().Be(Region.Yi);
    }

    [Fact]
    public void ActivityTime_At_KeepsTheInstant()
    {
        Instant instant = I("2019-09-30T18:00:00Z");

        ActivityTime.At(instant).Instant.Should().Be(instant);
        ActivityTime.On(D("2019-09-30")).Instant.Should().BeNull();
    }
}
