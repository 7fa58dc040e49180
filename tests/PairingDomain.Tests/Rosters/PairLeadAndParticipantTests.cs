using PairingDomain.Policy;
using PairingDomain.Tests.Support;
using static PairingDomain.Tests.Support.TestRoster;

namespace PairingDomain.Tests.Rosters;

/// <summary>
/// PAIR-LEAD-AND-PARTICIPANT, §III.1: a county has a lead unit (牵头单位) and participating units (参与单位); one unit is
/// not both for one county at the same time, in one pairing or in two.
/// </summary>
public class PairLeadAndParticipantTests
{
    private static TestRoster TwoUnits() => new TestRoster().Unit(U1).Unit(U2).County(C1).County(C2);

    [Fact]
    public void Findings_LeadListedAsItsOwnParticipant_NamesTheCounty()
    {
        var roster = TwoUnits().Pairing(C1, U1, participants: [U2, U1]).BuildRoster();
        roster.Findings.FindingKeys().Should().Equal((RuleIds.PairLeadAndParticipant.Value, C1));
    }

    [Fact]
    public void Findings_LeadInOnePairingParticipantInAnotherOverlapping_NamesTheCounty()
    {
        var roster = TwoUnits().Pairing(C1, U1, "2018-01-01", "2019-06-30").Pairing(C1, U2, "2019-06-30", participants: U1).BuildRoster();
        roster.Findings.FindingKeys().Should().Contain((RuleIds.PairLeadAndParticipant.Value, C1));
    }

    [Fact]
    public void Findings_LeadThenParticipantWithoutOverlap_IsSound()
    {
        var roster = TwoUnits().Pairing(C1, U1, "2018-01-01", "2019-06-30").Pairing(C1, U2, "2019-07-01", participants: U1).BuildRoster();
        roster.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Findings_LeadOfOneCountyParticipantOfAnother_IsSound()
    {
        var roster = TwoUnits().Pairing(C1, U1, participants: U2).Pairing(C2, U2, participants: U1).BuildRoster();
        roster.Findings.Should().BeEmpty();
    }
}
