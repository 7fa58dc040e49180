using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// One unit's result on one duty that differs between two assessments of the same case (<see cref="AssessmentComparison"/>):
/// its status before and after, with the minimum required and the count recorded under each edition.
/// </summary>
/// <remarks>
/// A duty one edition does not evaluate has a null status on that side (a duty added, removed or switched off).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class DutyChange
{
    internal DutyChange(RuleId rule, DutyStatus? before, DutyStatus? after, int requiredBefore, int requiredAfter, int recordedBefore, int recordedAfter)
    {
        Rule = rule;
        Before = before;
        After = after;
        RequiredBefore = requiredBefore;
        RequiredAfter = requiredAfter;
        RecordedBefore = recordedBefore;
        RecordedAfter = recordedAfter;
    }

    /// <summary>The duty.</summary>
    public RuleId Rule { get; }

    /// <summary>Its status in the first assessment, or null when that edition does not evaluate it.</summary>
    public DutyStatus? Before { get; }

    /// <summary>Its status in the second assessment, or null when that edition does not evaluate it.</summary>
    public DutyStatus? After { get; }

    /// <summary>The minimum required in the first assessment (0 when not evaluated).</summary>
    public int RequiredBefore { get; }

    /// <summary>The minimum required in the second assessment (0 when not evaluated).</summary>
    public int RequiredAfter { get; }

    /// <summary>The activities counted in the first assessment (0 when not evaluated).</summary>
    public int RecordedBefore { get; }

    /// <summary>The activities counted in the second assessment (0 when not evaluated).</summary>
    public int RecordedAfter { get; }

    /// <summary>Whether the duty is short after and was not before: the unit became short on it.</summary>
    public bool BecameShort => After == DutyStatus.Short && Before != DutyStatus.Short;

    /// <summary>Whether the duty was short before and is not after.</summary>
    public bool NoLongerShort => Before == DutyStatus.Short && After != DutyStatus.Short;

    /// <inheritdoc />
    public override string ToString() => $"{Rule} {Before?.Name ?? "-"} → {After?.Name ?? "-"}";
}
