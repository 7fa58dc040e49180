using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using PairingDomain.Cadres;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Rosters;
using PairingDomain.Units;

namespace PairingDomain.Assessment.Rules;

/// <summary>
/// The three bundles (三捆绑) of §III.8 — <c>BUNDLE-CADRE</c>, <c>BUNDLE-VILLAGE</c>, <c>BUNDLE-COUNTY</c> — and, before
/// the year's last day, their mid-year warnings <c>BUNDLE-VILLAGE-AT-RISK</c> and <c>BUNDLE-COUNTY-AT-RISK</c>.
/// </summary>
internal static class BundleRules
{
    /// <summary>The rules this class evaluates: part of <see cref="EvaluatedRules"/>.</summary>
    internal static ImmutableArray<RuleId> Evaluates { get; } =
        [RuleIds.BundleCadre, RuleIds.BundleVillage, RuleIds.BundleCounty, RuleIds.BundleVillageAtRisk, RuleIds.BundleCountyAtRisk];

    /// <summary>
    /// The excellence blocks of each unit, by roster index, with at-risk findings instead of the village and county
    /// blocks before the year's last day.
    /// </summary>
    /// <param name="plan">The assessment's plan.</param>
    /// <param name="fullYear">Whether the as-of date is the year's last day.</param>
    /// <param name="atRisk">The at-risk findings of the rules the edition applies.</param>
    internal static Dictionary<int, List<ExcellenceBlock>> Blocks(AssessmentPlan plan, bool fullYear, out List<Finding> atRisk)
    {
        Roster roster = plan.Roster;
        PolicyEdition edition = plan.Edition;
        int year = plan.Year;
        var window = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var blocks = new Dictionary<int, List<ExcellenceBlock>>();
        atRisk = [];
        void Block(int unit, RuleId rule, string subject)
        {
            if (!blocks.TryGetValue(unit, out List<ExcellenceBlock>? list))
            {
                blocks[unit] = list = [];
            }
            list.Add(new ExcellenceBlock(rule, subject));
        }

        bool bundleCadre = edition.Applies(RuleIds.BundleCadre), bundleVillage = edition.Applies(RuleIds.BundleVillage);
        bool villageAtRisk = edition.Applies(RuleIds.BundleVillageAtRisk), countyAtRisk = edition.Applies(RuleIds.BundleCountyAtRisk);
        CadreGrade?[] grade = plan.CadreGrades;
        bool[] missedExit = [.. roster.Villages.Select(v => v.MissedExit(year))];
        ImmutableArray<StationedCadre> cadres = roster.Cadres;
        for (int c = 0; c < cadres.Length; c++)
        {
            int unit = roster.CadreUnit[c];
            if (bundleCadre && grade[c] == CadreGrade.Incompetent)
            {
                Block(unit, RuleIds.BundleCadre, cadres[c].Id.Value);
            }
            int village = roster.CadreVillage[c];
            if (bundleVillage && missedExit[village] && cadres[c].Posting.Overlaps(window))
            {
                Village v = roster.Villages[village];
                if (fullYear)
                {
                    Block(unit, RuleIds.BundleVillage, v.Code.Value);
                }
                else if (villageAtRisk)
                {
                    atRisk.Add(new Finding(RuleIds.BundleVillageAtRisk, v.Code.Value,
                        $"Village {v.Code} {v.Name} is due to exit in {year} and has not: unit {cadres[c].Unit} would be barred from excellence.",
                        $"村 {v.Code} {v.Name} 应于{year}年退出而尚未退出：单位 {cadres[c].Unit} 将不能评先评优。"));
                }
            }
        }
        if (edition.Applies(RuleIds.BundleCounty))
        {
            bool participants = edition.Adopts(InterpretationIds.BundleCountyBindsParticipants);
            for (int p = 0; p < roster.Pairings.Length; p++)
            {
                CountyPairing pairing = roster.Pairings[p];
                County county = roster.Counties[roster.PairingCounty[p]];
                if (!county.MissedDelisting(year) || !pairing.Validity.Overlaps(window))
                {
                    continue;
                }
                if (!fullYear)
                {
                    if (countyAtRisk)
                    {
                        atRisk.Add(new Finding(RuleIds.BundleCountyAtRisk, county.Code.Value,
                            $"County {county.Code} {county.Name} is due to be delisted in {year} and has not been: its assisting units would be barred from excellence.",
                            $"县 {county.Code} {county.Name} 应于{year}年摘帽而尚未摘帽：其帮扶单位将不能评先评优。"));
                    }
                    continue;
                }
                IEnumerable<UnitId> bound = participants ? pairing.Units : [pairing.Lead];
                foreach (UnitId unit in bound)
                {
                    Block(roster.IndexOf(unit), RuleIds.BundleCounty, county.Code.Value);
                }
            }
        }
        return blocks;
    }
}
