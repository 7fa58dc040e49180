using System.Linq;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Cadres;

/// <summary>Every problem of every record, at once, at the caller's path, naming its record in both languages.</summary>
public sealed partial class CadreWorkBookBuilderTests
{
    [Fact]
    public void Build_LocalCadreWithACadresId_IsDuplicateIdAtItsId()
    {
        Problem problem = new CadreWorkBookBuilder(s_roster).AddLocalCadre(Local("K-2")).Build().Problems.Should().ContainSingle().Subject;

        (problem.Path, problem.Code).Should().Be(("$.localCadres[0].id", ProblemCodes.DuplicateId));
        ShouldName(problem, "K-2");
    }

    [Fact]
    public void Build_SecondLocalCadreWithAnId_IsDuplicateIdNamingTheFirst()
    {
        Problem problem = new CadreWorkBookBuilder(s_roster)
            .AddLocalCadre(Local("L-1"), "$.local[7]")
            .AddLocalCadre(Local("L-1"))
            .Build().Problems.Should().ContainSingle().Subject;

        (problem.Path, problem.Code).Should().Be(("$.localCadres[1].id", ProblemCodes.DuplicateId));
        ShouldName(problem, "L-1", "$.local[7]");
    }

    [Fact]
    public void Build_LocalCadreOfAnUnknownVillage_IsUnknownReferenceAtItsVillage()
    {
        Problem problem = new CadreWorkBookBuilder(s_roster).AddLocalCadre(Local("L-1", s_v2)).Build().Problems.Should().ContainSingle().Subject;

        (problem.Path, problem.Code).Should().Be(("$.localCadres[0].village", ProblemCodes.UnknownReference));
        ShouldName(problem, V2);
    }

    [Fact]
    public void Build_RecordsOfAnUnknownCadre_AreUnknownReferencesAtTheirCadre()
    {
        Problem[] problems = [.. new CadreWorkBookBuilder(s_roster)
            .AddAttendance(Attendance("K-404"))
            .AddWorkRecord(Work("K-405"))
            .AddReview(Review("K-406"))
            .Build().Problems];

        problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.attendance[0].cadre", ProblemCodes.UnknownReference),
            ("$.cadreWork[0].cadre", ProblemCodes.UnknownReference),
            ("$.cadreReviews[0].cadre", ProblemCodes.UnknownReference));
        ShouldName(problems[0], "K-404");
        ShouldName(problems[1], "K-405");
        ShouldName(problems[2], "K-406");
    }

    [Fact]
    public void Build_RecordsOfALocalCadre_AreUnknownReferencesSayingItIsLocal()
    {
        Problem[] problems = [.. new CadreWorkBookBuilder(s_roster)
            .AddAttendance(Attendance("L-1"))
            .AddWorkRecord(Work("L-1"))
            .AddReview(Review("L-1"))
            .AddLocalCadre(Local("L-1"))
            .Build().Problems];

        problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.attendance[0].cadre", ProblemCodes.UnknownReference),
            ("$.cadreWork[0].cadre", ProblemCodes.UnknownReference),
            ("$.cadreReviews[0].cadre", ProblemCodes.UnknownReference));
        problems.Should().OnlyContain(p => p.Message.Contains("L-1") && p.ChineseMessage.Contains("L-1"));
        problems.Select(p => p.Message).Distinct().Should().ContainSingle("the same reference gives the same message");
        problems[0].Message.Should().NotBe(new CadreWorkBookBuilder(s_roster).AddAttendance(Attendance("L-1")).Build().Problems[0].Message,
            "a local cadre's id is told apart from an id no one has");
    }

    [Fact]
    public void Build_SecondAttendanceOfACadreAndMonth_IsDuplicateIdNamingCadreMonthAndFirst()
    {
        Problem problem = new CadreWorkBookBuilder(s_roster)
            .AddAttendance(Attendance("K-1"), "$.att[3]")
            .AddAttendance(Attendance("K-2"))
            .AddAttendance(Attendance("K-1", new YearMonth(2019, 4)))
            .AddAttendance(Attendance("K-1"))
            .Build().Problems.Should().ContainSingle().Subject;

        (problem.Path, problem.Code).Should().Be(("$.attendance[3].cadre", ProblemCodes.DuplicateId));
        ShouldName(problem, "K-1", "2019-03", "$.att[3]");
    }

    [Fact]
    public void Build_SecondWorkRecordOfACadreAndYear_IsDuplicateIdNamingCadreYearAndFirst()
    {
        Problem problem = new CadreWorkBookBuilder(s_roster)
            .AddWorkRecord(Work("K-2"))
            .AddWorkRecord(Work("K-2", 2018))
            .AddWorkRecord(Work("K-2"), "$.w[9]")
            .Build().Problems.Should().ContainSingle().Subject;

        (problem.Path, problem.Code).Should().Be(("$.w[9].cadre", ProblemCodes.DuplicateId));
        ShouldName(problem, "K-2", "2019", "$.cadreWork[0]");
    }

    [Fact]
    public void Build_SecondCommitteeActivityWithAnId_IsDuplicateIdNamingTheFirst()
    {
        Problem problem = new CadreWorkBookBuilder(s_roster)
            .AddCommitteeActivity(Training("T-1"))
            .AddCommitteeActivity(Training("T-1"))
            .Build().Problems.Should().ContainSingle().Subject;

        (problem.Path, problem.Code).Should().Be(("$.committeeActivities[1].id", ProblemCodes.DuplicateId));
        ShouldName(problem, "T-1", "$.committeeActivities[0]");
    }

    [Fact]
    public void Build_CommitteeActivityWithALedgerId_IsDuplicateIdOnlyWhenTheLedgerIsGiven()
    {
        ActivityLedger ledger = Standard().Cadre("K-2", U1, V1).Plan("A-1", U1, "2019-02-01").BuildLedger(s_roster);

        Problem problem = new CadreWorkBookBuilder(s_roster, ledger).AddCommitteeActivity(Training("A-1"))
            .Build().Problems.Should().ContainSingle().Subject;
        (problem.Path, problem.Code).Should().Be(("$.committeeActivities[0].id", ProblemCodes.DuplicateId));
        ShouldName(problem, "A-1");
        new CadreWorkBookBuilder(s_roster).AddCommitteeActivity(Training("A-1")).Build().Success.Should().BeTrue();
    }

    [Fact]
    public void Build_ManyBadRecords_ReportsEveryProblemInCollectionOrder()
    {
        BuildResult<CadreWorkBook> result = new CadreWorkBookBuilder(s_roster)
            .AddCommitteeActivity(Training("T-1"))
            .AddCommitteeActivity(Training("T-1"))
            .AddReview(Review("K-9"))
            .AddWorkRecord(Work("K-9"))
            .AddAttendance(Attendance("K-9"))
            .AddLocalCadre(Local("K-1", s_v2))
            .Build();

        result.Success.Should().BeFalse();
        result.Problems.Select(p => p.Path).Should().Equal(
            "$.localCadres[0].id", "$.localCadres[0].village", "$.attendance[0].cadre", "$.cadreWork[0].cadre",
            "$.cadreReviews[0].cadre", "$.committeeActivities[1].id");
    }
}
