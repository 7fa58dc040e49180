using System.Threading;
using PairingDomain.Assessment.Rules;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

public sealed partial class UnitAssessment
{
    private ScoringTable _scoringTable = ScoringTable.Empty;
    private bool _mechanismScored;
    private int _cadresShort;
    private UnitScore? _score;

    /// <summary>
    /// The unit's score under the edition's scoring table (the three links, 三挂钩, §III.8; case-format-2.md §2, §3
    /// <c>score</c>); null exactly when the unit owes no duty (<see cref="Duties"/> is empty).
    /// </summary>
    /// <remarks>
    /// Computed on first use from the duties' <see cref="DutyResult.Periods"/>, the mechanism and the unit's cadres'
    /// <c>DUTY-CADRE-FULL-TIME</c>, and kept; concurrent first uses compute equal scores. For a <c>pairing-case/1</c>
    /// case, which has no cadre duties, the cadres' row deducts nothing; <c>pairing-assessment/1</c> does not write the
    /// score.
    /// </remarks>
    /// <exception cref="System.InvalidOperationException">
    /// The unit was restored from a stored <c>pairing-assessment/1</c> document, which carries no score.
    /// </exception>
    public UnitScore? Score
    {
        get
        {
            if (_restored)
            {
                return _notStoredIn is null ? _score : throw RestoredAssessment.NotStored(_notStoredIn, "a unit's score");
            }
            if (Duties.IsEmpty)
            {
                return null;
            }
            UnitScore? score = Volatile.Read(ref _score);
            if (score is null)
            {
                score = ScoreRules.Evaluate(_scoringTable, this, _mechanismScored, _cadresShort);
                Volatile.Write(ref _score, score);
            }
            return score;
        }
    }

    /// <summary>Gives the unit what its score reads beyond its own results; called once, before the assessment is published.</summary>
    internal void AttachScoring(ScoringTable table, bool mechanismScored, int cadresShort)
    {
        _scoringTable = table;
        _mechanismScored = mechanismScored;
        _cadresShort = cadresShort;
    }
}
