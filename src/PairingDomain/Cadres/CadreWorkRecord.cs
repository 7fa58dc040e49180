namespace PairingDomain.Cadres;

/// <summary>
/// A stationed cadre's work record for one year (case-format-2.md §1, <c>cadreWork</c>): whether the cadre kept the
/// work plan and the work ledger (帮扶工作计划、台账) and whether the cadre still carried duties at the home unit, the
/// inputs of <c>DUTY-CADRE-FULL-TIME</c> (§III.4: full-time in the village, 全脱产在村, with plan and ledger kept;
/// Sichuan's implementing opinion: members carry no duties at their home unit).
/// </summary>
/// <remarks>
/// At most one record per cadre and year is checked where the records are assembled, by
/// <see cref="CadreWorkBookBuilder"/>.
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed record CadreWorkRecord
{
    /// <summary>Creates a work record.</summary>
    /// <param name="cadre">The stationed cadre.</param>
    /// <param name="year">The year recorded.</param>
    /// <param name="workPlan">Whether the work plan (帮扶工作计划) was kept.</param>
    /// <param name="workLedger">Whether the work ledger (帮扶工作台账) was kept.</param>
    /// <param name="homeUnitDuties">Whether the cadre still carried duties at the home unit (not full-time).</param>
    /// <exception cref="System.ArgumentException"><paramref name="cadre"/> is the default value.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public CadreWorkRecord(CadreId cadre, int year, bool workPlan, bool workLedger, bool homeUnitDuties)
    {
        Preconditions.CheckArgument(cadre.Value is not null, nameof(cadre), "The cadre is the default value.");
        Preconditions.CheckArgumentRange(nameof(year), year, 1, 9999);
        Cadre = cadre;
        Year = year;
        WorkPlan = workPlan;
        WorkLedger = workLedger;
        HomeUnitDuties = homeUnitDuties;
    }

    /// <summary>The stationed cadre.</summary>
    public CadreId Cadre { get; }

    /// <summary>The year recorded.</summary>
    public int Year { get; }

    /// <summary>Whether the work plan (帮扶工作计划) was kept.</summary>
    public bool WorkPlan { get; }

    /// <summary>Whether the work ledger (帮扶工作台账) was kept.</summary>
    public bool WorkLedger { get; }

    /// <summary>Whether the cadre still carried duties at the home unit, and so was not full-time in the village.</summary>
    public bool HomeUnitDuties { get; }
}
