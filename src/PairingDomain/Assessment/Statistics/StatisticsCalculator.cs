using System;
using System.Collections.Immutable;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Places;
using PairingDomain.Units;

namespace PairingDomain.Assessment.Statistics;

/// <summary>
/// Computes <see cref="AssessmentStatistics"/> (case-format-2.md §3 <c>statistics</c>, §4) from the assessment's plan,
/// its ledger and its results: one pass over the packed activity records, no allocation per activity.
/// </summary>
internal static class StatisticsCalculator
{
    internal static AssessmentStatistics Compute(AssessmentPlan plan, ActivityLedger ledger, AnnualAssessment assessment)
    {
        Rosters.Roster roster = plan.Roster;
        ActivityKind[] kinds = [.. ActivityKind.List.OrderBy(k => k.Value)];
        int kindSlots = kinds.Max(k => k.Value) + 1;
        var totals = new int[kindSlots];
        var byPost = new int[kindSlots * 4];
        Region[] regions = [.. Region.List.OrderBy(r => r.Value)];
        int regionSlots = regions.Max(r => r.Value) + 1;
        var visits = new int[regionSlots];
        var topicVisits = new int[regionSlots * 16];
        int visitKind = ActivityKind.SupervisionVisit.Value;
        int[] countyRegion = [.. roster.Counties.Select(c => c.Region.Value)];
        int main = LeaderPost.MainLeader.Value, deputy = LeaderPost.DeputyLeader.Value, other = LeaderPost.OtherLeader.Value;

        ReadOnlySpan<ActivityRecord> records = ledger.Records;
        for (int i = 0; i < records.Length; i++)
        {
            ref readonly ActivityRecord r = ref records[i];
            if (!plan.InYear(r.Date))
            {
                continue;
            }
            totals[r.Kind]++;
            if (r.Leader >= 0)
            {
                int post = plan.LeaderHolds(r.Leader, main, r.Date) ? main
                    : plan.LeaderHolds(r.Leader, deputy, r.Date) ? deputy
                    : plan.LeaderHolds(r.Leader, other, r.Date) ? other
                    : 0;
                byPost[(r.Kind * 4) + post]++;
            }
            if (r.Kind == visitKind && r.County >= 0)
            {
                int region = countyRegion[r.County];
                visits[region]++;
                for (int topics = r.Topics, bit = 0; topics != 0; topics >>= 1, bit++)
                {
                    if ((topics & 1) != 0)
                    {
                        topicVisits[(region * 16) + bit]++;
                    }
                }
            }
        }

        var activities = ImmutableArray.CreateBuilder<ActivityKindStatistics>(kinds.Length);
        foreach (ActivityKind kind in kinds)
        {
            int k = kind.Value;
            activities.Add(new ActivityKindStatistics(kind, totals[k], byPost[(k * 4) + main], byPost[(k * 4) + deputy], byPost[(k * 4) + other]));
        }

        var regionList = ImmutableArray.CreateBuilder<RegionStatistics>(regions.Length);
        foreach (Region region in regions)
        {
            int counties = countyRegion.Count(r => r == region.Value);
            int units = 0;
            for (int u = 0; u < roster.Units.Length; u++)
            {
                for (int s = plan.UnitSpanFrom[u], end = plan.UnitSpanFrom[u + 1]; s < end; s++)
                {
                    if (countyRegion[plan.SpanCounty[s]] == region.Value && plan.SpanFrom[s] <= plan.AsOfPacked && plan.SpanTo[s] >= plan.YearStart)
                    {
                        units++;
                        break;
                    }
                }
            }
            ImmutableArray<TopicVisits> topics = [.. FocusTopic.ListFor(region)
                .Select(t => new TopicVisits(t, topicVisits[(region.Value * 16) + t.Value - 1]))];
            regionList.Add(new RegionStatistics(region, counties, units, visits[region.Value], topics));
        }

        SupervisingAuthority[] authorities = [.. SupervisingAuthority.List.OrderBy(a => a.Value)];
        var authorityList = ImmutableArray.CreateBuilder<AuthorityStatistics>(authorities.Length);
        foreach (SupervisingAuthority authority in authorities)
        {
            int units = 0, unitsShort = 0, eligible = 0;
            for (int u = 0; u < roster.Units.Length; u++)
            {
                if (roster.Units[u].Kind.Authority != authority)
                {
                    continue;
                }
                UnitAssessment result = assessment.Units[u];
                units++;
                if (result.HasShortDuty)
                {
                    unitsShort++;
                }
                if (result.Excellence.Eligible)
                {
                    eligible++;
                }
            }
            authorityList.Add(new AuthorityStatistics(authority, units, unitsShort, eligible));
        }

        int year = assessment.Year;
        var targets = new TargetStatistics(
            roster.Counties.Count(c => c.PlannedDelistingYear == year),
            roster.Counties.Count(c => c.PlannedDelistingYear == year && c.DelistedYear is { } d && d <= year),
            roster.Villages.Count(v => v.PlannedExitYear == year),
            roster.Villages.Count(v => v.PlannedExitYear == year && v.ExitedYear is { } e && e <= year));

        return new AssessmentStatistics(activities.MoveToImmutable(), assessment.OutcomeTotals, regionList.MoveToImmutable(),
            authorityList.MoveToImmutable(), targets);
    }
}
