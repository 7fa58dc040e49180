using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// The duty results of every unit of one assessment as plain values in one array, a fixed stride of
/// <see cref="AssessmentPlan.Duties"/> cells per unit (issue 17, target 2): the bulk assessment allocates no object per
/// (unit, duty), and a unit's <see cref="UnitAssessment.Duties"/> are made from its cells on first use.
/// </summary>
/// <remarks>
/// Each unit's cells are written by the one thread that assesses the unit, before the assessment is published, and only
/// read after; the parallel mode writes distinct units from distinct threads.
/// </remarks>
internal sealed class DutyTable
{
    private readonly AssessmentPlan _plan;
    private readonly Explainer _explainer;
    private readonly Cell[] _cells;
    private readonly byte[] _counts;

    internal DutyTable(AssessmentPlan plan, Explainer explainer)
    {
        _plan = plan;
        _explainer = explainer;
        _cells = new Cell[plan.Roster.Units.Length * plan.Duties.Length];
        _counts = new byte[plan.Roster.Units.Length];
    }

    /// <summary>The cells unit <paramref name="unit"/> may fill: one per duty of the edition, in catalogue order.</summary>
    internal Span<Cell> Row(int unit) => _cells.AsSpan(unit * _plan.Duties.Length, _plan.Duties.Length);

    /// <summary>Records that unit <paramref name="unit"/> owes the first <paramref name="count"/> cells of its row.</summary>
    internal void SetCount(int unit, int count) => _counts[unit] = checked((byte)count);

    /// <summary>The duties unit <paramref name="unit"/> owes, as values.</summary>
    internal ReadOnlySpan<Cell> Cells(int unit) => _cells.AsSpan(unit * _plan.Duties.Length, _counts[unit]);

    /// <summary>Whether some duty of unit <paramref name="unit"/> is short, without making its results.</summary>
    internal bool HasShort(int unit)
    {
        foreach (Cell cell in Cells(unit))
        {
            if (cell.Status == Cell.ShortStatus)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Unit <paramref name="unit"/>'s duty results, made from its cells.</summary>
    internal ImmutableArray<DutyResult> Results(int unit) => Results(_plan, Cells(unit), unit, _explainer);

    /// <summary>The duty results of <paramref name="cells"/>, unit <paramref name="unit"/>'s.</summary>
    internal static ImmutableArray<DutyResult> Results(AssessmentPlan plan, ReadOnlySpan<Cell> cells, int unit, Explainer explainer)
    {
        if (cells.IsEmpty)
        {
            return [];
        }
        var results = new DutyResult[cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            Cell cell = cells[i];
            results[i] = new DutyResult(plan.Duties[cell.Duty], cell.Required, cell.Recorded, cell.DutyStatus,
                plan.ShortPeriods(cell.ShortMask), explainer, unit, cell.Duty);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(results);
    }

    /// <summary>One unit's result on one duty, as values: what <see cref="DutyResult"/> shows, without the object.</summary>
    [StructLayout(LayoutKind.Auto)]
    internal readonly struct Cell(int duty, int required, int recorded, byte status, QuarterMask shortMask)
    {
        internal const byte MetStatus = 0, ShortStatus = 1, PendingStatus = 2;

        /// <summary>The duty's index in <see cref="AssessmentPlan.Duties"/>.</summary>
        internal int Duty { get; } = duty;

        internal int Required { get; } = required;

        internal int Recorded { get; } = recorded;

        /// <summary><see cref="MetStatus"/>, <see cref="ShortStatus"/> or <see cref="PendingStatus"/>.</summary>
        internal byte Status { get; } = status;

        /// <summary>The ended periods below their minimum.</summary>
        internal QuarterMask ShortMask { get; } = shortMask;

        internal DutyStatus DutyStatus => Status switch
        {
            ShortStatus => DutyStatus.Short,
            PendingStatus => DutyStatus.Pending,
            _ => DutyStatus.Met,
        };
    }
}
