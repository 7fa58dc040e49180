using System;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Units;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Cadres;

/// <summary>
/// Every problem names the record it is about (issue 7: emptying those messages survived), and records are located at the path the
/// caller gave or at their index among all records added.
/// </summary>
public sealed partial class GradeBookBuilderTests
{
    private static readonly Roster s_rosterOfTwo = Standard().Unit(U2).Main(U2, M2).County(C2).Village(V2).BuildRoster();

    [Fact]
    public void GradeBookBuild_EveryProblem_NamesItsCadreGradeOrFirstRecord()
    {
        Problem[] problems = [.. new GradeBookBuilder(s_rosterOfTwo, GradeScale.ThreeGrade)
            .Add(new AnnualGrade(new CadreId("K-1"), 2019, CadreGrade.Competent), "$.g[0]")
            .Add(new AnnualGrade(new CadreId("K-404"), 2019, CadreGrade.Competent))
            .Add(new AnnualGrade(new CadreId("K-1"), 2019, CadreGrade.BasicallyCompetent))
            .Build().Problems];

        problems.Select(p => p.Code).Should().Equal(ProblemCodes.UnknownReference, ProblemCodes.GradeNotInScale, ProblemCodes.DuplicateId);
        problems[0].Message.Should().Contain("K-404");
        problems[1].Message.Should().Contain(nameof(CadreGrade.BasicallyCompetent)).And.Contain(GradeScale.ThreeGrade.Name)
            .And.Contain(string.Join(", ", GradeScale.ThreeGrade.Grades.Select(g => g.ChineseName)), "the message lists the scale's grades");
        problems[2].Message.Should().Contain("K-1").And.Contain("2019").And.Contain("$.g[0]");
    }
}
