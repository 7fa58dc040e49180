namespace PairingDomain.Assessment;

/// <summary>
/// The values of <see cref="ActivityVerdict"/> as a byte for the bulk path; <see cref="AssessmentPlan.ToVerdict"/> turns
/// one into the public verdict.
/// </summary>
internal enum VerdictCode : byte
{
    /// <summary><see cref="ActivityVerdict.Counted"/>.</summary>
    Counted = 0,

    /// <summary><see cref="ActivityVerdict.OtherKind"/>.</summary>
    OtherKind = 1,

    /// <summary><see cref="ActivityVerdict.OtherYear"/>.</summary>
    OtherYear = 2,

    /// <summary><see cref="ActivityVerdict.AfterAsOf"/>.</summary>
    AfterAsOf = 3,

    /// <summary><see cref="ActivityVerdict.LeaderNotInPost"/>.</summary>
    LeaderNotInPost = 4,

    /// <summary><see cref="ActivityVerdict.OutsidePairing"/>.</summary>
    OutsidePairing = 5,

    /// <summary><see cref="ActivityVerdict.NotLeadUnit"/>.</summary>
    NotLeadUnit = 6,
}
