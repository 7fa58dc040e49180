using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// One duty across every unit of two assessments of the same case (<see cref="AssessmentComparison"/>): how many units
/// were short on it before and after, and how many changed either way.
/// </summary>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed class DutyChangeSummary
{
    internal DutyChangeSummary(RuleId rule, int shortBefore, int shortAfter, int becameShort, int noLongerShort, int otherChanges)
    {
        Rule = rule;
        ShortBefore = shortBefore;
        ShortAfter = shortAfter;
        BecameShort = becameShort;
        NoLongerShort = noLongerShort;
        OtherChanges = otherChanges;
    }

    /// <summary>The duty.</summary>
    public RuleId Rule { get; }

    /// <summary>Units short on it in the first assessment.</summary>
    public int ShortBefore { get; }

    /// <summary>Units short on it in the second assessment.</summary>
    public int ShortAfter { get; }

    /// <summary>Units short after that were not before.</summary>
    public int BecameShort { get; }

    /// <summary>Units short before that are not after.</summary>
    public int NoLongerShort { get; }

    /// <summary>Units whose status changed otherwise (met and pending, or evaluated on one side only, neither side short).</summary>
    public int OtherChanges { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Rule}: short {ShortBefore} → {ShortAfter}";
}
