using System;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Cadres;
using PairingDomain.Party;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Party;

/// <summary>
/// Party building (§III.5: "结对共建", "党组织书记讲党课", "蹲点指导"; case-format-2.md §1) and the three links (§III.8:
/// "与部门年度目标绩效考核、创建‘四好一强’领导班子、党建工作责任制挂钩"; §3 <c>links</c>).
/// </summary>
public class PartyBuildingTests
{
    private static PartyPairing Pairing(string unit, string village, string from = "2019-01-01", string? to = null) =>
        new(new UnitId(unit), VillageCode.Parse(village), R(from, to));

    private static (AnnualAssessment Assessment, Roster Roster) Assess(TestRoster r, Func<Roster, PartyPairingBook> pairings,
        string? asOf = null)
    {
        Roster roster = r.BuildRoster();
        ActivityLedger ledger = r.BuildLedger(roster);
        var pairingCase = new PairingCase(PolicyEditions.Sichuan2019, 2019, asOf is null ? null : D(asOf), ledger,
            r.BuildGrades(roster, GradeScale.ThreeGrade), CadreWorkBook.Empty(roster));
        return (pairingCase.WithPartyPairings(pairings(roster)).Assess(), roster);
    }

    [Fact]
    public void Builder_BadRecords_AreEveryOneReportedAtOnce()
    {
        Roster roster = Standard().BuildRoster();
        BuildResult<PartyPairingBook> result = new PartyPairingBookBuilder(roster)
            .Add(Pairing("U-9", V1))
            .Add(Pairing(U1, V2))
            .Add(Pairing(U1, V1))
            .Add(Pairing("U-8", V3), "$.partyPairings[3]")
            .Build();
        result.Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.partyPairings[0].unit", "unknown-reference"),
            ("$.partyPairings[1].village", "unknown-reference"),
            ("$.partyPairings[3].unit", "unknown-reference"),
            ("$.partyPairings[3].village", "unknown-reference"));
    }

    [Fact]
    public void Builder_GoodRecords_AreKeptInOrder()
    {
        Roster roster = Standard().BuildRoster();
        PartyPairingBook book = new PartyPairingBookBuilder(roster).Add(Pairing(U1, V1)).Add(Pairing(U1, V1, "2018-01-01", "2018-12-31"))
            .Build().GetValueOrThrow();
        book.Pairings.Select(p => p.Validity.Start.Year).Should().Equal(2019, 2018);
        PartyPairingBook.Empty(roster).Pairings.Should().BeEmpty();
    }

    [Fact]
    public void Ledger_BranchGuidanceWithoutVillage_AndPartyLectureWithoutCounty_AreMissingFields()
    {
        Roster roster = Standard().BuildRoster();
        Activity Make(string id, ActivityKind kind, string? county) =>
            new(new ActivityId(id), kind, new UnitId(U1), null, ActivityTime.On(D("2019-05-01")), county is null ? null : DivisionCode.Parse(county), null);
        var builder = new ActivityLedgerBuilder(roster);
        builder.Add(Make("A-1", ActivityKind.BranchGuidance, C1));
        builder.Add(Make("A-2", ActivityKind.PartyLecture, C1));
        builder.Add(Make("A-3", ActivityKind.PartyLecture, null));
        builder.Build().Problems.Select(p => (p.Path, p.Code)).Should().Equal(
            ("$.activities[0].village", "missing-field"), ("$.activities[2].county", "missing-field"));
    }

    [Fact]
    public void PartyKinds_FeedNoDuty_AndCountInTheLink()
    {
        TestRoster r = Standard()
            .Activity("A-1", ActivityKind.PartyLecture, U1, "2019-05-01", C1)
            .Activity("A-2", ActivityKind.BranchGuidance, U1, "2019-06-01", C1, village: V1)
            .Activity("A-3", ActivityKind.BranchGuidance, U1, "2019-07-01", C1, village: V1)
            .Activity("A-4", ActivityKind.PartyLecture, U1, "2018-12-31", C1);
        (AnnualAssessment a, _) = Assess(r, roster => PartyPairingBook.Empty(roster));

        a.Unit(U1).Duties.SelectMany(d => d.Evidence).Should().BeEmpty();
        PartyBuildingLink party = a.Unit(U1).Links!.PartyBuilding!;
        (party.PartyLectures, party.BranchGuidance).Should().Be((1, 2), "A-4 is dated before the window");
    }

    [Fact]
    public void PartyLectureInACountyNotAssisted_IsOutsideThePairingAndNotCounted()
    {
        TestRoster r = Standard().County(C2).Activity("A-1", ActivityKind.PartyLecture, U1, "2019-05-01", C2);
        (AnnualAssessment a, _) = Assess(r, roster => PartyPairingBook.Empty(roster));
        a.FindingKeys().Should().Contain(("ACTIVITY-OUTSIDE-PAIRING", "A-1"));
        a.Unit(U1).Links!.PartyBuilding!.PartyLectures.Should().Be(0);
    }

    [Fact]
    public void PostedVillages_PairedInTheWindow_AndTheOthersInCodeOrder()
    {
        // K-1 in V1 all year, K-2 in V3 from July, K-3 in V2 only in 2018; V1 paired in the window, V3 paired only in 2018.
        TestRoster r = Standard().County(C3).Village(V3).Pairing(C3, U1).County(C2).Village(V2).Pairing(C2, U1)
            .Cadre("K-2", U1, V3, from: "2019-07-01").Cadre("K-3", U1, V2, from: "2018-01-01", to: "2018-12-31");
        (AnnualAssessment a, _) = Assess(r, roster => new PartyPairingBookBuilder(roster)
            .Add(Pairing(U1, V1, "2019-12-01")).Add(Pairing(U1, V3, "2018-01-01", "2018-12-31")).Add(Pairing(U1, V2))
            .Build().GetValueOrThrow());

        PartyBuildingLink party = a.Unit(U1).Links!.PartyBuilding!;
        (party.PostedVillages, party.PairedVillages).Should().Be((2, 1));
        party.UnpairedVillages.Select(v => v.Value).Should().Equal(V3);
    }

    [Fact]
    public void PostedVillages_MidYear_CountTheWindowOnly()
    {
        TestRoster r = Standard().Cadre("K-2", U1, V1, from: "2019-07-01");
        (AnnualAssessment a, _) = Assess(r, roster => new PartyPairingBookBuilder(roster).Add(Pairing(U1, V1, "2019-07-01"))
            .Build().GetValueOrThrow(), asOf: "2019-06-30");
        PartyBuildingLink party = a.Unit(U1).Links!.PartyBuilding!;
        (party.PostedVillages, party.PairedVillages).Should().Be((1, 0), "the pairing starts after the window");
    }

    [Fact]
    public void Links_PerformanceIsTheScore_AndFourGoodOneStrongIsTheExcellenceBar()
    {
        (AnnualAssessment a, _) = Assess(Standard().Grade("K-1", CadreGrade.Incompetent).Unit(U2), roster => PartyPairingBook.Empty(roster));
        UnitAssessment u1 = a.Unit(U1);
        (u1.Links!.Performance!.Points, u1.Links!.Performance.Grade).Should().Be((u1.Score!.Points, u1.Score.Grade));
        u1.Links!.FourGoodOneStrong.Should().BeSameAs(u1.Excellence);
        u1.Links!.FourGoodOneStrong!.Eligible.Should().BeFalse();
        u1.Links.Should().BeSameAs(u1.Links);

        UnitAssessment u2 = a.Unit(U2);
        u2.Links!.Performance.Should().BeNull("U-2 owes no duty");
        u2.Links!.PartyBuilding!.PostedVillages.Should().Be(0);
    }

    [Fact]
    public void PairingCase_WithPartyPairings_KeepsThemThroughWithCadreWork_AndRefusesAnotherRoster()
    {
        Roster roster = Standard().BuildRoster();
        var pairingCase = new PairingCase(PolicyEditions.Sichuan2019, 2019, null, Standard().BuildLedger(roster),
            GradeBook.Empty(roster, GradeScale.ThreeGrade));
        PartyPairingBook book = new PartyPairingBookBuilder(roster).Add(Pairing(U1, V1)).Build().GetValueOrThrow();

        pairingCase.PartyPairings.Pairings.Should().BeEmpty();
        pairingCase.WithPartyPairings(book).WithCadreWork(CadreWorkBook.Empty(roster)).PartyPairings.Should().BeSameAs(book);
        FluentActions.Invoking(() => pairingCase.WithPartyPairings(PartyPairingBook.Empty(Standard().BuildRoster())))
            .Should().Throw<ArgumentException>().WithParameterName("partyPairings");
        FluentActions.Invoking(() => pairingCase.WithPartyPairings(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void PartyPairing_DefaultIds_Throw()
    {
        FluentActions.Invoking(() => new PartyPairing(default, VillageCode.Parse(V1), R("2019-01-01"))).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new PartyPairing(new UnitId(U1), default, R("2019-01-01"))).Should().Throw<ArgumentException>();
        Pairing(U1, V1).ToString().Should().Contain(V1);
    }
}
