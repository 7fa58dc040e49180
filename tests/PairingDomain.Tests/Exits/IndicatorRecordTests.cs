using System;
using System.Linq;
using PairingDomain.Exits;
using static PairingDomain.Tests.Support.ExitCases;

namespace PairingDomain.Tests.Exits;

/// <summary>
/// The values of the indicator records (case-format-2.md §1, "Rates are fractions from 0 to 1"; "townships ≥ 1, each
/// townshipsWith* ≤ it"): a record that breaks them cannot be built, and ValueProblems names each bad field for a reader.
/// </summary>
public class IndicatorRecordTests
{
    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(3)]
    public void Village_IncidenceOutsideZeroToOne_Throws(double incidence)
    {
        Action act = () => Village(incidence: (decimal)incidence);
        act.Should().Throw<ArgumentOutOfRangeException>();
        VillageIndicators.ValueProblems((decimal)incidence, 0m, "$.villageIndicators[0]").Single().Path
            .Should().Be("$.villageIndicators[0].povertyIncidence");
    }

    [Fact]
    public void Village_BoundsZeroAndOne_AreRates()
    {
        Village(incidence: 0m).PovertyIncidence.Should().Be(0m);
        Village(incidence: 1m).PovertyIncidence.Should().Be(1m);
        VillageIndicators.ValueProblems(1m, 0m, "$").Should().BeEmpty();
    }

    [Fact]
    public void Village_NegativeIncome_Throws()
    {
        Action act = () => Village(income: -1m);
        act.Should().Throw<ArgumentOutOfRangeException>();
        VillageIndicators.ValueProblems(0m, -1m, "$.v").Single().Path.Should().Be("$.v.collectiveIncome");
    }

    [Fact]
    public void Household_NegativeIncome_Throws()
    {
        Action act = () => Household(income: -0.01m);
        act.Should().Throw<ArgumentOutOfRangeException>();
        Problem problem = HouseholdIndicators.ValueProblems(-0.01m, "$.h").Single();
        problem.Path.Should().Be("$.h.netIncomePerCapita");
        problem.Code.Should().Be(ProblemCodes.InvalidValue);
        HouseholdIndicators.ValueProblems(0m, "$.h").Should().BeEmpty();
    }

    [Fact]
    public void Household_BlankId_Throws()
    {
        Action act = () => Household(" ");
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void County_MoreFacilitiesThanTownships_Throws()
    {
        Action act = () => County(townships: 5, school: 6, health: 5, service: 5);
        act.Should().Throw<ArgumentOutOfRangeException>();
        CountyIndicators.ValueProblems(0m, 5, 6, 5, 7, 0m, 0m, 1m, "$.c").Select(p => p.Path)
            .Should().Equal("$.c.townshipsWithSchool", "$.c.townshipsWithServiceCentre");
    }

    [Fact]
    public void County_NoTownships_Throws()
    {
        Action act = () => County(townships: 0, school: 0, health: 0, service: 0);
        act.Should().Throw<ArgumentOutOfRangeException>();
        CountyIndicators.ValueProblems(0m, 0, 0, 0, 0, 0m, 0m, 1m, "$.c").Single().Path.Should().Be("$.c.townships");
    }

    [Fact]
    public void County_EveryRateAboveOne_IsNamed() =>
        CountyIndicators.ValueProblems(1.5m, 3, 3, -1, 3, 2m, 1.01m, 1.2m, "$.c").Select(p => p.Path).Should().Equal(
            "$.c.povertyIncidence", "$.c.townshipsWithHealthCentre", "$.c.wrongfulExitRate", "$.c.missedRegistrationRate",
            "$.c.approvalRate");

    [Fact]
    public void County_SoundValues_HaveNoProblem() =>
        CountyIndicators.ValueProblems(0.02m, 10, 10, 10, 10, 0.01m, 0.01m, 0.95m, "$.c").Should().BeEmpty();
}
