namespace PairingDomain.Pairings;

/// <summary>
/// The stable codes of the <see cref="Problem"/>s <see cref="CountyPairingAssembler"/> reports about pairing memberships
/// kept a row per unit and county.
/// </summary>
/// <remarks>
/// Kept apart from <see cref="ProblemCodes"/>, which lists the codes of the JSON contract's records (case-format.md):
/// a <c>pairing-case/1</c> document carries whole county pairings, not memberships. The strings never change.
/// <threadsafety>Constants only.</threadsafety>
/// </remarks>
public static class MembershipProblemCodes
{
    /// <summary>A membership's <c>to</c> is before its <c>from</c> (the JSON reader's code for the same fault).</summary>
    public const string DateOrder = "date-order";

    /// <summary>Two units lead one county on the same day: <c>PAIR-ONE-LEAD</c>, domain.md §3.</summary>
    public const string TwoLeads = "pairing-two-leads";

    /// <summary>A county has participating units on a day it has no lead unit: <c>PAIR-ONE-LEAD</c>, domain.md §3.</summary>
    public const string NoLead = "pairing-no-lead";

    /// <summary>
    /// One unit is a member of one county twice on overlapping days, in the same role or as both lead and participant
    /// (<c>PAIR-LEAD-AND-PARTICIPANT</c>, domain.md §3).
    /// </summary>
    public const string OverlappingMembership = "pairing-overlapping-membership";
}
