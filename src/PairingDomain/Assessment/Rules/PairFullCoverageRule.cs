using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PairingDomain.Policy;
using PairingDomain.Rosters;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// <c>PAIR-FULL-COVERAGE</c> (§II, §III.1): every poverty county not yet delisted is covered by a pairing during the year.
/// </summary>
internal static class PairFullCoverageRule
{
    /// <summary>The rules this class evaluates: part of <see cref="EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } = [RuleIds.PairFullCoverage];

    /// <summary>The findings for the plan's year, when its edition applies the rule.</summary>
    internal static ImmutableArray<Finding> Findings(AssessmentPlan plan) =>
        plan.Edition.Applies(RuleIds.PairFullCoverage) ? Findings(plan.Roster, plan.Year) : [];

    /// <summary>
    /// Each county not delisted before <paramref name="year"/> with no pairing in force on any day of it, ordered by code;
    /// what <see cref="Roster.CoverageFindings(int)"/> returns.
    /// </summary>
    internal static ImmutableArray<Finding> Findings(Roster roster, int year)
    {
        var window = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        return roster.Counties
            .Where(c => c.IsPoorIn(year) && !roster.Pairings.Any(p => p.County == c.Code && p.Validity.Overlaps(window)))
            .Select(c => new Finding(RuleIds.PairFullCoverage, c.Code.Value,
                $"County {c.Code} {c.Name} is not delisted before {year} and no unit assists it in {year}.",
                $"县 {c.Code} {c.Name} 在{year}年前未摘帽，{year}年无任何单位帮扶。"))
            .OrderBy(f => f.Subject, StringComparer.Ordinal)
            .ToImmutableArray();
    }
}
