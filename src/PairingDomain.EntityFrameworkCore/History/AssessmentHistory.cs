using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using PairingDomain.Assessment;
using PairingDomain.EntityFrameworkCore.Rows;
using PairingDomain.Policy;

namespace PairingDomain.EntityFrameworkCore;

/// <summary>
/// The questions asked of the assessment history across years, which an application would otherwise write by hand in
/// SQL: a unit's history (<see cref="UnitHistoryAsync"/>), the units short of a duty in consecutive years
/// (<see cref="ShortInConsecutiveYearsAsync"/>) and the change per duty from one year to the next
/// (<see cref="DutyYearOverYearAsync"/>).
/// </summary>
/// <remarks>
/// <para>
/// A year's assessment is the one stored for that year with the latest as-of date, and among those the latest made
/// (<see cref="StoredAssessment.AssessedAt"/>, then the latest stored): interpretation <c>HISTORY-LATEST-PER-YEAR</c>.
/// So a mid-year assessment stored for a dashboard is superseded by the year-end one, and an assessment re-made under
/// corrected data supersedes the earlier one of the same day.
/// </para>
/// <para>
/// The queries read the result rows (<c>unit_results</c>, <c>duty_results</c>), not the documents; a duty is short in
/// a year when its status there is <c>short</c> (a <c>pending</c> duty of a mid-year assessment is not short).
/// </para>
/// <threadsafety>Stateless and thread-safe; a <see cref="DbContext"/> is not, so give each call its own.</threadsafety>
/// </remarks>
public static class AssessmentHistory
{
    /// <summary>
    /// How <paramref name="unit"/> stood in every year with a stored assessment that assessed it, oldest year first:
    /// what it owed, what it recorded, each duty's status and whether it and its main leader could be rated excellent.
    /// </summary>
    /// <param name="context">A context whose model includes <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One entry per year whose assessment (<c>HISTORY-LATEST-PER-YEAR</c>) has the unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static async Task<IReadOnlyList<UnitYear>> UnitHistoryAsync(this DbContext context, UnitId unit,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<StoredAssessment> years = await LatestPerYearAsync(context, cancellationToken).ConfigureAwait(false);
        List<long> ids = [.. years.Select(a => a.Id)];
        List<UnitResultRow> units = await context.Set<UnitResultRow>().AsNoTracking()
            .Where(r => ids.Contains(r.AssessmentId) && r.UnitId == unit).ToListAsync(cancellationToken).ConfigureAwait(false);
        List<DutyResultRow> duties = await context.Set<DutyResultRow>().AsNoTracking()
            .Where(r => ids.Contains(r.AssessmentId) && r.UnitId == unit).ToListAsync(cancellationToken).ConfigureAwait(false);
        ILookup<long, DutyResultRow> dutiesOf = duties.ToLookup(d => d.AssessmentId);
        Dictionary<long, UnitResultRow> unitOf = units.ToDictionary(u => u.AssessmentId);
        var history = new List<UnitYear>(years.Count);
        foreach (StoredAssessment year in years.OrderBy(a => a.Year))
        {
            if (unitOf.TryGetValue(year.Id, out UnitResultRow? row))
            {
                history.Add(new UnitYear(year.Year, year.AsOf, year.Id, year.AssessedAt, row.Eligible, row.MainLeaderEligible,
                    [.. dutiesOf[year.Id].OrderBy(d => d.Seq).Select(d => new DutyYear(d.Rule, d.Required, d.Recorded, d.Status))]));
            }
        }
        return history;
    }

    /// <summary>
    /// Every run of at least <paramref name="years"/> consecutive years in which a unit was short of the same duty
    /// ("which units were short of deputy visits two years running"), ordered by unit, duty and first year.
    /// </summary>
    /// <param name="context">A context whose model includes <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>.</param>
    /// <param name="years">The shortest run reported, at least 2.</param>
    /// <param name="duty">The duty asked about, or null for every duty.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>
    /// Each maximal run once: a unit short in 2017, 2018 and 2019 is one run from 2017 to 2019. Years follow one another
    /// by number; a year with no stored assessment breaks a run.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is less than 2.</exception>
    public static async Task<IReadOnlyList<ShortRun>> ShortInConsecutiveYearsAsync(this DbContext context, int years = 2,
        RuleId? duty = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 2);
        IReadOnlyList<StoredAssessment> assessments = await LatestPerYearAsync(context, cancellationToken).ConfigureAwait(false);
        Dictionary<long, int> yearOf = assessments.ToDictionary(a => a.Id, a => a.Year);
        List<long> ids = [.. yearOf.Keys];
        IQueryable<DutyResultRow> rows = context.Set<DutyResultRow>().AsNoTracking()
            .Where(r => ids.Contains(r.AssessmentId) && r.Status == DutyStatus.Short);
        if (duty is { } rule)
        {
            rows = rows.Where(r => r.Rule == rule);
        }
        var shorts = await rows.Select(r => new { r.AssessmentId, r.UnitId, r.Rule }).ToListAsync(cancellationToken).ConfigureAwait(false);

        var runs = new List<ShortRun>();
        foreach (var group in shorts.GroupBy(s => (s.UnitId, s.Rule)))
        {
            int[] shortYears = [.. group.Select(s => yearOf[s.AssessmentId]).Order()];
            int first = 0;
            for (int i = 1; i <= shortYears.Length; i++)
            {
                if (i == shortYears.Length || shortYears[i] != shortYears[i - 1] + 1)
                {
                    if (i - first >= years)
                    {
                        runs.Add(new ShortRun(group.Key.UnitId, group.Key.Rule, shortYears[first], shortYears[i - 1]));
                    }
                    first = i;
                }
            }
        }
        return [.. runs.OrderBy(r => r.Unit.Value, StringComparer.Ordinal).ThenBy(r => r.Rule.Value, StringComparer.Ordinal).ThenBy(r => r.FirstYear)];
    }

    /// <summary>
    /// The change per duty from <paramref name="year"/> − 1 to <paramref name="year"/>: how many units owed it and how
    /// many were short in each year, how many became short and how many stopped being short, in ordinal order of rule.
    /// </summary>
    /// <param name="context">A context whose model includes <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>.</param>
    /// <param name="year">The later year.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One entry per duty owed by some unit in either year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No assessment of <paramref name="year"/> or of the year before is stored.</exception>
    public static async Task<IReadOnlyList<DutyYearChange>> DutyYearOverYearAsync(this DbContext context, int year,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<StoredAssessment> assessments = await LatestPerYearAsync(context, cancellationToken).ConfigureAwait(false);
        long previousId = IdOf(assessments, year - 1);
        long currentId = IdOf(assessments, year);
        var rows = await context.Set<DutyResultRow>().AsNoTracking()
            .Where(r => r.AssessmentId == previousId || r.AssessmentId == currentId)
            .Select(r => new { r.AssessmentId, r.UnitId, r.Rule, r.Status }).ToListAsync(cancellationToken).ConfigureAwait(false);

        var changes = new List<DutyYearChange>();
        foreach (var rule in rows.GroupBy(r => r.Rule).OrderBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            HashSet<UnitId> shortBefore = [.. rule.Where(r => r.AssessmentId == previousId && r.Status == DutyStatus.Short).Select(r => r.UnitId)];
            HashSet<UnitId> shortNow = [.. rule.Where(r => r.AssessmentId == currentId && r.Status == DutyStatus.Short).Select(r => r.UnitId)];
            changes.Add(new DutyYearChange(rule.Key, year,
                UnitsOwing: rule.Count(r => r.AssessmentId == currentId),
                UnitsShort: shortNow.Count,
                PreviousUnitsOwing: rule.Count(r => r.AssessmentId == previousId),
                PreviousUnitsShort: shortBefore.Count,
                UnitsNewlyShort: shortNow.Count(u => !shortBefore.Contains(u)),
                UnitsNoLongerShort: shortBefore.Count(u => !shortNow.Contains(u))));
        }
        return changes;
    }

    /// <summary>Each year's assessment under <c>HISTORY-LATEST-PER-YEAR</c>, without documents, oldest year first.</summary>
    /// <param name="context">A context whose model includes <see cref="PairingModelBuilderExtensions.ApplyPairingDomain"/>.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One head row per year that has a stored assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static async Task<IReadOnlyList<StoredAssessment>> LatestPerYearAsync(this DbContext context,
        CancellationToken cancellationToken = default)
    {
        IReadOnlyList<StoredAssessment> all = await AssessmentStore.ListAsync(context, cancellationToken).ConfigureAwait(false);
        return [.. all.GroupBy(a => a.Year).Select(g => g.First()).OrderBy(a => a.Year)];
    }

    private static long IdOf(IReadOnlyList<StoredAssessment> assessments, int year) =>
        assessments.FirstOrDefault(a => a.Year == year)?.Id
        ?? throw new InvalidOperationException($"No assessment of {year} is stored; the year-over-year change needs {year - 1} and {year}.");
}
