using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using NodaTime;
using PairingDomain.Activities;
using PairingDomain.Assessment;
using PairingDomain.Assessment.Statistics;
using PairingDomain.Outcomes;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Json.Reading.JsonElements;

namespace PairingDomain.Json.Reading;

/// <summary>The cadres, and the top-level members of <c>/2</c>: <c>committee</c>, <c>exits</c> and <c>statistics</c>.</summary>
internal sealed partial class AssessmentParser
{
    private static readonly string[] s_cadreDutyMembers = ["rule", "source", "status", "missing", "required", "shortMonths", "leaveExceeded"];

    /// <summary>A cadre: its actions are rules of the edition; in <c>/2</c> also its own <c>duties</c>.</summary>
    private CadreActions? ReadCadre(JsonElement element, string path)
    {
        if (Object(element, path, _version2 ? ["cadre", "actions", "duties"] : ["cadre", "actions"]) is not { } node)
        {
            return null;
        }
        string? id = RequiredId(node, "cadre");
        ImmutableArray<RuleId>? actions = Values(node, "actions", (item, at) => RuleOf(item, at, known: true));
        ImmutableArray<CadreDutyResult>? duties = _version2 ? Items(node, "duties", ReadCadreDuty) : [];
        return id is null || actions is null || duties is null
            ? null
            : new CadreActions(new CadreId(id), actions.Value) { Duties = duties.Value };
    }

    /// <summary>
    /// A cadre duty: <c>DUTY-CADRE-FULL-TIME</c> with <c>missing</c>, or <c>DUTY-CADRE-DAYS</c> with <c>required</c>,
    /// <c>shortMonths</c> and <c>leaveExceeded</c>, as <see cref="AssessmentWriter"/> writes them.
    /// </summary>
    private CadreDutyResult? ReadCadreDuty(JsonElement element, string path)
    {
        string? ruleText = element.ValueKind == JsonValueKind.Object && element.TryGetProperty("rule", out JsonElement r)
            && r.ValueKind == JsonValueKind.String ? Text(r) : null;
        string[] allowed = ruleText == RuleIds.DutyCadreDays.Value ? ["rule", "source", "status", "required", "shortMonths", "leaveExceeded"]
            : ruleText == RuleIds.DutyCadreFullTime.Value ? ["rule", "source", "status", "missing"]
            : s_cadreDutyMembers; // an unreadable rule: its members are not also unknown
        if (Object(element, path, allowed) is not { } node)
        {
            return null;
        }
        RuleId? rule = RequiredRule(node, "rule", known: true);
        if (rule is { } id && id != RuleIds.DutyCadreDays && id != RuleIds.DutyCadreFullTime)
        {
            Add(node.At("rule"), ProblemCodes.InvalidValue, $"{id} is not a cadre duty ({RuleIds.DutyCadreFullTime}, {RuleIds.DutyCadreDays})",
                $"{id} 不是驻村干部职责（{RuleIds.DutyCadreFullTime}、{RuleIds.DutyCadreDays}）");
            rule = null;
        }
        string? source = RequiredSource(node, rule);
        DutyStatus? status = RequiredEnumeration<DutyStatus>(node, "status");
        // The members of the duty the document names are read even when its rule is wrong elsewhere: every problem at once.
        if (ruleText == RuleIds.DutyCadreDays.Value)
        {
            int? required = RequiredInt(node, "required");
            ImmutableArray<YearMonth>? months = Values(node, "shortMonths", ReadMonth);
            bool? leave = RequiredBool(node, "leaveExceeded");
            return rule is null || source is null || status is null || required is null || months is null || leave is null
                ? null
                : new CadreDutyResult(rule.Value, source, status, [], required, months.Value, leave.Value);
        }
        ImmutableArray<CadreWorkPart>? missing = ruleText == RuleIds.DutyCadreFullTime.Value ? Items(node, "missing", Enumeration<CadreWorkPart>) : null;
        return rule is null || source is null || status is null || missing is null
            ? null
            : new CadreDutyResult(rule.Value, source, status, missing.Value, null, [], false);
    }

    private ImmutableArray<CommitteeDutyResult>? ReadCommittee(Node root)
    {
        if (Required(root, "committee") is not { } element || Object(element, "$.committee", ["duties"]) is not { } node)
        {
            return null;
        }
        return Items(node, "duties", ReadCommitteeDuty);
    }

    private CommitteeDutyResult? ReadCommitteeDuty(JsonElement element, string path)
    {
        if (Object(element, path, s_dutyVersion1) is not { } node)
        {
            return null;
        }
        RuleId? rule = RequiredDutyRule(node, committee: true);
        string? source = RequiredSource(node, rule);
        int? required = RequiredInt(node, "required");
        int? recorded = RequiredInt(node, "recorded");
        DutyStatus? status = RequiredEnumeration<DutyStatus>(node, "status");
        ImmutableArray<DutyPeriod>? shortPeriods = Values(node, "shortPeriods", ReadPeriod);
        bool evidenceRead = ReadEvidence(node, out ImmutableArray<ActivityId>? evidence);
        bool agrees = StatusAgrees(node, status, shortPeriods);
        return rule is null || source is null || required is null || recorded is null || status is null || shortPeriods is null || !evidenceRead
            || !agrees
            ? null
            : new CommitteeDutyResult(rule.Value, source, required.Value, recorded.Value, status, shortPeriods.Value, evidence, _format);
    }

    private ExitResults? ReadExits(Node root)
    {
        if (Required(root, "exits") is not { } element || Object(element, "$.exits", ["households", "villages", "counties"]) is not { } node)
        {
            return null;
        }
        ImmutableArray<ExitStandardResult>? households = Items(node, "households", (e, at) => ReadExit(e, at, "household", RuleIds.ExitHousehold));
        ImmutableArray<ExitStandardResult>? villages = Items(node, "villages", (e, at) => ReadExit(e, at, "village", RuleIds.ExitVillage));
        ImmutableArray<ExitStandardResult>? counties = Items(node, "counties", (e, at) => ReadExit(e, at, "county", RuleIds.ExitCounty));
        return households is null || villages is null || counties is null ? null : new ExitResults(households.Value, villages.Value, counties.Value);
    }

    /// <summary>An exit entry <c>{ subject, met, failed }</c>: <c>met</c> exactly when <c>failed</c> is empty.</summary>
    private ExitStandardResult? ReadExit(JsonElement element, string path, string subjectName, RuleId rule)
    {
        if (Object(element, path, [subjectName, "met", "failed"]) is not { } node)
        {
            return null;
        }
        string? subject = RequiredId(node, subjectName);
        bool? met = RequiredBool(node, "met");
        ImmutableArray<string>? failed = Items(node, "failed", (e, at) => TextOf(e, at));
        if (met is { } m && failed is { } f && m != f.IsEmpty)
        {
            Add(node.At("met"), ProblemCodes.InvalidValue, "'met' is true exactly when 'failed' is empty", "“met”为 true 当且仅当“failed”为空");
            return null;
        }
        return subject is null || met is null || failed is null ? null : new ExitStandardResult(rule, subject, failed.Value);
    }

    private AssessmentStatistics? ReadStatistics(Node root)
    {
        if (Required(root, "statistics") is not { } element
            || Object(element, "$.statistics", ["activities", "outcomes", "regions", "authorities", "targets"]) is not { } node)
        {
            return null;
        }
        ImmutableArray<ActivityKindStatistics>? activities = Items(node, "activities", ReadKindStatistics);
        ImmutableArray<OutcomeTotal>? outcomes = Items(node, "outcomes", ReadOutcomeTotal);
        ImmutableArray<RegionStatistics>? regions = Items(node, "regions", ReadRegion);
        ImmutableArray<AuthorityStatistics>? authorities = Items(node, "authorities", ReadAuthority);
        TargetStatistics? targets = null;
        if (Required(node, "targets") is { } t
            && Object(t, node.At("targets"), ["countiesDue", "countiesDelisted", "villagesDue", "villagesExited"]) is { } tn)
        {
            int? countiesDue = RequiredInt(tn, "countiesDue"), countiesDelisted = RequiredInt(tn, "countiesDelisted"),
                villagesDue = RequiredInt(tn, "villagesDue"), villagesExited = RequiredInt(tn, "villagesExited");
            if (countiesDue is not null && countiesDelisted is not null && villagesDue is not null && villagesExited is not null)
            {
                targets = new TargetStatistics(countiesDue.Value, countiesDelisted.Value, villagesDue.Value, villagesExited.Value);
            }
        }
        return activities is null || outcomes is null || regions is null || authorities is null || targets is null
            ? null
            : new AssessmentStatistics(activities.Value, outcomes.Value, regions.Value, authorities.Value, targets);
    }

    private ActivityKindStatistics? ReadKindStatistics(JsonElement element, string path)
    {
        if (Object(element, path, ["kind", "total", "mainLeader", "deputyLeader", "otherLeader"]) is not { } node)
        {
            return null;
        }
        ActivityKind? kind = RequiredEnumeration<ActivityKind>(node, "kind");
        int? total = RequiredInt(node, "total"), main = RequiredInt(node, "mainLeader"), deputy = RequiredInt(node, "deputyLeader"),
            other = RequiredInt(node, "otherLeader");
        return kind is null || total is null || main is null || deputy is null || other is null
            ? null
            : new ActivityKindStatistics(kind, total.Value, main.Value, deputy.Value, other.Value);
    }

    private OutcomeTotal? ReadOutcomeTotal(JsonElement element, string path)
    {
        if (Object(element, path, ["measure", "amount"]) is not { } node)
        {
            return null;
        }
        OutcomeMeasure? measure = RequiredEnumeration<OutcomeMeasure>(node, "measure");
        decimal? amount = null;
        if (Required(node, "amount") is { } a)
        {
            if (a.ValueKind == JsonValueKind.Number && a.TryGetDecimal(out decimal value) && value >= 0)
            {
                amount = value;
            }
            else
            {
                Add(node.At("amount"), ProblemCodes.InvalidValue, $"a number not below 0 is expected, not {Describe(a)}",
                    $"须为不小于 0 的数，而非 {Describe(a)}");
            }
        }
        return measure is null || amount is null ? null : new OutcomeTotal(measure, amount.Value);
    }

    private RegionStatistics? ReadRegion(JsonElement element, string path)
    {
        if (Object(element, path, ["region", "counties", "units", "supervisionVisits", "topics"]) is not { } node)
        {
            return null;
        }
        Region? region = RequiredEnumeration<Region>(node, "region");
        int? counties = RequiredInt(node, "counties"), units = RequiredInt(node, "units"), visits = RequiredInt(node, "supervisionVisits");
        ImmutableArray<TopicVisits>? topics = Items(node, "topics", ReadTopic);
        return region is null || counties is null || units is null || visits is null || topics is null
            ? null
            : new RegionStatistics(region, counties.Value, units.Value, visits.Value, topics.Value);
    }

    private TopicVisits? ReadTopic(JsonElement element, string path)
    {
        if (Object(element, path, ["topic", "visits"]) is not { } node)
        {
            return null;
        }
        FocusTopic? topic = RequiredEnumeration<FocusTopic>(node, "topic");
        int? visits = RequiredInt(node, "visits");
        return topic is null || visits is null ? null : new TopicVisits(topic, visits.Value);
    }

    /// <summary>An authority entry: <c>authority</c> is one of the ids of case-format-2.md §4 (<see cref="AuthorityStatistics.StatisticsId"/>).</summary>
    private AuthorityStatistics? ReadAuthority(JsonElement element, string path)
    {
        if (Object(element, path, ["authority", "units", "unitsShort", "unitsEligible"]) is not { } node)
        {
            return null;
        }
        SupervisingAuthority? authority = null;
        if (RequiredText(node, "authority") is { } id)
        {
            authority = SupervisingAuthority.List.FirstOrDefault(a => new AuthorityStatistics(a, 0, 0, 0).StatisticsId == id);
            if (authority is null)
            {
                string list = string.Join(", ", SupervisingAuthority.List.OrderBy(a => a.Value).Select(a => new AuthorityStatistics(a, 0, 0, 0).StatisticsId));
                Add(node.At("authority"), ProblemCodes.InvalidValue, $"\"{id}\" is not one of {list}", $"“{id}”不是以下之一：{list}");
            }
        }
        int? units = RequiredInt(node, "units"), unitsShort = RequiredInt(node, "unitsShort"), eligible = RequiredInt(node, "unitsEligible");
        return authority is null || units is null || unitsShort is null || eligible is null
            ? null
            : new AuthorityStatistics(authority, units.Value, unitsShort.Value, eligible.Value);
    }
}
