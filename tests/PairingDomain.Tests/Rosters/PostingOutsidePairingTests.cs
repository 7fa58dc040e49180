using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Rosters;

/// <summary>
/// POSTING-OUTSIDE-PAIRING, §III.4 and domain.md §8 ("provincial units send 1–4 cadres each ... within their existing
/// pairings"): a cadre is posted to a village of a county its unit assists at some time during the posting.
/// </summary>
public class PostingOutsidePairingTests
{
    private static TestRoster Base() => new TestRoster().Unit(U1).County(C1).County(C2).Village(V1).Village(V2);

    [Fact]
    public void Findings_CadreInVillageOfUnassistedCounty_NamesTheCadre()
    {
        var roster = Base().Pairing(C1, U1).Cadre("K-1", U1, V2).BuildRoster();
        roster.Findings.FindingKeys().Should().Equal((RuleIds.PostingOutsidePairing.Value, "K-1"));
    }

    [Fact]
    public void Findings_PostingEndsTheDayBeforeThePairingStarts_IsOutside()
    {
        var roster = Base().Pairing(C1, U1, "2019-04-01").Cadre("K-1", U1, V1, "2018-01-01", "2019-03-31").BuildRoster();
        roster.Findings.FindingKeys().Should().Equal((RuleIds.PostingOutsidePairing.Value, "K-1"));
    }

    [Fact]
    public void Findings_PostingSharesOneDayWithThePairing_IsInside()
    {
        var roster = Base().Pairing(C1, U1, "2019-04-01").Cadre("K-1", U1, V1, "2018-01-01", "2019-04-01").BuildRoster();
        roster.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Findings_ParticipantsCadre_IsInside()
    {
        var roster = Base().Unit(U2).Pairing(C2, U2, participants: U1).Cadre("K-1", U1, V2).BuildRoster();
        roster.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Assess_PostingOutside_IsCarriedIntoTheAssessmentFindings()
    {
        var assessment = Base().Pairing(C1, U1).Cadre("K-1", U1, V2).Assess();
        assessment.FindingKeys().Should().Contain((RuleIds.PostingOutsidePairing.Value, "K-1"));
    }
}
