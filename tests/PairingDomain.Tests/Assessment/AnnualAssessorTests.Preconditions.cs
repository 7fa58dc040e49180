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
using PairingDomain.Tests.Support;

namespace PairingDomain.Tests.Assessment;

/// <summary>
/// Argument checks of <see cref="AnnualAssessor.Assess"/> (issue 7: removing any survived).
/// </summary>
public sealed partial class AnnualAssessorTests
{
    private static readonly Roster s_rosterOfTwo = Standard().Unit(U2).Main(U2, M2).County(C2).Village(V2).BuildRoster();

    [Fact]
    public void Assess_GradesOfAnotherRoster_SaysRoster() =>
        FluentActions.Invoking(() => AnnualAssessor.Assess(PolicyEditions.Sichuan2019, Standard().BuildLedger(s_rosterOfTwo),
                GradeBook.Empty(Standard().BuildRoster(), GradeScale.ThreeGrade), 2019))
            .Should().ThrowExactly<ArgumentException>().WithParameterName("grades").Which.Message.Should().Contain("roster");

    private static readonly TestRoster s_case = Standard();
    private static readonly PairingDomain.Rosters.Roster s_roster = s_case.BuildRoster();
    private static readonly ActivityLedger s_ledger = s_case.BuildLedger(s_roster);
    private static readonly GradeBook s_grades = s_case.BuildGrades(s_roster, GradeScale.ThreeGrade);
    private static readonly PolicyEdition s_edition = PolicyEditions.Sichuan2019;

    [Fact]
    public void Assess_NullEdition_Throws() =>
        FluentActions.Invoking(() => AnnualAssessor.Assess(null!, s_ledger, s_grades, 2019, null))
            .Should().Throw<ArgumentNullException>().WithParameterName("edition");

    [Fact]
    public void Assess_NullLedger_Throws() =>
        FluentActions.Invoking(() => AnnualAssessor.Assess(s_edition, null!, s_grades, 2019, null))
            .Should().Throw<ArgumentNullException>().WithParameterName("ledger");

    [Fact]
    public void Assess_NullGrades_Throws() =>
        FluentActions.Invoking(() => AnnualAssessor.Assess(s_edition, s_ledger, null!, 2019, null))
            .Should().Throw<ArgumentNullException>().WithParameterName("grades");

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void Assess_YearOutOfRange_Throws(int year) =>
        FluentActions.Invoking(() => AnnualAssessor.Assess(s_edition, s_ledger, s_grades, year, null))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(year));

    [Theory]
    [InlineData(1)]
    [InlineData(9998)]
    public void Assess_YearAtTheEdgesOfItsRange_IsAssessed(int year) =>
        AnnualAssessor.Assess(s_edition, s_ledger, s_grades, year, null, new AssessmentOptions(AllowYearOutsideEdition: true))
            .Year.Should().Be(year);

    [Fact]
    public void Assess_GradesOfAnotherRoster_Throws()
    {
        GradeBook other = GradeBook.Empty(Standard().BuildRoster(), GradeScale.ThreeGrade);

        FluentActions.Invoking(() => AnnualAssessor.Assess(s_edition, s_ledger, other, 2019, null))
            .Should().Throw<ArgumentException>().WithParameterName("grades").Which.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Assess_GradesOnAnotherScale_Throws()
    {
        GradeBook fourGrade = GradeBook.Empty(s_roster, GradeScale.FourGrade);

        FluentActions.Invoking(() => AnnualAssessor.Assess(s_edition, s_ledger, fourGrade, 2019, null))
            .Should().Throw<ArgumentException>().WithParameterName("grades")
            .Which.Message.Should().Contain(s_edition.Id);
    }

    [Fact]
    public void Assess_AsOfOutsideTheYear_ThrowsNamingTheIsoDateAndTheYear() =>
        FluentActions.Invoking(() => AnnualAssessor.Assess(s_edition, s_ledger, s_grades, 2019, D("2020-01-01")))
            .Should().Throw<ArgumentException>().WithParameterName("asOf").Which.Message.Should().Contain("2020-01-01").And.Contain("2019");

    [Fact]
    public void Assess_NullOptions_IsOneThreadAndEqualToParallel()
    {
        AnnualAssessment sequential = AnnualAssessor.Assess(s_edition, s_ledger, s_grades, 2019, null, null);
        AnnualAssessment parallel = AnnualAssessor.Assess(s_edition, s_ledger, s_grades, 2019, null, new AssessmentOptions(Parallel: true));

        sequential.Units.Should().BeEquivalentTo(parallel.Units, o => o.ComparingByMembers<UnitAssessment>());
    }
}
