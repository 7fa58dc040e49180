using System.Collections.Immutable;
using PairingDomain.Activities;
using PairingDomain.Assessment.Rules;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

public static partial class AnnualAssessor
{
    /// <summary>
    /// Gives every unit its edition's scoring table and the count of its cadres short on <c>DUTY-CADRE-FULL-TIME</c>,
    /// for <see cref="UnitAssessment.Score"/> (case-format-2.md §2), and the assessment's party-building evidence, for
    /// <see cref="UnitAssessment.Links"/>.
    /// </summary>
    private static void AttachScores(AssessmentPlan plan, ActivityLedger ledger, UnitAssessment[] units, ImmutableArray<CadreActions> cadres)
    {
        PolicyEdition edition = plan.Edition;
        int[] cadresShort = new int[units.Length];
        for (int c = 0; c < cadres.Length; c++)
        {
            foreach (CadreDutyResult duty in cadres[c].Duties)
            {
                if (duty.Rule == RuleIds.DutyCadreFullTime && duty.Status == DutyStatus.Short)
                {
                    cadresShort[plan.Roster.CadreUnit[c]]++;
                }
            }
        }
        bool mechanism = edition.Applies(RuleIds.MechFourInOne);
        var partyBuilding = new PartyBuildingEvidence(plan, ledger);
        for (int u = 0; u < units.Length; u++)
        {
            units[u].AttachScoring(edition.ScoringTable, mechanism, cadresShort[u]);
            units[u].AttachLinks(partyBuilding, u, edition);
        }
    }
}
