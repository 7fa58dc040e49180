using System;
using PairingDomain.Places;
using PairingDomain.Time;

namespace PairingDomain.Assessment;

/// <summary>
/// One entry of a duty's breakdown by period and county (case-format-2.md §3 <c>periods</c>, domain.md §4): for one period
/// in force and, for a per-county duty (<c>DUTY-ANNUAL-PLAN</c>, <c>DUTY-LEAD-JOINT-MEETINGS</c>), one county, its own
/// pro-rated minimum, its count and its status. It says which county lacks its plan, and which quarter is still open
/// while the year is pending.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Required"/> is the entry's own minimum: for a quarterly duty the rule's minimum for that quarter; for a
/// yearly duty the minimum pro-rated by the target's whole quarters in force and rounded up (<c>PRORATE-BY-QUARTER</c>),
/// 0 when no whole quarter is in force. <see cref="Status"/> is <see cref="DutyStatus.Pending"/> while the period ends
/// after the as-of date, even when the minimum is already reached; otherwise <see cref="DutyStatus.Short"/> below the
/// minimum and <see cref="DutyStatus.Met"/> at or above it.
/// </para>
/// <para>
/// A yearly duty always has its year entry (one per county for a per-county duty: every county assisted, or led, some
/// day of the year). A quarterly duty has one entry per quarter wholly in force; for a per-county quarterly duty one per
/// county for which the quarter is in force, so a county with no whole quarter in force has none
/// (<c>PERIODS-QUARTERS-IN-FORCE</c>), though its activities still count in <see cref="DutyResult.Recorded"/>. The
/// entries' required counts sum to <see cref="DutyResult.Required"/>.
/// </para>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class DutyPeriodResult
{
    internal DutyPeriodResult(DutyPeriod period, DivisionCode? county, int required, int recorded, DutyStatus status)
    {
        Preconditions.CheckArgument(county is not { Value: null }, nameof(county), "The county code is the default value.");
        Preconditions.CheckArgumentRange(nameof(required), required, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(recorded), recorded, 0, int.MaxValue);
        Preconditions.CheckNotNull(status, nameof(status));
        Period = period;
        County = county;
        Required = required;
        Recorded = recorded;
        Status = status;
    }

    /// <summary>The period: the assessed year for a yearly duty, one of its quarters for a quarterly one.</summary>
    public DutyPeriod Period { get; }

    /// <summary>The county for a per-county duty; null for a per-unit duty.</summary>
    public DivisionCode? County { get; }

    /// <summary>The entry's own minimum, pro-rated for a yearly duty by the whole quarters in force.</summary>
    public int Required { get; }

    /// <summary>The qualifying activities recorded for this county (or the unit) in the period up to the as-of date.</summary>
    public int Recorded { get; }

    /// <summary>Met, short, or pending while the period ends after the as-of date.</summary>
    public DutyStatus Status { get; }

    /// <summary>How many more qualifying activities the entry needs at least: <c>max(0, Required − Recorded)</c>.</summary>
    public int Shortfall => Math.Max(0, Required - Recorded);

    /// <inheritdoc />
    public override string ToString() =>
        County is { } county ? $"{Period} {county.Value} {Recorded}/{Required} {Status.Name}" : $"{Period} {Recorded}/{Required} {Status.Name}";
}
