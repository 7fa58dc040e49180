using System;
using System.IO;
using System.Linq;
using PairingDomain.Assessment;

namespace PairingDomain.Json.Tests.Version2;

/// <summary>
/// The score of the <c>/2</c> worked example (<c>src/PairingDomain/docs/examples/example-1.v2.case.json</c>), computed by
/// hand from its duties' short <c>periods</c> entries, its mechanism and its cadres' <c>DUTY-CADRE-FULL-TIME</c> under
/// sichuan-2019's illustrative table (case-format-2.md §2): row by row, <c>min(max, perMissing × missing)</c>.
/// </summary>
public sealed class Version2WorkedExampleScoreTests
{
    private static AnnualAssessment Assessment()
    {
        CaseReadResult read = CaseReader.Read(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", "example-1.v2.case.json")));
        read.Problems.Should().BeEmpty();
        return read.Case.Assess();
    }

    private static (string Rule, int Missing, int Points)[] Rows(UnitScore score) =>
        score.Deductions.Select(d => (d.Rule.Value, d.Missing, d.Points)).ToArray();

    [Fact]
    public void WorkedExampleV2_U101_ScoresByHand()
    {
        UnitScore score = Assessment().ForUnit(new UnitId("U-101"))!.Score!;

        (string, int, int)[] hand =
        [
            ("DUTY-LEAD-JOINT-MEETINGS", (2 - 1) + (2 - 0), Math.Min(10, 5 * 3)), // 普格县 1 of 2, 金阳县 0 of 2
            ("DUTY-MAIN-LEADER-MEETINGS", 1 - 0, Math.Min(5, 5 * 1)),
            ("DUTY-ANNUAL-PLAN", 1 - 0, Math.Min(10, 10 * 1)),                   // 金阳县's plan only
            ("DUTY-DEPUTY-VISITS", 1 - 0, Math.Min(12, 3 * 1)),                  // Q3 only
            ("DUTY-DEPUTY-MEETINGS", 4 - 0, Math.Min(8, 2 * 4)),
            ("DUTY-STUDY-TOUR", 1 - 0, Math.Min(5, 5 * 1)),
            ("DUTY-NIGHT-SCHOOL", 4 - 1, Math.Min(8, 2 * 3)),
        ];
        Rows(score).Should().Equal(hand, "main-leader visits are met, the mechanism complete and C-11 full-time");
        score.Points.Should().Be(100 - (10 + 5 + 10 + 3 + 8 + 5 + 6)).And.Be(53);
        score.Grade.Should().Be(ScoreGrade.Poor, "53 is below 60");
        score.Capped.Should().BeFalse("U-101 is not barred");
    }

    [Fact]
    public void WorkedExampleV2_U102_ScoresByHand()
    {
        UnitAssessment unit = Assessment().ForUnit(new UnitId("U-102"))!;
        UnitScore score = unit.Score!;

        (string, int, int)[] hand =
        [
            ("DUTY-LEAD-JOINT-MEETINGS", 2 - 0, Math.Min(10, 5 * 2)),          // 布拖县, three whole quarters: ceil(2 × 3/4)
            ("DUTY-MAIN-LEADER-VISITS", 2 - 1, Math.Min(10, 5 * 1)),
            ("DUTY-ANNUAL-PLAN", (1 - 0) + (1 - 0), Math.Min(10, 10 * 2)),     // 普格县 and 布拖县
            ("DUTY-DEPUTY-VISITS", 4 * (1 - 0), Math.Min(12, 3 * 4)),          // Q1 to Q4
            ("DUTY-DEPUTY-MEETINGS", 4 - 0, Math.Min(8, 2 * 4)),
            ("DUTY-STUDY-TOUR", 1 - 0, Math.Min(5, 5 * 1)),
            ("DUTY-NIGHT-SCHOOL", 4 - 0, Math.Min(8, 2 * 4)),
            ("MECH-FOUR-IN-ONE", 1, Math.Min(20, 5 * 1)),                       // the blank undertaking office
            ("DUTY-CADRE-FULL-TIME", 1, Math.Min(10, 2 * 1)),                   // C-12, short
        ];
        Rows(score).Should().Equal(hand, "main-leader meetings are met");
        score.Points.Should().Be(100 - (10 + 5 + 10 + 12 + 8 + 5 + 8 + 5 + 2)).And.Be(35);
        score.Grade.Should().Be(ScoreGrade.Poor);
        unit.Excellence.Eligible.Should().BeFalse();
        score.Capped.Should().BeFalse("U-102 is barred, but 35 points would not give good");
    }
}
