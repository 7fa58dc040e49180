using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using PairingDomain.Units;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// <c>MECH-FOUR-IN-ONE</c> (§II.1, §III.2): a unit's leadership team, undertaking office, all staff and stationed cadres.
/// </summary>
internal static class MechFourInOneRule
{
    /// <summary>The 16 possible results, by the bits of the missing parts in rule order; shared, being immutable.</summary>
    private static readonly MechanismResult[] s_results = [.. Enumerable.Range(0, 16).Select(missing =>
        new MechanismResult([.. MechanismPart.List.OrderBy(p => p.Value).Where(p => (missing & (1 << (p.Value - 1))) != 0)]))];

    /// <summary>The rules this class evaluates: part of <see cref="EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } = [RuleIds.MechFourInOne];

    /// <summary>The unit's mechanism, given whether some cadre of it was posted in the year up to the as-of date.</summary>
    internal static MechanismResult Evaluate(AssistanceUnit unit, bool hasCadre)
    {
        int missing = (unit.Mechanism.LeadershipTeam ? 0 : 1) | (unit.Mechanism.HasUndertakingOffice ? 0 : 2)
            | (unit.Mechanism.AllStaff ? 0 : 4) | (hasCadre ? 0 : 8);
        return s_results[missing];
    }

    /// <summary>For each unit, whether some cadre of it was posted at any time from 1 January to the as-of date.</summary>
    internal static bool[] StationedCadres(AssessmentPlan plan)
    {
        var window = new DateInterval(new LocalDate(plan.Year, 1, 1), plan.AsOf);
        bool[] has = new bool[plan.Roster.Units.Length];
        ImmutableArray<StationedCadre> cadres = plan.Roster.Cadres;
        for (int c = 0; c < cadres.Length; c++)
        {
            if (cadres[c].Posting.Overlaps(window))
            {
                has[plan.Roster.CadreUnit[c]] = true;
            }
        }
        return has;
    }
}
