using System.Collections.Immutable;
using NodaTime;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// How one stationed cadre stands on one of the cadre's own duties for the assessed year (case-format-2.md §2, §3
/// "Per cadre"): <c>DUTY-CADRE-FULL-TIME</c> (§III.4: full-time in the village with a work plan and ledger) or
/// <c>DUTY-CADRE-DAYS</c> (days in the village each month, where an edition enables it).
/// </summary>
/// <remarks>
/// <see cref="Missing"/> names what the work record lacks as the data stand, also while <see cref="Status"/> is
/// <c>pending</c>; only <c>short</c> criticises (<c>CRITICISE-ON-CADRE-DUTY-SHORT</c>).
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class CadreDutyResult
{
    internal CadreDutyResult(RuleId rule, string source, DutyStatus status, ImmutableArray<CadreWorkPart> missing,
        int? requiredDaysPerMonth, ImmutableArray<YearMonth> shortMonths, bool leaveExceeded)
    {
        Rule = rule;
        Source = source;
        Status = status;
        Missing = missing;
        RequiredDaysPerMonth = requiredDaysPerMonth;
        ShortMonths = shortMonths;
        LeaveExceeded = leaveExceeded;
    }

    /// <summary>The duty's rule identifier: <c>DUTY-CADRE-FULL-TIME</c> or <c>DUTY-CADRE-DAYS</c>.</summary>
    public RuleId Rule { get; }

    /// <summary>The clause the duty comes from in the edition applied, for example <c>SC-2019-4 §III.4</c>.</summary>
    public string Source { get; }

    /// <summary>The duty's status as of the assessment date.</summary>
    public DutyStatus Status { get; }

    /// <summary>
    /// For <c>DUTY-CADRE-FULL-TIME</c>, what the year's work record lacks, in <see cref="CadreWorkPart"/> order: just
    /// <see cref="CadreWorkPart.Record"/> when there is none. Empty for <c>DUTY-CADRE-DAYS</c>.
    /// </summary>
    public ImmutableArray<CadreWorkPart> Missing { get; }

    /// <summary>For <c>DUTY-CADRE-DAYS</c>, the minimum days in the village each month; null for <c>DUTY-CADRE-FULL-TIME</c>.</summary>
    public int? RequiredDaysPerMonth { get; }

    /// <summary>For <c>DUTY-CADRE-DAYS</c>, each judged month below the minimum, in time order; empty otherwise.</summary>
    public ImmutableArray<YearMonth> ShortMonths { get; }

    /// <summary>For <c>DUTY-CADRE-DAYS</c>, whether the year's leave days exceed the edition's yearly maximum.</summary>
    public bool LeaveExceeded { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Rule} {Status.Name}";
}
