using System.Collections.Immutable;
using PairingDomain.Policy;
using PairingDomain.Time;

namespace PairingDomain.Assessment;

/// <summary>
/// How the Work Committee (省直机关工委) stands on a duty of its own for the assessed year: <c>DUTY-COMMITTEE-TRAINING</c>
/// (§III.6, 5 demonstration trainings for stationed cadres in 2019), counted from the committee's activities of
/// <c>pairing-case/2</c> dated in the window (case-format-2.md §2, §3 <c>committee.duties</c>).
/// </summary>
/// <remarks>
/// A yearly duty: <c>pending</c> before the year's last day, then <c>met</c> or <c>short</c>; always reported when the
/// edition applies it, trainings or none. It has no per-period breakdown (case-format-2.md §4).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class CommitteeDutyResult
{
    private readonly ImmutableArray<ActivityId> _evidence;
    private readonly string? _storedIn;

    internal CommitteeDutyResult(DutyRule rule, int recorded, DutyStatus status, ImmutableArray<DutyPeriod> shortPeriods,
        ImmutableArray<ActivityId> evidence)
    {
        Rule = rule.Id;
        Source = rule.Source;
        Required = rule.Minimum;
        Recorded = recorded;
        Status = status;
        ShortPeriods = shortPeriods;
        _evidence = evidence;
    }

    /// <summary>
    /// A result restored from a stored document of <paramref name="storedIn"/>; <paramref name="evidence"/> null when the
    /// document carries none, so that <see cref="Evidence"/> throws (Reading <c>STORED-RESULTS-ONLY</c>).
    /// </summary>
    internal CommitteeDutyResult(RuleId rule, string source, int required, int recorded, DutyStatus status,
        ImmutableArray<DutyPeriod> shortPeriods, ImmutableArray<ActivityId>? evidence, string storedIn)
    {
        Rule = rule;
        Source = source;
        Required = required;
        Recorded = recorded;
        Status = status;
        ShortPeriods = shortPeriods;
        _evidence = evidence ?? default;
        _storedIn = storedIn;
    }

    /// <summary>The duty's rule identifier.</summary>
    public RuleId Rule { get; }

    /// <summary>The clause the duty comes from, for example <c>SC-2019-4 §III.6</c>.</summary>
    public string Source { get; }

    /// <summary>The minimum for the year: the edition's figure (5 in <c>sichuan-2019</c>).</summary>
    public int Required { get; }

    /// <summary>The committee's activities of the duty's kind dated in the year up to the as-of date.</summary>
    public int Recorded { get; }

    /// <summary>The duty's status as of the assessment date.</summary>
    public DutyStatus Status { get; }

    /// <summary>The year, when it ended below its minimum; otherwise empty.</summary>
    public ImmutableArray<DutyPeriod> ShortPeriods { get; }

    /// <summary>The identifiers of the activities that counted, in the order given.</summary>
    /// <exception cref="System.InvalidOperationException">
    /// The result was restored from a stored document written without evidence (<c>IncludeEvidence = false</c>).
    /// </exception>
    public ImmutableArray<ActivityId> Evidence => !_evidence.IsDefault ? _evidence
        : throw RestoredAssessment.NotStored(_storedIn + " (written without evidence)", "the committee duty's evidence");

    /// <inheritdoc />
    public override string ToString() => $"{Rule} {Recorded}/{Required} {Status.Name}";
}
