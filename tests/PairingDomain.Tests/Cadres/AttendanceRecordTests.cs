using System;
using System.Linq;
using NodaTime;
using PairingDomain.Cadres;
using static PairingDomain.Tests.Support.Refusal;

namespace PairingDomain.Tests.Cadres;

/// <summary>
/// A month's attendance (case-format-2.md §1: both counts integers ≥ 0 whose sum is at most the days of the month):
/// the constructor refuses what <see cref="AttendanceRecord.CountProblems"/> reports, and nothing else.
/// </summary>
public sealed class AttendanceRecordTests
{
    private static readonly CadreId s_k1 = new("K-1");
    private static readonly YearMonth s_march = new(2019, 3);
    private static readonly YearMonth s_february = new(2019, 2);

    private static void ShouldBeOutOfRange(Action act, string parameter, string range) =>
        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName(parameter).Which.Message.Should().Contain(range);

    [Fact]
    public void AttendanceRecord_DefaultCadre_SaysSo() =>
        ShouldRefuse(() => _ = new AttendanceRecord(default, s_march, 20, 2), "cadre", "default");

    [Fact]
    public void AttendanceRecord_NonIsoOrYearZeroMonth_IsRefused()
    {
        ShouldRefuse(() => _ = new AttendanceRecord(s_k1, new YearMonth(2019, 3, CalendarSystem.Julian), 20, 2), "month", "ISO");
        ShouldRefuse(() => _ = new AttendanceRecord(s_k1, new YearMonth(0, 3), 20, 2), "month", "ISO");
    }

    [Theory]
    [InlineData(-1, 0, "daysInVillage", "[0-31]")]
    [InlineData(32, 0, "daysInVillage", "[0-31]")]
    [InlineData(0, -1, "leaveDays", "[0-31]")]
    [InlineData(20, 12, "leaveDays", "[0-11]")]
    public void AttendanceRecord_CountsOutsideTheMonth_AreOutOfRange(int days, int leave, string parameter, string range) =>
        ShouldBeOutOfRange(() => _ = new AttendanceRecord(s_k1, s_march, days, leave), parameter, range);

    [Fact]
    public void AttendanceRecord_February_HasTwentyEightDays()
    {
        ShouldBeOutOfRange(() => _ = new AttendanceRecord(s_k1, s_february, 20, 9), "leaveDays", "[0-8]");
        new AttendanceRecord(s_k1, new YearMonth(2020, 2), 20, 9).LeaveDays.Should().Be(9, "2020 is a leap year");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(31, 0)]
    [InlineData(0, 31)]
    [InlineData(20, 11)]
    public void AttendanceRecord_CountsWithinTheMonth_AreKept(int days, int leave)
    {
        var record = new AttendanceRecord(s_k1, s_march, days, leave);

        (record.Cadre, record.Month, record.DaysInVillage, record.LeaveDays).Should().Be((s_k1, s_march, days, leave));
        AttendanceRecord.CountProblems(s_march, days, leave, "$.attendance[0]").Should().BeEmpty();
    }

    [Fact]
    public void CountProblems_NegativeCounts_AreInvalidValuesAtTheirFields()
    {
        Problem[] problems = [.. AttendanceRecord.CountProblems(s_march, -2, -3, "$.attendance[4]")];

        problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.attendance[4].daysInVillage", ProblemCodes.InvalidValue),
            ("$.attendance[4].leaveDays", ProblemCodes.InvalidValue));
        problems[0].Message.Should().Contain("-2");
        problems[0].ChineseMessage.Should().Contain("-2");
        problems[1].Message.Should().Contain("-3");
        problems[1].ChineseMessage.Should().Contain("-3");
    }

    [Fact]
    public void CountProblems_DaysBeyondTheMonth_IsAtDaysInVillageAndNamesTheMonth()
    {
        Problem problem = AttendanceRecord.CountProblems(s_february, 29, 0, "$.attendance[1]").Should().ContainSingle().Subject;

        (problem.Path, problem.Code).Should().Be(("$.attendance[1].daysInVillage", ProblemCodes.InvalidValue));
        problem.Message.Should().Contain("29").And.Contain("28").And.Contain("2019-02");
        problem.ChineseMessage.Should().Contain("29").And.Contain("28").And.Contain("2019-02");
    }

    [Fact]
    public void CountProblems_SumBeyondTheMonth_IsAtLeaveDaysAndNamesBothCounts()
    {
        Problem problem = AttendanceRecord.CountProblems(s_march, 25, 7, "$.a[2]").Should().ContainSingle().Subject;

        (problem.Path, problem.Code).Should().Be(("$.a[2].leaveDays", ProblemCodes.InvalidValue));
        problem.Message.Should().Contain("25").And.Contain("7").And.Contain("31").And.Contain("2019-03");
        problem.ChineseMessage.Should().Contain("25").And.Contain("7").And.Contain("31").And.Contain("2019-03");
    }

    [Fact]
    public void CountProblems_HugeCounts_DoNotOverflow() =>
        AttendanceRecord.CountProblems(s_march, 1, int.MaxValue, "$").Select(p => p.Path).Should().Equal("$.leaveDays");

    [Fact]
    public void CountProblems_NullPath_IsRefused() =>
        ShouldRefuseNull(() => AttendanceRecord.CountProblems(s_march, 0, 0, null!), "path");
}
