using System.Linq;
using PairingDomain.Cadres;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Cadres;

public sealed partial class GradeBookBuilderTests
{
    [Fact]
    public void Build_UnknownCadreOffScaleAndSecondGrade_ReportsAllWithPaths()
    {
        var roster = Standard().BuildRoster();
        var result = new GradeBookBuilder(roster, GradeScale.ThreeGrade)
            .Add(new AnnualGrade(new CadreId("K-1"), 2019, CadreGrade.Competent))
            .Add(new AnnualGrade(new CadreId("K-9"), 2019, CadreGrade.Competent))
            .Add(new AnnualGrade(new CadreId("K-1"), 2019, CadreGrade.BasicallyCompetent))
            .Build();
        result.Success.Should().BeFalse();
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.cadreGrades[1].cadre", ProblemCodes.UnknownReference),
            ("$.cadreGrades[2].grade", ProblemCodes.GradeNotInScale),
            ("$.cadreGrades[2].cadre", ProblemCodes.DuplicateId));
    }

    [Fact]
    public void Build_FourGradeScale_AcceptsBasicallyCompetent()
    {
        var roster = Standard().BuildRoster();
        GradeBook book = new GradeBookBuilder(roster, GradeScale.FourGrade)
            .Add(new AnnualGrade(new CadreId("K-1"), 2019, CadreGrade.BasicallyCompetent))
            .Add(new AnnualGrade(new CadreId("K-1"), 2018, CadreGrade.Incompetent), "$.x[7]")
            .Build().GetValueOrThrow();
        book.GradeOf(new CadreId("K-1"), 2019).Should().Be(CadreGrade.BasicallyCompetent);
        book.GradeOf(new CadreId("K-1"), 2018).Should().Be(CadreGrade.Incompetent);
        book.GradeOf(new CadreId("K-1"), 2020).Should().BeNull();
    }

    [Fact]
    public void Build_CallerPath_IsUsedInProblems()
    {
        var roster = Standard().BuildRoster();
        var result = new GradeBookBuilder(roster, GradeScale.ThreeGrade)
            .Add(new AnnualGrade(new CadreId("K-9"), 2019, CadreGrade.Competent), "$.cadreGrades[4]")
            .Build();
        result.Problems.Single().Path.Should().Be("$.cadreGrades[4].cadre");
    }
}
