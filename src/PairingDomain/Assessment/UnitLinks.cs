namespace PairingDomain.Assessment;

/// <summary>
/// The three links (三挂钩, §III.8; case-format-2.md §3 <c>links</c>): what a unit's assessment feeds into its annual
/// target performance assessment (<c>LINK-PERFORMANCE</c>), the 四好一强 evaluation of its leadership team
/// (<c>LINK-FOUR-GOOD-ONE-STRONG</c>) and the party-building responsibility system (<c>LINK-PARTY-BUILDING</c>).
/// </summary>
/// <remarks>
/// <see cref="Performance"/> is null exactly when the unit owes no duty, as its score is; <see cref="FourGoodOneStrong"/>
/// is the unit's <see cref="UnitAssessment.Excellence"/> (case-format-2.md §4). A link whose rule the edition lacks or
/// switches off is null (Interpretation <c>LINKS-FOLLOW-EDITION</c>).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class UnitLinks
{
    internal UnitLinks(PerformanceLink? performance, ExcellenceResult? fourGoodOneStrong, PartyBuildingLink? partyBuilding)
    {
        Performance = performance;
        FourGoodOneStrong = fourGoodOneStrong;
        PartyBuilding = partyBuilding;
    }

    /// <summary>
    /// The score's points and grade, for 部门年度目标绩效考核 (<c>LINK-PERFORMANCE</c>); null for a unit with no duties,
    /// and when the edition does not apply <c>LINK-PERFORMANCE</c>.
    /// </summary>
    public PerformanceLink? Performance { get; }

    /// <summary>
    /// The excellence bar (eligible, blocked by), for 四好一强 (<c>LINK-FOUR-GOOD-ONE-STRONG</c>); null when the edition
    /// does not apply <c>LINK-FOUR-GOOD-ONE-STRONG</c>.
    /// </summary>
    public ExcellenceResult? FourGoodOneStrong { get; }

    /// <summary>
    /// The party-building evidence, for 党建工作责任制 (<c>LINK-PARTY-BUILDING</c>); null when the edition does not apply
    /// <c>LINK-PARTY-BUILDING</c>.
    /// </summary>
    public PartyBuildingLink? PartyBuilding { get; }
}
