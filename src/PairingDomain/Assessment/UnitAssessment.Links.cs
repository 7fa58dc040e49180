using System.Threading;
using PairingDomain.Assessment.Rules;

namespace PairingDomain.Assessment;

public sealed partial class UnitAssessment
{
    private PartyBuildingEvidence? _partyBuilding;
    private int _unitIndex;
    private UnitLinks? _links;

    /// <summary>
    /// The three links (三挂钩, §III.8; case-format-2.md §3 <c>links</c>): the score for the performance assessment, the
    /// excellence bar for 四好一强, and the party-building evidence.
    /// </summary>
    /// <remarks>
    /// Computed on first use and kept; concurrent first uses compute equal links. The party-building evidence of all
    /// units is computed together, in one pass over the ledger, on the first use of any.
    /// </remarks>
    public UnitLinks Links
    {
        get
        {
            UnitLinks? links = Volatile.Read(ref _links);
            if (links is null)
            {
                links = new UnitLinks(Score is { } score ? new PerformanceLink(score.Points, score.Grade) : null, Excellence,
                    _partyBuilding?.For(_unitIndex) ?? new PartyBuildingLink(0, 0, [], 0, 0));
                Volatile.Write(ref _links, links);
            }
            return links;
        }
    }

    /// <summary>Gives the unit the assessment's party-building evidence; called once, before the assessment is published.</summary>
    internal void AttachLinks(PartyBuildingEvidence evidence, int unitIndex)
    {
        _partyBuilding = evidence;
        _unitIndex = unitIndex;
    }

    /// <summary>The assessment's party-building evidence, shared by every unit.</summary>
    internal PartyBuildingEvidence? PartyBuildingEvidence => _partyBuilding;
}
