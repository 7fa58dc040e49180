using System.Collections.Immutable;
using System.Threading;
using PairingDomain.Assessment.Rules;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

public sealed partial class UnitAssessment
{
    private PartyBuildingEvidence? _partyBuilding;
    private int _unitIndex;
    private bool _performanceLinked = true;
    private bool _fourGoodOneStrongLinked = true;
    private bool _partyBuildingLinked = true;
    private UnitLinks? _links;

    /// <summary>
    /// The three links (三挂钩, §III.8; case-format-2.md §3 <c>links</c>): the score for the performance assessment, the
    /// excellence bar for 四好一强, and the party-building evidence. Each is present only when the edition applies its
    /// rule (<c>LINK-PERFORMANCE</c>, <c>LINK-FOUR-GOOD-ONE-STRONG</c>, <c>LINK-PARTY-BUILDING</c>); null when the edition
    /// applies none of the three (Interpretation <c>LINKS-FOLLOW-EDITION</c>).
    /// </summary>
    /// <remarks>
    /// Computed on first use and kept; concurrent first uses compute equal links. The party-building evidence of all
    /// units is computed together, in one pass over the ledger, on the first use of any.
    /// </remarks>
    /// <exception cref="System.InvalidOperationException">
    /// The unit was restored from a stored <c>pairing-assessment/1</c> document, which carries no links.
    /// </exception>
    public UnitLinks? Links
    {
        get
        {
            if (_restored)
            {
                return _notStoredIn is null ? _links : throw RestoredAssessment.NotStored(_notStoredIn, "a unit's links");
            }
            if (!_performanceLinked && !_fourGoodOneStrongLinked && !_partyBuildingLinked)
            {
                return null;
            }
            UnitLinks? links = Volatile.Read(ref _links);
            if (links is null)
            {
                links = new UnitLinks(
                    _performanceLinked && Score is { } score ? new PerformanceLink(score.Points, score.Grade) : null,
                    _fourGoodOneStrongLinked ? Excellence : null,
                    _partyBuildingLinked ? _partyBuilding?.For(_unitIndex) ?? new PartyBuildingLink(0, 0, [], 0, 0) : null);
                Volatile.Write(ref _links, links);
            }
            return links;
        }
    }

    /// <summary>
    /// Gives the unit the assessment's party-building evidence and which of the three links its edition applies; called
    /// once, before the assessment is published.
    /// </summary>
    internal void AttachLinks(PartyBuildingEvidence evidence, int unitIndex, PolicyEdition edition)
    {
        _partyBuilding = evidence;
        _unitIndex = unitIndex;
        _performanceLinked = edition.Applies(RuleIds.LinkPerformance);
        _fourGoodOneStrongLinked = edition.Applies(RuleIds.LinkFourGoodOneStrong);
        _partyBuildingLinked = edition.Applies(RuleIds.LinkPartyBuilding);
    }

    /// <summary>The assessment's party-building evidence, shared by every unit.</summary>
    internal PartyBuildingEvidence? PartyBuildingEvidence => _partyBuilding;

    /// <summary>
    /// The same unit with <paramref name="duties"/> counted again by a live assessment and its links read from
    /// <paramref name="evidence"/>, the extended ledger's: its mechanism, excellence, main leaders and what its score reads
    /// beyond its own results are unchanged by new activities.
    /// </summary>
    internal UnitAssessment Recounted(ImmutableArray<DutyResult> duties, PartyBuildingEvidence evidence)
    {
        var copy = new UnitAssessment(Unit, duties, Mechanism, Excellence, MainLeaderExcellence) { MainLeaders = _mainLeaders };
        copy.AttachScoring(_scoringTable, _mechanismScored, _cadresShort);
        copy._partyBuilding = evidence;
        copy._unitIndex = _unitIndex;
        copy._performanceLinked = _performanceLinked;
        copy._fourGoodOneStrongLinked = _fourGoodOneStrongLinked;
        copy._partyBuildingLinked = _partyBuildingLinked;
        return copy;
    }
}
