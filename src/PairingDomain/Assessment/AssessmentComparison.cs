using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PairingDomain.Policy;

namespace PairingDomain.Assessment;

/// <summary>
/// What-if at scale (issue 14): two assessments of the same case under two editions compared unit by unit and duty by
/// duty, with the aggregates a province reads before it adopts a rule change — "raising main-leader visits to 4 a
/// year makes N more units short and moves M from good to fairly-good".
/// </summary>
/// <remarks>
/// <para>
/// Build the second assessment with <see cref="PairingCase.WithEdition"/>: <c>AssessmentComparison.Compare(
/// case.Assess(), case.WithEdition(variant).Assess())</c>. The two must be of the same year and as-of date; units are
/// matched by identifier. A unit is listed when a duty's status changed, or its being short on some duty, its
/// eligibility for excellence, or its score grade did; a duty whose minimum moved but whose status did not is no difference, since the
/// comparison is of results, not of rules (that is <see cref="EditionDiff"/>).
/// </para>
/// <para>
/// Score grades (the three links, 三挂钩, §III.8; case-format-2.md §2): each unit's grade before and after
/// (<see cref="UnitComparison.GradeBefore"/>, <see cref="UnitComparison.GradeAfter"/>) and, in <see cref="GradeMoves"/>,
/// the count of units moved between each pair of grades ("moves 40 from good to fairly-good").
/// </para>
/// <para>
/// Either assessment may be one restored from its stored document (the JSON package's <c>AssessmentReader</c>), compared
/// as a live one. A <c>pairing-assessment/1</c> document carries no score, so when either assessment was restored from
/// one, no unit is graded on either side: the grades are null and <see cref="GradeMoves"/> is empty (Reading
/// <c>STORED-RESULTS-ONLY</c>).
/// </para>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class AssessmentComparison
{
    private AssessmentComparison(AnnualAssessment before, AnnualAssessment after, ImmutableArray<UnitComparison> units,
        ImmutableArray<DutyChangeSummary> duties, int unitsShortBefore, int unitsShortAfter, ImmutableArray<ScoreGradeMove> gradeMoves)
    {
        GradeMoves = gradeMoves;
        Before = before;
        After = after;
        Units = units;
        Duties = duties;
        UnitsShortBefore = unitsShortBefore;
        UnitsShortAfter = unitsShortAfter;
    }

    /// <summary>The first assessment.</summary>
    public AnnualAssessment Before { get; }

    /// <summary>The second assessment.</summary>
    public AnnualAssessment After { get; }

    /// <summary>The units whose results differ, in the second assessment's unit order, then any in the first alone.</summary>
    public ImmutableArray<UnitComparison> Units { get; }

    /// <summary>
    /// Every duty either edition evaluates, in the second edition's duty order then the first's others, with the units
    /// short on it before and after.
    /// </summary>
    public ImmutableArray<DutyChangeSummary> Duties { get; }

    /// <summary>
    /// The units moved from one score grade to another, one entry per (from, to) pair that some unit took, ordered by
    /// <see cref="ScoreGradeMove.From"/> then <see cref="ScoreGradeMove.To"/> in grade order (good first); empty when no
    /// unit graded in both assessments changed grade.
    /// </summary>
    public ImmutableArray<ScoreGradeMove> GradeMoves { get; }

    /// <summary>Units short on at least one duty in the first assessment.</summary>
    public int UnitsShortBefore { get; }

    /// <summary>Units short on at least one duty in the second assessment.</summary>
    public int UnitsShortAfter { get; }

    /// <summary>Units short on some duty after that were short on none before.</summary>
    public int UnitsBecameShort => Units.Count(u => u.ShortAfter && !u.ShortBefore);

    /// <summary>Units short on some duty before that are short on none after.</summary>
    public int UnitsNoLongerShort => Units.Count(u => u.ShortBefore && !u.ShortAfter);

    /// <summary>Whether no unit's result differs.</summary>
    public bool IsEmpty => Units.IsEmpty;

    /// <summary>Compares two assessments of the same case.</summary>
    /// <param name="before">The assessment under the first edition, usually the one in force.</param>
    /// <param name="after">The assessment under the edition being tried.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An assessment is null.</exception>
    /// <exception cref="ArgumentException">The assessments are of different years or as-of dates.</exception>
    public static AssessmentComparison Compare(AnnualAssessment before, AnnualAssessment after)
    {
        Preconditions.CheckNotNull(before, nameof(before));
        Preconditions.CheckNotNull(after, nameof(after));
        Preconditions.CheckArgument(before.Year == after.Year && before.AsOf == after.AsOf, nameof(after),
            $"The assessments are of {before.Year} as of {before.AsOf} and {after.Year} as of {after.AsOf}: not the same case.");

        RuleId[] duties = [.. after.Edition.Duties.Select(d => d.Id).Concat(before.Edition.Duties.Select(d => d.Id)).Distinct()];
        var beforeUnits = before.Units.ToDictionary(u => u.Unit);
        var afterIds = after.Units.Select(u => u.Unit).ToHashSet();
        IEnumerable<(UnitId Id, UnitAssessment? Before, UnitAssessment? After)> pairs =
            after.Units.Select(u => (u.Unit, beforeUnits.GetValueOrDefault(u.Unit), (UnitAssessment?)u))
                .Concat(before.Units.Where(u => !afterIds.Contains(u.Unit)).Select(u => (u.Unit, (UnitAssessment?)u, (UnitAssessment?)null)));

        var units = ImmutableArray.CreateBuilder<UnitComparison>();
        int[] shortBefore = new int[duties.Length], shortAfter = new int[duties.Length], became = new int[duties.Length],
            noLonger = new int[duties.Length], other = new int[duties.Length];
        int unitsShortBefore = 0, unitsShortAfter = 0;
        // A restored pairing-assessment/1 carries no score: grades are then compared on neither side.
        bool graded = !before.IsStoredVersion1 && !after.IsStoredVersion1;
        var moves = new SortedDictionary<(int From, int To), (ScoreGrade From, ScoreGrade To, int Count)>();
        foreach ((UnitId id, UnitAssessment? b, UnitAssessment? a) in pairs)
        {
            var changes = ImmutableArray.CreateBuilder<DutyChange>();
            for (int d = 0; d < duties.Length; d++)
            {
                DutyResult? x = b?.Duty(duties[d]), y = a?.Duty(duties[d]);
                shortBefore[d] += x?.Status == DutyStatus.Short ? 1 : 0;
                shortAfter[d] += y?.Status == DutyStatus.Short ? 1 : 0;
                if (x?.Status == y?.Status)
                {
                    continue;
                }
                var change = new DutyChange(duties[d], x?.Status, y?.Status, x?.Required ?? 0, y?.Required ?? 0, x?.Recorded ?? 0, y?.Recorded ?? 0);
                became[d] += change.BecameShort ? 1 : 0;
                noLonger[d] += change.NoLongerShort ? 1 : 0;
                other[d] += change.BecameShort || change.NoLongerShort ? 0 : 1;
                changes.Add(change);
            }
            bool wasShort = b is not null && b.HasShortDuty;
            bool isShort = a is not null && a.HasShortDuty;
            bool wasEligible = b?.Excellence.Eligible ?? false, isEligible = a?.Excellence.Eligible ?? false;
            unitsShortBefore += wasShort ? 1 : 0;
            unitsShortAfter += isShort ? 1 : 0;
            ScoreGrade? wasGraded = graded ? b?.Score?.Grade : null, isGraded = graded ? a?.Score?.Grade : null;
            if (wasGraded is not null && isGraded is not null && wasGraded != isGraded)
            {
                (int, int) key = (wasGraded.Value, isGraded.Value);
                moves[key] = (wasGraded, isGraded, moves.TryGetValue(key, out var m) ? m.Count + 1 : 1);
            }
            if (changes.Count > 0 || wasShort != isShort || wasEligible != isEligible || wasGraded != isGraded || b is null || a is null)
            {
                units.Add(new UnitComparison(id, changes.ToImmutable(), wasShort, isShort, wasEligible, isEligible, wasGraded, isGraded));
            }
        }
        var summaries = duties.Select((rule, d) => new DutyChangeSummary(rule, shortBefore[d], shortAfter[d], became[d], noLonger[d], other[d]))
            .ToImmutableArray();
        ImmutableArray<ScoreGradeMove> gradeMoves = [.. moves.Values.Select(m => new ScoreGradeMove(m.From, m.To, m.Count))];
        return new AssessmentComparison(before, after, units.ToImmutable(), summaries, unitsShortBefore, unitsShortAfter, gradeMoves);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Before.Edition.Id} → {After.Edition.Id}: {Units.Length} unit(s) differ; short {UnitsShortBefore} → {UnitsShortAfter}";
}
