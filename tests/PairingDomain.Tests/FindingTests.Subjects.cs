using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests;

/// <summary>
/// Every finding's message names its subject and what it concerns (issue 7: emptied messages survived). The wording is
/// free; the identifiers a reader needs to act on are pinned.
/// </summary>
public sealed partial class FindingTests
{
    [Fact]
    public void ActivityOutsidePairing_Message_NamesActivityUnitAndTheFirstCountyOfTheRoster()
    {
        // C1 is the roster's first county (index 0): its code must still be named, not "no county".
        AnnualAssessment a = Standard().County(C2)
            .Visit("A-1", U1, M1, "2017-06-01")
            .Plan("A-2", U1, "2019-03-01", C2)
            .Activity("A-3", ActivityKind.StudyTour, U1, "2019-03-01", C1)
            .Assess();
        Finding f = a.Findings.Single(x => x.Rule == RuleIds.ActivityOutsidePairing);

        f.Subject.Should().Be("A-2");
        f.Message.Should().Contain("A-2").And.Contain(U1).And.Contain(C2).And.Contain("2019-03-01");
    }

    [Fact]
    public void ActivityOutsidePairing_Message_OfTheFirstCountyNamesIt()
    {
        AnnualAssessment a = new Support.TestRoster()
            .Unit(U1).Main(U1, M1).Deputy(U1, D1).County(C1).County(C2).Village(V1)
            .Pairing(C2, U1).Cadre("K-1", U1, V1)
            .Plan("A-1", U1, "2019-03-01", C1)
            .Assess();

        Finding f = a.Findings.Single(x => x.Rule == RuleIds.ActivityOutsidePairing);
        f.Message.Should().Contain(C1);
    }

    [Fact]
    public void ActivityOutsidePairing_MeetingWithNoCountyOnAnUnpairedDay_SaysItHasNoCounty()
    {
        AnnualAssessment a = new Support.TestRoster().Unit(U1).Main(U1, M1).County(C1).Pairing(C1, U1, "2019-07-01")
            .LeadershipMeeting("A-1", U1, M1, "2019-03-01")
            .Assess();

        Finding f = a.Findings.Single(x => x.Rule == RuleIds.ActivityOutsidePairing);
        f.Message.Should().Contain("A-1").And.Contain("no county").And.NotContain(C1);
    }

    [Fact]
    public void AtRiskFindings_Message_NameTheVillageAndTheCounty()
    {
        AnnualAssessment a = new Support.TestRoster()
            .Unit(U1).Main(U1, M1).Deputy(U1, D1).County(C1, plannedDelistingYear: 2019).Village(V1, plannedExitYear: 2019)
            .Pairing(C1, U1).Cadre("K-1", U1, V1)
            .Assess("2019-06-30");

        a.Findings.Single(f => f.Rule == RuleIds.BundleVillageAtRisk).Message.Should().Contain(V1).And.Contain(U1);
        a.Findings.Single(f => f.Rule == RuleIds.BundleCountyAtRisk).Message.Should().Contain(C1);
    }

    [Fact]
    public void RosterFindings_Message_NameTheirSubjects()
    {
        AnnualAssessment a = new Support.TestRoster()
            .Unit(U1).Main(U1, M1).Unit(U2).Main(U2, M2).Unit(U3)
            .County(C1).County(C2).County(C3).Village(V3)
            .Pairing(C1, U1).Pairing(C1, U2, participants: U1)   // two leads of C1, U1 lead and participant
            .Cadre("K-1", U1, V3)                                 // posted in C3, which U1 never assists
            .Assess();

        a.Findings.Single(f => f.Rule == RuleIds.PairOneLead).Message.Should().Contain(C1).And.Contain(U1).And.Contain(U2);
        a.Findings.Single(f => f.Rule == RuleIds.PairLeadAndParticipant).Message.Should().Contain(U1).And.Contain(C1);
        a.Findings.Single(f => f.Rule == RuleIds.PostingOutsidePairing).Message.Should().Contain("K-1").And.Contain(V3).And.Contain(C3);
        a.Findings.Where(f => f.Rule == RuleIds.PairFullCoverage).Select(f => f.Subject).Should().Equal(C2, C3);
        a.Findings.Where(f => f.Rule == RuleIds.PairFullCoverage).Should().AllSatisfy(f => f.Message.Should().Contain(f.Subject).And.Contain("2019"));
    }

    [Fact]
    public void Findings_AreOrderedByRuleThenSubject()
    {
        AnnualAssessment a = new Support.TestRoster()
            .Unit(U1).Main(U1, M1).County(C3).County(C1).County(C2).Village(V3)
            .Cadre("K-2", U1, V3).Cadre("K-1", U1, V3)
            .Assess();

        var keys = a.Findings.Select(f => (f.Rule.Value, f.Subject)).ToList();
        keys.Should().HaveCountGreaterThan(3);
        keys.Should().BeInAscendingOrder(System.Collections.Generic.Comparer<(string, string)>.Create((x, y) =>
            string.CompareOrdinal(x.Item1, y.Item1) is var r and not 0 ? r : string.CompareOrdinal(x.Item2, y.Item2)));
        keys.Should().OnlyHaveUniqueItems();
    }
}
