using PairingDomain.Party;

namespace PairingDomain.Assessment;

public sealed partial class AnnualAssessment
{
    /// <summary>
    /// Gives the units' party-building evidence the case's party pairings (case-format-2.md §1 <c>partyPairings</c>);
    /// called once by <see cref="AnnualAssessor"/>'s Assess, before the assessment is published.
    /// </summary>
    internal AnnualAssessment AttachPartyPairings(PartyPairingBook? pairings)
    {
        if (!Units.IsEmpty)
        {
            Units[0].PartyBuildingEvidence?.Attach(pairings);
        }
        return this;
    }
}
