using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Threading;
using PairingDomain.Policy;
using PairingDomain.Time;

namespace PairingDomain.Assessment;

/// <summary>
/// How one unit stands on one duty of domain.md §4 for the assessed year: required and recorded counts, status, the
/// short periods and the evidence.
/// </summary>
/// <remarks>
/// <see cref="Required"/> is the minimum for the whole year, pro-rated for partial-year pairings under
/// <c>PRORATE-BY-QUARTER</c>. <see cref="Recorded"/> counts the qualifying activities dated in the year up to the as-of
/// date. <see cref="Evidence"/> lists the activities that counted, computed on first use from the ledger.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class DutyResult
{
    private readonly Explainer? _explainer;
    private readonly int _unit;
    private readonly int _duty;
    private ActivityId[]? _evidence;
    private DutyPeriodResult[]? _periods;

    /// <summary>For a restored result: the format of the document it was read from; null for a result of the assessor.</summary>
    private readonly string? _storedIn;

    internal DutyResult(DutyRule rule, int required, int recorded, DutyStatus status,
        ImmutableArray<DutyPeriod> shortPeriods, Explainer explainer, int unit, int duty)
    {
        Rule = rule.Id;
        Source = rule.Source;
        Required = required;
        Recorded = recorded;
        Status = status;
        ShortPeriods = shortPeriods;
        _explainer = explainer;
        _unit = unit;
        _duty = duty;
    }

    /// <summary>
    /// A result restored from a stored document of <paramref name="storedIn"/>: its periods and evidence are the stored
    /// ones, and each that the document does not carry (null) throws (Reading <c>STORED-RESULTS-ONLY</c>).
    /// </summary>
    internal DutyResult(RuleId rule, string source, int required, int recorded, DutyStatus status, ImmutableArray<DutyPeriod> shortPeriods,
        DutyPeriodResult[]? periods, ActivityId[]? evidence, string storedIn)
    {
        Rule = rule;
        Source = source;
        Required = required;
        Recorded = recorded;
        Status = status;
        ShortPeriods = shortPeriods;
        _periods = periods;
        _evidence = evidence;
        _storedIn = storedIn;
    }

    /// <summary>The duty's rule identifier.</summary>
    public RuleId Rule { get; }

    /// <summary>The clause the duty comes from, for example <c>SC-2019-4 §III.2</c>.</summary>
    public string Source { get; }

    /// <summary>The minimum for the whole assessed year.</summary>
    public int Required { get; }

    /// <summary>The qualifying activities recorded in the year up to the as-of date.</summary>
    public int Recorded { get; }

    /// <summary>The duty's status as of the assessment date.</summary>
    public DutyStatus Status { get; }

    /// <summary>Each ended period below its minimum, in time order.</summary>
    public ImmutableArray<DutyPeriod> ShortPeriods { get; }

    /// <summary>
    /// The duty broken down by period in force and, for a per-county duty, by county (case-format-2.md §3
    /// <c>periods</c>): in time order (the year, or Q1 to Q4), then by county code within a period.
    /// </summary>
    /// <remarks>
    /// Computed on first use from the assessment's counters, off the bulk pass, and kept; concurrent first uses compute
    /// equal arrays. See <see cref="DutyPeriodResult"/> for what each entry holds and which entries there are.
    /// </remarks>
    /// <exception cref="InvalidOperationException">
    /// The result was restored from a stored <c>pairing-assessment/1</c> document, which carries no periods.
    /// </exception>
    public ImmutableArray<DutyPeriodResult> Periods
    {
        get
        {
            DutyPeriodResult[]? periods = Volatile.Read(ref _periods);
            if (periods is null)
            {
                if (_explainer is null)
                {
                    throw RestoredAssessment.NotStored(_storedIn!, "a duty's periods");
                }
                periods = _explainer.Periods(_unit, _duty);
                Volatile.Write(ref _periods, periods);
            }
            return ImmutableCollectionsMarshal.AsImmutableArray(periods);
        }
    }

    /// <summary>How many more qualifying activities the year needs at least: <c>max(0, Required − Recorded)</c>.</summary>
    public int Shortfall => Math.Max(0, Required - Recorded);

    /// <summary>The identifiers of the activities that counted, in ledger order.</summary>
    /// <remarks>Computed on first use from the unit's activities and kept; concurrent first uses compute equal arrays.</remarks>
    /// <exception cref="InvalidOperationException">
    /// The result was restored from a stored document written without evidence (<c>IncludeEvidence = false</c>).
    /// </exception>
    public ImmutableArray<ActivityId> Evidence
    {
        get
        {
            ActivityId[]? evidence = Volatile.Read(ref _evidence);
            if (evidence is null)
            {
                if (_explainer is null)
                {
                    throw RestoredAssessment.NotStored(_storedIn! + " (written without evidence)", "a duty's evidence");
                }
                evidence = _explainer.Evidence(_unit, _duty);
                Volatile.Write(ref _evidence, evidence);
            }
            return ImmutableCollectionsMarshal.AsImmutableArray(evidence);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Rule} {Recorded}/{Required} {Status.Name}";
}
