using System.Collections.Immutable;
using NodaTime;
using PairingDomain.Assessment;
using PairingDomain.Policy;

namespace PairingDomain.EntityFrameworkCore;

/// <summary>How a unit stood in one year of the history (<see cref="AssessmentHistory.UnitHistoryAsync"/>).</summary>
/// <param name="Year">The assessed year.</param>
/// <param name="AsOf">The as-of date of the year's assessment: what the unit owed as of the day it was assessed.</param>
/// <param name="AssessmentId">The stored assessment (<see cref="Rows.StoredAssessment.Id"/>).</param>
/// <param name="AssessedAt">When that assessment was made.</param>
/// <param name="Eligible">Whether the unit could be rated excellent (§III.8).</param>
/// <param name="MainLeaderEligible">Whether its main leader could be rated excellent (§III.8).</param>
/// <param name="Duties">The duties it owed, in the edition's catalogue order (domain.md §4).</param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record UnitYear(int Year, LocalDate AsOf, long AssessmentId, Instant AssessedAt, bool Eligible, bool MainLeaderEligible,
    ImmutableArray<DutyYear> Duties);

/// <summary>One duty of a unit in one year of the history (domain.md §4, case-format.md <c>duties[]</c>).</summary>
/// <param name="Rule">The duty's rule.</param>
/// <param name="Required">The minimum for the year.</param>
/// <param name="Recorded">The qualifying activities recorded up to the as-of date.</param>
/// <param name="Status">The status as of that date.</param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record DutyYear(RuleId Rule, int Required, int Recorded, DutyStatus Status);

/// <summary>
/// Consecutive years in which a unit was short of one duty (<see cref="AssessmentHistory.ShortInConsecutiveYearsAsync"/>).
/// </summary>
/// <param name="Unit">The unit.</param>
/// <param name="Rule">The duty.</param>
/// <param name="FirstYear">The first year of the run.</param>
/// <param name="LastYear">The last year of the run.</param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record ShortRun(UnitId Unit, RuleId Rule, int FirstYear, int LastYear)
{
    /// <summary>How many years the run lasts.</summary>
    public int Years => LastYear - FirstYear + 1;
}

/// <summary>How one duty changed from the year before (<see cref="AssessmentHistory.DutyYearOverYearAsync"/>).</summary>
/// <param name="Rule">The duty.</param>
/// <param name="Year">The later year.</param>
/// <param name="UnitsOwing">The units that owed the duty in <paramref name="Year"/>.</param>
/// <param name="UnitsShort">Of those, the units short.</param>
/// <param name="PreviousUnitsOwing">The units that owed it the year before.</param>
/// <param name="PreviousUnitsShort">Of those, the units short.</param>
/// <param name="UnitsNewlyShort">The units short in <paramref name="Year"/> that were not short the year before.</param>
/// <param name="UnitsNoLongerShort">The units short the year before that are not short in <paramref name="Year"/>.</param>
/// <remarks><threadsafety>Immutable and thread-safe.</threadsafety></remarks>
public sealed record DutyYearChange(RuleId Rule, int Year, int UnitsOwing, int UnitsShort, int PreviousUnitsOwing,
    int PreviousUnitsShort, int UnitsNewlyShort, int UnitsNoLongerShort);
