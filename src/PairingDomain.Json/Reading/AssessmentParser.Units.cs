using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using PairingDomain.Assessment;
using PairingDomain.Places;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;
using static PairingDomain.Json.Reading.JsonElements;

namespace PairingDomain.Json.Reading;

/// <summary>A unit's results: its duties, mechanism, excellence and, in <c>/2</c>, its main leaders, score and links.</summary>
internal sealed partial class AssessmentParser
{
    private static readonly string[] s_unitVersion1 = ["unit", "duties", "mechanism", "excellence", "mainLeaderExcellence"];
    private static readonly string[] s_unitVersion2 = [.. s_unitVersion1, "score", "links"];
    private static readonly string[] s_dutyVersion1 = ["rule", "source", "required", "recorded", "status", "shortPeriods", "evidence"];
    private static readonly string[] s_dutyVersion2 = [.. s_dutyVersion1, "periods"];

    private UnitAssessment? ReadUnit(JsonElement element, string path)
    {
        if (Object(element, path, _version2 ? s_unitVersion2 : s_unitVersion1) is not { } node)
        {
            return null;
        }
        string? id = RequiredId(node, "unit");
        ImmutableArray<DutyResult>? duties = Items(node, "duties", ReadDuty);
        MechanismResult? mechanism = Required(node, "mechanism") is { } m ? ReadMechanism(m, node.At("mechanism")) : null;
        ExcellenceResult? excellence = Required(node, "excellence") is { } e ? ReadExcellence(e, node.At("excellence"), false, out _) : null;
        ImmutableArray<LeaderId> leaders = [];
        ExcellenceResult? mainLeader = Required(node, "mainLeaderExcellence") is { } l
            ? ReadExcellence(l, node.At("mainLeaderExcellence"), _version2, out leaders)
            : null;
        UnitScore? score = null;
        UnitLinks? links = null;
        bool scored = true;
        if (_version2)
        {
            scored = ReadScoreAndLinks(node, duties, out score, out links) && LinksAgree(node, score, excellence, links);
        }
        if (id is null || duties is null || mechanism is null || excellence is null || mainLeader is null || !scored)
        {
            return null;
        }
        var unit = new UnitAssessment(new UnitId(id), duties.Value, mechanism, excellence, mainLeader) { MainLeaders = leaders };
        if (_version2)
        {
            unit.RestoreScoreAndLinks(score, links);
        }
        else
        {
            unit.RestoreWithoutScoreAndLinks(_format);
        }
        return unit;
    }

    /// <summary>
    /// A unit's duty: its rule is a duty of the edition; <c>periods</c> in <c>/2</c>; <c>evidence</c> optional (a document
    /// written without it restores a duty whose <see cref="DutyResult.Evidence"/> throws).
    /// </summary>
    private DutyResult? ReadDuty(JsonElement element, string path)
    {
        if (Object(element, path, _version2 ? s_dutyVersion2 : s_dutyVersion1) is not { } node)
        {
            return null;
        }
        RuleId? rule = RequiredDutyRule(node, committee: false);
        string? source = RequiredSource(node, rule);
        int? required = RequiredInt(node, "required");
        int? recorded = RequiredInt(node, "recorded");
        DutyStatus? status = RequiredEnumeration<DutyStatus>(node, "status");
        ImmutableArray<DutyPeriod>? shortPeriods = Values(node, "shortPeriods", ReadPeriod);
        ImmutableArray<DutyPeriodResult>? periods = _version2 ? Items(node, "periods", ReadPeriodEntry) : null;
        bool evidenceRead = ReadEvidence(node, out ImmutableArray<ActivityId>? evidence);
        bool agrees = StatusAgrees(node, status, shortPeriods);
        if (required is { } total && periods is { } entries && entries.Sum(e => (long)e.Required) != total)
        {
            Add(node.At("periods"), ProblemCodes.InvalidValue, "the periods' required counts sum to the duty's 'required'",
                "各期间的应完成数之和须等于该职责的“required”");
            agrees = false;
        }
        if (rule is null || source is null || required is null || recorded is null || status is null || shortPeriods is null
            || (_version2 && periods is null) || !evidenceRead || !agrees)
        {
            return null;
        }
        return new DutyResult(rule.Value, source, required.Value, recorded.Value, status, shortPeriods.Value,
            periods is { } p ? [.. p] : null, evidence is { } ids ? [.. ids] : null, _format);
    }

    /// <summary>
    /// Whether a duty's <c>status</c> agrees with its <c>shortPeriods</c> (case-format.md): <c>short</c> exactly when some
    /// ended period is short, so exactly when the list is not empty; a contradiction is <c>invalid-value</c> at <c>status</c>.
    /// </summary>
    private bool StatusAgrees(Node node, DutyStatus? status, ImmutableArray<DutyPeriod>? shortPeriods)
    {
        if (status is null || shortPeriods is not { } periods || (status == DutyStatus.Short) != periods.IsEmpty)
        {
            return true;
        }
        Add(node.At("status"), ProblemCodes.InvalidValue, "the status is 'short' exactly when 'shortPeriods' is not empty",
            "状态为“short”当且仅当“shortPeriods”不为空");
        return false;
    }

    /// <summary>A duty's rule: a duty of the edition, the Work Committee's own for <paramref name="committee"/>.</summary>
    private RuleId? RequiredDutyRule(Node node, bool committee)
    {
        if (RequiredRule(node, "rule", known: true) is not { } rule)
        {
            return null;
        }
        // A unit's duties are those the edition evaluates from activities (PolicyEdition.Duties).
        bool isDuty = committee
            ? _edition?.FindRule(rule) is DutyRule { Holder: var holder } && holder == DutyHolder.WorkCommittee
            : _edition?.Duties.Any(d => d.Id == rule) ?? true;
        if (_edition is not null && !isDuty)
        {
            string what = committee ? "a duty of the Work Committee" : "a duty of a unit";
            Add(node.At("rule"), ProblemCodes.InvalidValue, $"{rule} is not {what} in the edition {_edition.Id}",
                $"{rule} 在版本 {_edition.Id} 中不是{(committee ? "省直机关工委的职责" : "单位的职责")}");
            return null;
        }
        return rule;
    }

    /// <summary>The optional <c>evidence</c>: false when it is given but bad.</summary>
    private bool ReadEvidence(Node node, out ImmutableArray<ActivityId>? evidence)
    {
        evidence = null;
        if (!node.Members.TryGetValue("evidence", out JsonElement list) || list.ValueKind == JsonValueKind.Null)
        {
            return true;
        }
        evidence = ValuesOf<ActivityId>(list, node.At("evidence"), (item, at) => IdOf(item, at) is { } id ? new ActivityId(id) : null);
        return evidence is not null;
    }

    private DutyPeriodResult? ReadPeriodEntry(JsonElement element, string path)
    {
        if (Object(element, path, ["period", "county", "required", "recorded", "status"]) is not { } node)
        {
            return null;
        }
        DutyPeriod? period = Required(node, "period") is { } p ? ReadPeriod(p, node.At("period")) : null;
        DivisionCode? county = null;
        bool countyRead = true;
        if (node.Members.TryGetValue("county", out JsonElement c) && c.ValueKind != JsonValueKind.Null)
        {
            county = ReadCounty(c, node.At("county"));
            countyRead = county is not null;
        }
        int? required = RequiredInt(node, "required");
        int? recorded = RequiredInt(node, "recorded");
        DutyStatus? status = RequiredEnumeration<DutyStatus>(node, "status");
        return period is null || !countyRead || required is null || recorded is null || status is null
            ? null
            : new DutyPeriodResult(period.Value, county, required.Value, recorded.Value, status);
    }

    private DivisionCode? ReadCounty(JsonElement element, string path)
    {
        string? text = element.ValueKind == JsonValueKind.String ? Text(element) : null;
        if (DivisionCode.TryParse(text, out DivisionCode code))
        {
            return code;
        }
        Add(path, ProblemCodes.InvalidValue, $"{Describe(element)} is not a 6-digit division code", $"{Describe(element)} 不是 6 位行政区划代码");
        return null;
    }

    private VillageCode? ReadVillage(JsonElement element, string path)
    {
        string? text = element.ValueKind == JsonValueKind.String ? Text(element) : null;
        if (VillageCode.TryParse(text, out VillageCode code))
        {
            return code;
        }
        Add(path, ProblemCodes.InvalidValue, $"{Describe(element)} is not a 12-digit village code", $"{Describe(element)} 不是 12 位村代码");
        return null;
    }

    /// <summary><c>mechanism</c>: <c>MECH-FOUR-IN-ONE</c>, <c>complete</c> exactly when <c>missing</c> is empty.</summary>
    private MechanismResult? ReadMechanism(JsonElement element, string path)
    {
        if (Object(element, path, ["rule", "complete", "missing"]) is not { } node)
        {
            return null;
        }
        RuleId? rule = RequiredRule(node, "rule", known: false);
        if (rule is { } r && r != RuleIds.MechFourInOne)
        {
            Add(node.At("rule"), ProblemCodes.InvalidValue, $"the mechanism's rule is {RuleIds.MechFourInOne}, not {r}",
                $"机制的规则须为 {RuleIds.MechFourInOne}，而非 {r}");
            rule = null;
        }
        bool? complete = RequiredBool(node, "complete");
        ImmutableArray<MechanismPart>? missing = Items(node, "missing", Enumeration<MechanismPart>);
        if (complete is { } c && missing is { } parts && c != parts.IsEmpty)
        {
            Add(node.At("complete"), ProblemCodes.InvalidValue, "'complete' is true exactly when 'missing' is empty",
                "“complete”为 true 当且仅当“missing”为空");
            complete = null;
        }
        return rule is null || complete is null || missing is null ? null : new MechanismResult(missing.Value);
    }

    /// <summary>
    /// An excellence result: <c>eligible</c> exactly when <c>blockedBy</c> is empty, each block a bundle rule and a
    /// subject; with <paramref name="withLeaders"/> also <c>leaders</c> (<c>mainLeaderExcellence</c> of <c>/2</c>).
    /// </summary>
    private ExcellenceResult? ReadExcellence(JsonElement element, string path, bool withLeaders, out ImmutableArray<LeaderId> leaders)
    {
        leaders = [];
        if (Object(element, path, withLeaders ? ["eligible", "blockedBy", "leaders"] : ["eligible", "blockedBy"]) is not { } node)
        {
            return null;
        }
        bool? eligible = RequiredBool(node, "eligible");
        ImmutableArray<ExcellenceBlock>? blocks = Items(node, "blockedBy", ReadBlock);
        if (eligible is { } e && blocks is { } b && e != b.IsEmpty)
        {
            Add(node.At("eligible"), ProblemCodes.InvalidValue, "'eligible' is true exactly when 'blockedBy' is empty",
                "“eligible”为 true 当且仅当“blockedBy”为空");
            eligible = null;
        }
        if (withLeaders)
        {
            ImmutableArray<LeaderId>? read = Values<LeaderId>(node, "leaders", (item, at) => IdOf(item, at) is { } id ? new LeaderId(id) : null);
            if (read is null)
            {
                return null;
            }
            leaders = read.Value;
        }
        return eligible is null || blocks is null ? null : new ExcellenceResult(blocks.Value);
    }

    private ExcellenceBlock? ReadBlock(JsonElement element, string path)
    {
        if (Object(element, path, ["rule", "subject"]) is not { } node)
        {
            return null;
        }
        RuleId? rule = RequiredRule(node, "rule", known: false);
        if (rule is { } r && r != RuleIds.BundleCadre && r != RuleIds.BundleVillage && r != RuleIds.BundleCounty)
        {
            Add(node.At("rule"), ProblemCodes.InvalidValue, $"{r} is not a bundle of §III.8 (BUNDLE-CADRE, BUNDLE-VILLAGE, BUNDLE-COUNTY)",
                $"{r} 不是 §III.8 的捆绑规则（BUNDLE-CADRE、BUNDLE-VILLAGE、BUNDLE-COUNTY）");
            rule = null;
        }
        string? subject = RequiredId(node, "subject");
        return rule is null || subject is null ? null : new ExcellenceBlock(rule.Value, subject);
    }

    /// <summary>
    /// <c>score</c> and <c>links</c> of a <c>/2</c> unit, both required and possibly null: the score is null exactly when the
    /// unit has no duties (case-format-2.md §4); <c>links</c> and each of its links null exactly when the edition does not
    /// apply its rule (Interpretation <c>LINKS-FOLLOW-EDITION</c>), <c>performance</c> also for a unit with no duties.
    /// </summary>
    private bool ReadScoreAndLinks(Node node, ImmutableArray<DutyResult>? duties, out UnitScore? score, out UnitLinks? links)
    {
        score = null;
        links = null;
        int before = _problems.Count;
        bool hasDuties = duties is not { IsEmpty: true };
        if (RequiredOrNull(node, "score", out JsonElement? s))
        {
            if (s is { } scoreElement)
            {
                score = ReadScore(scoreElement, node.At("score"));
                if (duties is { IsEmpty: true })
                {
                    Add(node.At("score"), ProblemCodes.InvalidValue, "a unit with no duties has no score (null)", "无职责的单位无得分（null）");
                }
            }
            else if (duties is { IsEmpty: false })
            {
                Add(node.At("score"), ProblemCodes.InvalidValue, "a unit with duties has a score", "有职责的单位须有得分");
            }
        }
        if (RequiredOrNull(node, "links", out JsonElement? l))
        {
            bool performance = Applies(RuleIds.LinkPerformance), excellence = Applies(RuleIds.LinkFourGoodOneStrong),
                party = Applies(RuleIds.LinkPartyBuilding);
            if (l is { } linksElement)
            {
                if (_edition is not null && !performance && !excellence && !party)
                {
                    Add(node.At("links"), ProblemCodes.InvalidValue, $"the edition {_edition.Id} applies none of the three links: 'links' is null",
                        $"版本 {_edition.Id} 不适用三挂钩中的任何一项：“links”须为 null");
                }
                links = ReadLinks(linksElement, node.At("links"), performance && hasDuties, excellence, party);
            }
            else if (_edition is not null && (performance || excellence || party))
            {
                Add(node.At("links"), ProblemCodes.InvalidValue, $"the edition {_edition.Id} applies a link: 'links' is an object",
                    $"版本 {_edition.Id} 适用挂钩规则：“links”须为对象");
            }
        }
        return _problems.Count == before;
    }

    /// <summary>
    /// Whether the links repeat what they link (case-format-2.md §4): <c>performance</c> is the score's points and grade,
    /// <c>fourGoodOneStrong</c> the unit's <c>excellence</c>; a contradiction is <c>invalid-value</c> at the link.
    /// </summary>
    private bool LinksAgree(Node node, UnitScore? score, ExcellenceResult? excellence, UnitLinks? links)
    {
        bool agree = true;
        if (links?.Performance is { } performance && score is not null
            && (performance.Points != score.Points || performance.Grade != score.Grade))
        {
            Add(node.At("links") + ".performance", ProblemCodes.InvalidValue, "the performance link is the score's points and grade",
                "绩效挂钩须为得分的分数和等次");
            agree = false;
        }
        if (links?.FourGoodOneStrong is { } bar && excellence is not null && !bar.BlockedBy.SequenceEqual(excellence.BlockedBy))
        {
            Add(node.At("links") + ".fourGoodOneStrong", ProblemCodes.InvalidValue, "the 四好一强 link is the unit's excellence",
                "四好一强挂钩须为单位的评优结果");
            agree = false;
        }
        return agree;
    }

    private bool Applies(RuleId rule) => _edition?.Applies(rule) ?? true;

    private UnitScore? ReadScore(JsonElement element, string path)
    {
        if (Object(element, path, ["points", "grade", "capped", "deductions"]) is not { } node)
        {
            return null;
        }
        int? points = RequiredInt(node, "points", 0, Policy.ScoringTable.StartPoints);
        ScoreGrade? grade = RequiredEnumeration<ScoreGrade>(node, "grade");
        bool? capped = RequiredBool(node, "capped");
        ImmutableArray<ScoreDeduction>? deductions = Values(node, "deductions", ReadDeduction);
        return points is null || grade is null || capped is null || deductions is null
            ? null
            : new UnitScore(points.Value, grade, capped.Value, deductions.Value);
    }

    /// <summary>A deduction: a row of the edition's scoring table, <c>missing</c> and <c>points</c> at least 1.</summary>
    private ScoreDeduction? ReadDeduction(JsonElement element, string path)
    {
        if (Object(element, path, ["rule", "missing", "points"]) is not { } node)
        {
            return null;
        }
        RuleId? rule = RequiredRule(node, "rule", known: false);
        if (rule is { } r && _edition is not null && _edition.ScoringTable.RowFor(r) is null)
        {
            Add(node.At("rule"), ProblemCodes.UnknownReference, $"the scoring table of {_edition.Id} has no row {r}",
                $"{_edition.Id} 的计分表无 {r} 行");
            rule = null;
        }
        int? missing = RequiredInt(node, "missing", 1);
        int? points = RequiredInt(node, "points", 1);
        return rule is null || missing is null || points is null ? null : new ScoreDeduction(rule.Value, missing.Value, points.Value);
    }

    private UnitLinks? ReadLinks(JsonElement element, string path, bool performance, bool excellence, bool party)
    {
        if (Object(element, path, ["performance", "fourGoodOneStrong", "partyBuilding"]) is not { } node)
        {
            return null;
        }
        int before = _problems.Count;
        PerformanceLink? performanceLink = null;
        ExcellenceResult? excellenceLink = null;
        PartyBuildingLink? partyLink = null;
        if (RequiredOrNull(node, "performance", out JsonElement? p) && LinkGiven(node, "performance", p, performance))
        {
            performanceLink = ReadPerformance(p!.Value, node.At("performance"));
        }
        if (RequiredOrNull(node, "fourGoodOneStrong", out JsonElement? f) && LinkGiven(node, "fourGoodOneStrong", f, excellence))
        {
            excellenceLink = ReadExcellence(f!.Value, node.At("fourGoodOneStrong"), false, out _);
        }
        if (RequiredOrNull(node, "partyBuilding", out JsonElement? b) && LinkGiven(node, "partyBuilding", b, party))
        {
            partyLink = ReadPartyBuilding(b!.Value, node.At("partyBuilding"));
        }
        return _problems.Count == before ? new UnitLinks(performanceLink, excellenceLink, partyLink) : null;
    }

    /// <summary>Whether a link is given (not null), reporting one given, or missing, against what the edition applies.</summary>
    private bool LinkGiven(Node node, string name, JsonElement? value, bool expected)
    {
        if (_edition is not null && value.HasValue != expected)
        {
            Add(node.At(name), ProblemCodes.InvalidValue, expected
                    ? $"'{name}' is given for this unit under {_edition.Id} (null only when its rule does not apply)"
                    : $"'{name}' is null for this unit under {_edition.Id}: its rule does not apply, or the unit has no duties",
                expected ? $"在 {_edition.Id} 下该单位须给出“{name}”" : $"在 {_edition.Id} 下该单位的“{name}”须为 null");
            return false;
        }
        return value.HasValue;
    }

    private PerformanceLink? ReadPerformance(JsonElement element, string path)
    {
        if (Object(element, path, ["points", "grade"]) is not { } node)
        {
            return null;
        }
        int? points = RequiredInt(node, "points", 0, Policy.ScoringTable.StartPoints);
        ScoreGrade? grade = RequiredEnumeration<ScoreGrade>(node, "grade");
        return points is null || grade is null ? null : new PerformanceLink(points.Value, grade);
    }

    private PartyBuildingLink? ReadPartyBuilding(JsonElement element, string path)
    {
        if (Object(element, path, ["postedVillages", "pairedVillages", "unpairedVillages", "partyLectures", "branchGuidance"]) is not { } node)
        {
            return null;
        }
        int? posted = RequiredInt(node, "postedVillages");
        int? paired = RequiredInt(node, "pairedVillages");
        ImmutableArray<VillageCode>? unpaired = Values(node, "unpairedVillages", ReadVillage);
        int? lectures = RequiredInt(node, "partyLectures");
        int? guidance = RequiredInt(node, "branchGuidance");
        return posted is null || paired is null || unpaired is null || lectures is null || guidance is null
            ? null
            : new PartyBuildingLink(posted.Value, paired.Value, unpaired.Value, lectures.Value, guidance.Value);
    }
}
