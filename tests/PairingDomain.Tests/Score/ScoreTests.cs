using System.Linq;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Score;

/// <summary>
/// The score of the three links (三挂钩, §III.8: "考核结果与部门年度目标绩效考核……挂钩"), as case-format-2.md §2 defines it:
/// 100 points, each row deducting <c>perMissing × missing</c> at most <c>max</c>, never below 0 (扣完为止), graded good ≥ 90,
/// fairly-good ≥ 80, average ≥ 60, else poor, a barred unit fairly-good at most; under sichuan-2019's illustrative table.
/// </summary>
public class ScoreTests
{
    private static (string Rule, int Missing, int Points)[] Rows(UnitScore score) =>
        score.Deductions.Select(d => (d.Rule.Value, d.Missing, d.Points)).ToArray();

    /// <summary>An edition whose table has one row, <c>DUTY-STUDY-TOUR</c>, deducting <paramref name="points"/> for its one missing tour.</summary>
    private static PolicyEdition StudyTourWorth(int points) =>
        PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("province-2019", 2019)
            .WithScoringTable([new ScoringRow(RuleIds.DutyStudyTour, points, points)]).Build().GetValueOrThrow();

    [Fact]
    public void Score_NothingRecorded_DeductsEachRowAtTheIllustrativeFigures()
    {
        // U-1 leads C1 all year and records nothing: every duty is short by its whole minimum.
        UnitScore score = Standard().Assess().Unit(U1).Score!;

        Rows(score).Should().Equal(
            ("DUTY-LEAD-JOINT-MEETINGS", 2, 10), // 2 × 5 = 10, max 10
            ("DUTY-MAIN-LEADER-VISITS", 2, 10),  // 2 × 5 = 10, max 10
            ("DUTY-MAIN-LEADER-MEETINGS", 1, 5), // 1 × 5 = 5, max 5
            ("DUTY-ANNUAL-PLAN", 1, 10),         // 1 × 10 = 10, max 10
            ("DUTY-DEPUTY-VISITS", 4, 12),       // 4 quarters × 3 = 12, max 12
            ("DUTY-DEPUTY-MEETINGS", 4, 8),      // 4 × 2 = 8, max 8
            ("DUTY-STUDY-TOUR", 1, 5),           // 1 × 5 = 5, max 5
            ("DUTY-NIGHT-SCHOOL", 4, 8));        // 4 × 2 = 8, max 8
        score.Points.Should().Be(100 - 68);
        score.Grade.Should().Be(ScoreGrade.Poor);
        score.Capped.Should().BeFalse();
    }

    [Fact]
    public void Score_RowAboveItsMax_DeductsTheMax()
    {
        // Two joint meetings missing at each of two counties led: 4 × 5 = 20, held to the row's max of 10.
        UnitScore score = Standard().County(C2).Pairing(C2, U1).Assess().Unit(U1).Score!;
        Rows(score).Should().Contain(("DUTY-LEAD-JOINT-MEETINGS", 4, 10));
    }

    [Fact]
    public void Score_MoreDeductedThan100_StopsAtZero()
    {
        PolicyEdition heavy = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("heavy-2019", 2019)
            .SetScoringRow(RuleIds.DutyDeputyVisits, 30, 120).Build().GetValueOrThrow();
        UnitScore score = Standard().Assess(edition: heavy).Unit(U1).Score!;

        score.Points.Should().Be(0, "扣完为止: 100 − 56 − 120 is not negative points");
        score.Deductions.Sum(d => d.Points).Should().Be(56 + 120);
        score.Grade.Should().Be(ScoreGrade.Poor);
    }

    [Theory]
    [InlineData(10, 90, "good")]
    [InlineData(11, 89, "fairly-good")]
    [InlineData(20, 80, "fairly-good")]
    [InlineData(21, 79, "average")]
    [InlineData(40, 60, "average")]
    [InlineData(41, 59, "poor")]
    public void Score_Points_GiveTheContractsGradeBands(int deducted, int points, string grade)
    {
        UnitScore score = Standard().Assess(edition: StudyTourWorth(deducted)).Unit(U1).Score!;
        score.Points.Should().Be(points);
        score.Grade.ContractId.Should().Be(grade);
        score.Capped.Should().BeFalse();
    }

    [Theory]
    [InlineData(0, 100, true, "fairly-good")]
    [InlineData(10, 90, true, "fairly-good")]
    [InlineData(15, 85, false, "fairly-good")]
    [InlineData(45, 55, false, "poor")]
    public void Score_BarredUnit_IsFairlyGoodAtMostAndCappedExactlyWhenItWouldBeGood(int deducted, int points, bool capped, string grade)
    {
        // K-1 graded 不称职 bars U-1 (BUNDLE-CADRE, §III.8 "三捆绑").
        AnnualAssessment a = Standard().Grade("K-1", CadreGrade.Incompetent).Assess(edition: StudyTourWorth(deducted));
        a.Unit(U1).Excellence.Eligible.Should().BeFalse();

        UnitScore score = a.Unit(U1).Score!;
        (score.Points, score.Capped, score.Grade.ContractId).Should().Be((points, capped, grade));
    }

    [Fact]
    public void Score_EligibleUnitAt100_IsGoodNotCapped()
    {
        UnitScore score = Standard().Assess(edition: StudyTourWorth(0)).Unit(U1).Score!;
        (score.Points, score.Grade, score.Capped).Should().Be((100, ScoreGrade.Good, false));
        score.Deductions.Should().BeEmpty("a row that deducts nothing is not listed");
    }

    [Fact]
    public void Score_MidYear_PendingPeriodsDeductNothing()
    {
        // As of 30 June the yearly duties are pending; only the deputy's Q1 and Q2, ended and short, deduct.
        UnitScore score = Standard().Assess(asOf: "2019-06-30").Unit(U1).Score!;
        Rows(score).Should().Equal(("DUTY-DEPUTY-VISITS", 2, 6));
        (score.Points, score.Grade).Should().Be((94, ScoreGrade.Good));
    }

    [Fact]
    public void Score_RecordedBelowTheMinimum_CountsOnlyWhatIsMissing()
    {
        UnitScore score = Standard().Visit("A-1", U1, M1, "2019-03-01").NightSchool("A-2", U1, "2019-04-01")
            .Assess().Unit(U1).Score!;
        Rows(score).Should().Contain(("DUTY-MAIN-LEADER-VISITS", 1, 5)).And.Contain(("DUTY-NIGHT-SCHOOL", 3, 6));
    }

    [Fact]
    public void Score_MechanismMissingParts_DeductPerPart()
    {
        var twoMissing = new FourInOneMechanism(false, "", true);
        UnitScore score = new TestRoster().Unit(U1, twoMissing).Main(U1, M1).Deputy(U1, D1).County(C1).Village(V1).Pairing(C1, U1)
            .Cadre("K-1", U1, V1).Assess().Unit(U1).Score!;
        Rows(score).Should().Contain(("MECH-FOUR-IN-ONE", 2, 10));
    }

    [Fact]
    public void Score_CadresShortOnFullTime_DeductPerCadre()
    {
        // K-1 and K-2 lack their work records; K-3's is complete; K-4 is another unit's.
        AnnualAssessment a = Standard().Unit(U2).Main(U2, M2).County(C2).Village(V2).Pairing(C2, U2)
            .Cadre("K-2", U1, V1).Cadre("K-3", U1, V1).Cadre("K-4", U2, V2)
            .AssessWith(w => w.AddWorkRecord(new CadreWorkRecord(new CadreId("K-3"), 2019, true, true, false)));
        Rows(a.Unit(U1).Score!).Should().Contain(("DUTY-CADRE-FULL-TIME", 2, 4));
        Rows(a.Unit(U2).Score!).Should().Contain(("DUTY-CADRE-FULL-TIME", 1, 2));
    }

    [Fact]
    public void Score_CadrePendingOnFullTime_DeductsNothing()
    {
        UnitScore score = Standard().AssessWith(_ => { }, asOf: "2019-06-30").Unit(U1).Score!;
        Rows(score).Select(r => r.Rule).Should().NotContain("DUTY-CADRE-FULL-TIME");
    }

    [Fact]
    public void Score_UnitWithNoDuties_IsNull()
    {
        AnnualAssessment a = Standard().Unit(U2).Main(U2, M2).Assess();
        a.Unit(U2).Duties.Should().BeEmpty();
        a.Unit(U2).Score.Should().BeNull();
        a.Unit(U1).Score.Should().NotBeNull();
    }

    [Fact]
    public void Score_EmptyTable_KeepsEveryUnitItsHundredPoints()
    {
        PolicyEdition none = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("none-2019", 2019)
            .WithScoringTable([]).Build().GetValueOrThrow();
        UnitScore score = Standard().Assess(edition: none).Unit(U1).Score!;
        (score.Points, score.Grade).Should().Be((100, ScoreGrade.Good));
    }

    [Fact]
    public void Score_DeductionsFollowTheTablesOrder()
    {
        PolicyEdition reordered = PolicyEditionBuilder.From(PolicyEditions.Sichuan2019).WithIdentity("reordered-2019", 2019)
            .WithScoringTable([new ScoringRow(RuleIds.DutyNightSchool, 1, 10), new ScoringRow(RuleIds.DutyStudyTour, 1, 10)])
            .Build().GetValueOrThrow();
        Rows(Standard().Assess(edition: reordered).Unit(U1).Score!).Should()
            .Equal(("DUTY-NIGHT-SCHOOL", 4, 4), ("DUTY-STUDY-TOUR", 1, 1));
    }

    [Fact]
    public void Score_IsComputedOnceAndKept()
    {
        UnitAssessment unit = Standard().Assess().Unit(U1);
        unit.Score.Should().BeSameAs(unit.Score);
        unit.Score!.ToString().Should().Be("32 poor");
    }
}
