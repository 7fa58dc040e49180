using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PairingDomain.Policy;

/// <summary>
/// An edition's scoring table (the three links, 三挂钩, §III.8; case-format-2.md §2): the rows that deduct from a unit's
/// 100 points, in the order a score lists its deductions.
/// </summary>
/// <remarks>
/// <para>
/// Points start at <see cref="StartPoints"/>; each row deducts <c>perMissing × missing</c>, at most its <c>max</c>, and
/// the points never go below 0 (扣完为止). <c>missing</c> counts, for a unit duty, the sum over its short
/// <c>periods</c> entries of <c>required − recorded</c>; for <c>MECH-FOUR-IN-ONE</c>, its missing parts; for
/// <c>DUTY-CADRE-FULL-TIME</c>, the unit's cadres whose duty is short. Pending entries deduct nothing.
/// </para>
/// <para>
/// The grade bands and the bundle cap are the contract's, not the table's: <c>good</c> from 90, <c>fairly-good</c> from
/// 80, <c>average</c> from 60, else <c>poor</c>; a unit barred by a bundle gets <c>fairly-good</c> at most. The official
/// weights of the 考核办法 are not public: <see cref="Illustrative"/>, which <c>sichuan-2019</c> carries, is the
/// contract's illustration (Interpretation <c>SCORING-TABLE-ILLUSTRATIVE</c>), and a province states its own with
/// <see cref="PolicyEditionBuilder.WithScoringTable"/> or <see cref="PolicyEditionBuilder.SetScoringRow"/>.
/// </para>
/// <threadsafety>Immutable and thread-safe.</threadsafety>
/// </remarks>
public sealed class ScoringTable : IEquatable<ScoringTable>
{
    /// <summary>The points a unit starts from.</summary>
    public const int StartPoints = 100;

    /// <summary>The lowest points that still give <c>good</c>.</summary>
    public const int GoodFrom = 90;

    /// <summary>The lowest points that still give <c>fairly-good</c>.</summary>
    public const int FairlyGoodFrom = 80;

    /// <summary>The lowest points that still give <c>average</c>.</summary>
    public const int AverageFrom = 60;

    internal ScoringTable(ImmutableArray<ScoringRow> rows) => Rows = rows;

    /// <summary>A table with no row: every unit with duties keeps its 100 points.</summary>
    public static ScoringTable Empty { get; } = new([]);

    /// <summary>
    /// The illustrative table of case-format-2.md §2, which <c>sichuan-2019</c> carries (Interpretation
    /// <c>SCORING-TABLE-ILLUSTRATIVE</c>).
    /// </summary>
    public static ScoringTable Illustrative { get; } = new(
    [
        new ScoringRow(RuleIds.DutyLeadJointMeetings, 5, 10),
        new ScoringRow(RuleIds.DutyMainLeaderVisits, 5, 10),
        new ScoringRow(RuleIds.DutyMainLeaderMeetings, 5, 5),
        new ScoringRow(RuleIds.DutyAnnualPlan, 10, 10),
        new ScoringRow(RuleIds.DutyDeputyVisits, 3, 12),
        new ScoringRow(RuleIds.DutyDeputyMeetings, 2, 8),
        new ScoringRow(RuleIds.DutyStudyTour, 5, 5),
        new ScoringRow(RuleIds.DutyNightSchool, 2, 8),
        new ScoringRow(RuleIds.MechFourInOne, 5, 20),
        new ScoringRow(RuleIds.DutyCadreFullTime, 2, 10),
    ]);

    /// <summary>The rows, in the order a score lists its deductions.</summary>
    public ImmutableArray<ScoringRow> Rows { get; }

    /// <summary>The row for <paramref name="rule"/>, or null when the table has none.</summary>
    /// <param name="rule">A rule identifier.</param>
    public ScoringRow? RowFor(RuleId rule) => Rows.FirstOrDefault(r => r.Rule == rule);

    /// <inheritdoc />
    public bool Equals(ScoringTable? other) => other is not null && Rows.SequenceEqual(other.Rows);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScoringTable);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (ScoringRow row in Rows)
        {
            hash.Add(row);
        }
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Rows.Select(r => $"{r.Rule} {r.PerMissing}/{r.Max}"));
}
