using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// Which quarters a unit's pairings put in force, on the day edges (issue 7: a one-day pairing joining two others, a
/// pairing ending on the day before a quarter's last, and in any-day mode two pairings in one quarter or one touching it
/// by a single day, survived). Read through the deputy-visit duty: one visit owed per quarter in force.
/// </summary>
public sealed partial class AssessmentPlanTests
{
    private static readonly PolicyEdition s_anyDay =
        PolicyEditions.Sichuan2019.WithInterpretation(InterpretationIds.WholeQuarterCoverage, adopted: false);

    private static TestRoster UnitAndCounty() => new TestRoster().Unit(U1).Deputy(U1, D1).County(C1);

    private static int QuartersOwed(TestRoster records, PolicyEdition? edition = null) =>
        records.Assess(edition: edition).Duty(U1, RuleIds.DutyDeputyVisits).Required;

    [Fact]
    public void WholeQuarter_OneDayPairingJoiningTwoOthers_CoversTheQuarter()
    {
        TestRoster records = UnitAndCounty().Pairing(C1, U1, "2018-01-01", "2019-02-14")
            .Pairing(C1, U1, "2019-02-15", "2019-02-15").Pairing(C1, U1, "2019-02-16");

        QuartersOwed(records).Should().Be(4);
    }

    [Fact]
    public void WholeQuarter_PairingEndingTheDayBeforeTheQuartersLast_DoesNotCoverIt()
    {
        TestRoster records = UnitAndCounty().Pairing(C1, U1, "2018-01-01", "2019-03-30").Pairing(C1, U1, "2019-04-01");

        QuartersOwed(records).Should().Be(3);
    }

    [Fact]
    public void WholeQuarter_PairingsMeetingOnTheQuartersLastDay_CoverIt()
    {
        TestRoster records = UnitAndCounty().Pairing(C1, U1, "2018-01-01", "2019-03-31").Pairing(C1, U1, "2019-04-01");

        QuartersOwed(records).Should().Be(4);
    }

    [Fact]
    public void AnyDay_TwoPairingsInOneQuarter_PutItInForceOnce()
    {
        TestRoster records = UnitAndCounty().Pairing(C1, U1, "2019-01-01", "2019-01-31").Pairing(C1, U1, "2019-03-01", "2019-03-31");

        QuartersOwed(records, s_anyDay).Should().Be(1);
    }

    [Fact]
    public void AnyDay_PairingStartingOnTheQuartersLastDay_PutsItInForce()
    {
        QuartersOwed(UnitAndCounty().Pairing(C1, U1, "2019-03-31"), s_anyDay).Should().Be(4);
    }

    [Fact]
    public void AnyDay_PairingEndingOnTheQuartersFirstDay_PutsItInForce()
    {
        QuartersOwed(UnitAndCounty().Pairing(C1, U1, "2018-01-01", "2019-04-01"), s_anyDay).Should().Be(2);
    }
}
