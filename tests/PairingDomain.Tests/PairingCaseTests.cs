using System;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Tests.Assessment;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests;

public sealed partial class PairingCaseTests
{
    [Fact]
    public void Assess_Case_GivesTheSameResultAsTheAssessor()
    {
        TestRoster records = WorkedExample.Case();
        var roster = records.BuildRoster();
        var pairingCase = new PairingCase(PolicyEditions.Sichuan2019, 2019, null, records.BuildLedger(roster),
            records.BuildGrades(roster, GradeScale.ThreeGrade));
        pairingCase.EffectiveAsOf.Should().Be(D("2019-12-31"));
        pairingCase.Roster.Should().BeSameAs(roster);
        pairingCase.Assess().Snapshot().Should().Be(records.Assess().Snapshot());
    }

    [Fact]
    public void Constructor_AsOfInAnotherYear_Throws()
    {
        var roster = Standard().BuildRoster();
        Action act = () => _ = new PairingCase(PolicyEditions.Sichuan2019, 2019, D("2018-12-31"),
            Standard().BuildLedger(roster), GradeBook.Empty(roster, GradeScale.ThreeGrade));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_GradesOnAnotherScale_Throws()
    {
        var roster = Standard().BuildRoster();
        Action act = () => _ = new PairingCase(PolicyEditions.Sichuan2019, 2019, null,
            Standard().BuildLedger(roster), GradeBook.Empty(roster, GradeScale.FourGrade));
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_GradesOfAnotherRoster_Throws()
    {
        var roster = Standard().BuildRoster();
        var other = Standard().BuildRoster();
        Action act = () => _ = new PairingCase(PolicyEditions.Sichuan2019, 2019, null,
            Standard().BuildLedger(roster), GradeBook.Empty(other, GradeScale.ThreeGrade));
        act.Should().Throw<ArgumentException>();
    }
}
