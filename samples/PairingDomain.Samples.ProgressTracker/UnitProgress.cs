using System.Collections.Generic;
using System.Collections.Immutable;
using PairingDomain.Assessment;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Samples.ProgressTracker;

/// <summary>A quarterly duty in the current quarter: how many counted so far against the quarter's minimum.</summary>
/// <param name="Rule">The duty.</param>
/// <param name="Target">The county the minimum is counted for, or null for the unit as a whole.</param>
/// <param name="Done">Qualifying activities dated in the quarter up to the as-of date.</param>
/// <param name="Minimum">The quarter's minimum.</param>
internal sealed record QuarterDuty(RuleId Rule, string? Target, int Done, int Minimum)
{
    /// <summary>Whether the quarter still needs activities.</summary>
    public bool IsOpen => Done < Minimum;
}

/// <summary>What one unit has done and what is still due, as of a date.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Quarter">The current quarter.</param>
/// <param name="QuarterDuties">The quarterly duties of the current quarter, open or done.</param>
/// <param name="EarlierShort">
/// Quarterly duties short in a quarter that has ended, with each short entry (quarter, and county for a per-county duty).
/// </param>
/// <param name="YearDuties">The yearly duties with required and recorded counts.</param>
/// <param name="VillagesAtRisk">Villages the unit posts cadres to that are due to exit this year and have not.</param>
/// <param name="CountiesAtRisk">Counties the unit assists that are due to be delisted this year and have not been.</param>
/// <param name="Blocks">At the year's end: what bars the unit from excellence.</param>
internal sealed record UnitProgress(
    AssistanceUnit Unit,
    DutyPeriod Quarter,
    ImmutableArray<QuarterDuty> QuarterDuties,
    ImmutableArray<(RuleId Rule, ImmutableArray<DutyPeriodResult> Entries)> EarlierShort,
    ImmutableArray<DutyResult> YearDuties,
    ImmutableArray<string> VillagesAtRisk,
    ImmutableArray<string> CountiesAtRisk,
    ImmutableArray<ExcellenceBlock> Blocks)
{
    /// <summary>Whether the unit owes any duty this year (it has a pairing in force).</summary>
    public bool IsPaired => !QuarterDuties.IsEmpty || !YearDuties.IsEmpty || !EarlierShort.IsEmpty;

    /// <summary>Activities still needed this year for the yearly duties.</summary>
    public int YearRemaining
    {
        get
        {
            int sum = 0;
            foreach (DutyResult duty in YearDuties)
            {
                sum += duty.Shortfall;
            }
            return sum;
        }
    }

    /// <summary>The open quarterly duties.</summary>
    public IEnumerable<QuarterDuty> OpenQuarterDuties
    {
        get
        {
            foreach (QuarterDuty duty in QuarterDuties)
            {
                if (duty.IsOpen)
                {
                    yield return duty;
                }
            }
        }
    }
}
