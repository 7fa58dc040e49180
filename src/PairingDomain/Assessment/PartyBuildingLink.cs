using System.Collections.Immutable;
using PairingDomain.Places;

namespace PairingDomain.Assessment;

/// <summary>
/// The evidence a unit's assessment gives the party-building responsibility system (党建工作责任制, §III.8
/// <c>LINK-PARTY-BUILDING</c>; case-format-2.md §3 <c>links.partyBuilding</c>): its posted villages and their party
/// pairings (结对共建, §III.5), and its party lectures and branch guidance.
/// </summary>
/// <remarks>
/// <see cref="PostedVillages"/> counts the villages where a cadre of the unit was in post some day of the window;
/// <see cref="PairedVillages"/> those of them with a party pairing of the unit in force some day of the window;
/// <see cref="UnpairedVillages"/> the others, in code order. <see cref="PartyLectures"/> and
/// <see cref="BranchGuidance"/> count the unit's activities of those kinds dated in the window in a county it assists
/// that day (one outside the pairing is <c>ACTIVITY-OUTSIDE-PAIRING</c> and not counted).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class PartyBuildingLink
{
    internal PartyBuildingLink(int postedVillages, int pairedVillages, ImmutableArray<VillageCode> unpairedVillages, int partyLectures,
        int branchGuidance)
    {
        PostedVillages = postedVillages;
        PairedVillages = pairedVillages;
        UnpairedVillages = unpairedVillages;
        PartyLectures = partyLectures;
        BranchGuidance = branchGuidance;
    }

    /// <summary>The villages where a cadre of the unit was in post some day of the window.</summary>
    public int PostedVillages { get; }

    /// <summary>How many of them had a party pairing with the unit in force some day of the window.</summary>
    public int PairedVillages { get; }

    /// <summary>The codes of the posted villages without one, in code order.</summary>
    public ImmutableArray<VillageCode> UnpairedVillages { get; }

    /// <summary>The unit's <c>party-lecture</c> activities (党组织书记讲党课) in an assisted county in the window.</summary>
    public int PartyLectures { get; }

    /// <summary>The unit's <c>branch-guidance</c> activities (蹲点指导) in an assisted county in the window.</summary>
    public int BranchGuidance { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"{PairedVillages}/{PostedVillages} paired, {PartyLectures} lectures, {BranchGuidance} guidance";
}
