using System;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests;

/// <summary>A case carries the cadres' own work of pairing-case/2 (case-format-2.md §1); a /1 case carries an empty one.</summary>
public sealed partial class PairingCaseTests
{
    private static PairingCase CaseOf(Roster roster) =>
        new(PolicyEditions.Sichuan2019, 2019, null, Standard().BuildLedger(roster), GradeBook.Empty(roster, GradeScale.ThreeGrade));

    [Fact]
    public void Constructor_WithoutCadreWork_CarriesAnEmptyBookOfItsRoster()
    {
        Roster roster = Standard().BuildRoster();
        PairingCase pairingCase = CaseOf(roster);
        pairingCase.CadreWork.Roster.Should().BeSameAs(roster);
        pairingCase.CadreWork.Attendance.Should().BeEmpty();
        pairingCase.CadreWork.CommitteeActivities.Should().BeEmpty();
    }

    [Fact]
    public void WithCadreWork_Book_IsCarriedAndTheRestKept()
    {
        Roster roster = Standard().BuildRoster();
        PairingCase pairingCase = CaseOf(roster);
        CadreWorkBook book = new CadreWorkBookBuilder(roster)
            .AddWorkRecord(new CadreWorkRecord(new CadreId("K-1"), 2019, true, true, false)).Build().GetValueOrThrow();
        PairingCase with = pairingCase.WithCadreWork(book);
        with.CadreWork.Should().BeSameAs(book);
        (with.Edition, with.Year, with.AsOf, with.Ledger, with.Grades).Should()
            .Be((pairingCase.Edition, pairingCase.Year, pairingCase.AsOf, pairingCase.Ledger, pairingCase.Grades));
        pairingCase.CadreWork.WorkRecords.Should().BeEmpty();
    }

    [Fact]
    public void WithCadreWork_BookOfAnotherRoster_Throws()
    {
        PairingCase pairingCase = CaseOf(Standard().BuildRoster());
        Action act = () => _ = pairingCase.WithCadreWork(CadreWorkBook.Empty(Standard().BuildRoster()));
        act.Should().Throw<ArgumentException>().WithParameterName("cadreWork");
    }

    [Fact]
    public void WithCadreWork_Null_Throws()
    {
        PairingCase pairingCase = CaseOf(Standard().BuildRoster());
        Action act = () => _ = pairingCase.WithCadreWork(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("cadreWork");
    }
}
