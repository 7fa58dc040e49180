using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Policy;
using static PairingDomain.Json.Reading.JsonElements;

namespace PairingDomain.Json.Reading;

/// <summary>
/// Reads one <c>pairing-edition/1</c> document (edition-format.md): walks every member, reports each field's problems
/// with its JSONPath, then hands the rules to <see cref="PolicyEditionBuilder"/> for the checks of the edition as a
/// whole, whose problems it reports at the JSONPath of the member they concern.
/// </summary>
/// <remarks>
/// A rule with a bad field is not given to the builder, so no edition-wide problem repeats it; a rule whose identifier
/// was given before is <c>duplicate-id</c> at its <c>id</c> and is not given either.
/// </remarks>
internal sealed class EditionParser
{
    private static readonly string[] s_rootMembers =
        ["format", "id", "year", "years", "title", "gradeScale", "rules", "interpretations", "scoringTable"];

    private static readonly string[] s_ruleMembers = ["id", "kind", "source", "text", "enabled", "evaluated"];
    private static readonly string[] s_dutyMembers = ["holder", "activity", "minimum", "period", "scope", "yearlyLeaveMaximum"];
    private static readonly string[] s_plainMembers = ["parameters"];

    private readonly List<Problem> _problems = [];
    private readonly Dictionary<RuleId, (int Index, Dictionary<string, int> Parameters)> _ruleAt = [];
    private readonly Dictionary<InterpretationId, int> _interpretationAt = [];
    private readonly Dictionary<RuleId, int> _scoringAt = [];

    internal EditionReadResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        if (!CaseParser.TryParseJson(utf8Json, out JsonDocument? document, out ImmutableArray<Problem> failure))
        {
            return EditionReadResult.Failure(failure);
        }
        using (document)
        {
            PolicyEdition? edition = ReadRoot(document.RootElement);
            return edition is not null && _problems.Count == 0
                ? EditionReadResult.Ok(edition)
                : EditionReadResult.Failure([.. _problems]);
        }
    }

    private PolicyEdition? ReadRoot(JsonElement root)
    {
        Dictionary<string, JsonElement>? members = Members(root, JsonPaths.Root, s_rootMembers);
        if (members is null)
        {
            return null;
        }
        string? format = members.TryGetValue("format", out JsonElement f) && f.ValueKind == JsonValueKind.String ? Text(f) : null;
        if (format != JsonFormats.Edition)
        {
            // As for a case: a document of another format is not read further, so nothing else is reported.
            _problems.Clear();
            _problems.Add(members.ContainsKey("format")
                ? new Problem("$.format", JsonProblemCodes.UnsupportedFormat,
                    $"the format is {Describe(f)}; this reader reads {JsonFormats.Edition}", $"格式为 {Describe(f)}；本读取器读取 {JsonFormats.Edition}")
                : new Problem("$.format", ProblemCodes.MissingField, $"an edition document names its format, {JsonFormats.Edition}",
                    $"版本文档须注明格式 {JsonFormats.Edition}"));
            return null;
        }

        int before = _problems.Count;
        string? id = RequiredText(members, "id", JsonPaths.Root);
        int? year = RequiredInt(members, "year", JsonPaths.Root);
        (int First, int Last)? years = null;
        if (Optional(members, "years") is { } y)
        {
            Dictionary<string, JsonElement>? span = Members(y, "$.years", ["from", "to"]);
            if (span is not null && RequiredInt(span, "from", "$.years") is { } from && RequiredInt(span, "to", "$.years") is { } to)
            {
                years = (from, to);
            }
        }
        (string Zh, string En)? title = Bilingual(members, "title", JsonPaths.Root);
        GradeScale? scale = ReadGradeScale(members);
        List<PolicyRule> rules = ReadRules(members);
        List<Interpretation> interpretations = ReadInterpretations(members);
        List<ScoringRow> scoringRows = ReadScoringTable(members);
        // A field problem does not stop the edition-wide checks (reversed years, a scoring row naming no rule...): the
        // builder still runs on placeholders for what could not be read, and its problems are kept unless they only
        // repeat one already reported — at or under a reported path, about a placeholder, or (when a rule record could
        // not be read) a reference to a rule that may be that record.
        bool unreadable = _problems.Count > before || id is null || year is null || title is null || scale is null;
        string[] reported = [.. _problems.Skip(before).Select(p => p.Path)];
        bool ruleDropped = rules.Count < CountOf(members, "rules");
        PolicyEditionBuilder builder = PolicyEditionBuilder.Empty(id ?? "unreadable", year ?? years?.First ?? 1)
            .WithTitles(title?.Zh ?? "?", title?.En ?? "?")
            .WithGradeScale(scale ?? GradeScale.ThreeGrade);
        if (years is { } stated)
        {
            builder.WithYears(stated.First, stated.Last);
        }
        foreach (PolicyRule rule in rules)
        {
            builder.AddRule(rule);
        }
        foreach (Interpretation interpretation in interpretations)
        {
            builder.SetInterpretation(interpretation);
        }
        builder.WithScoringTable(scoringRows);
        BuildResult<PolicyEdition> built = builder.Build();
        foreach (Problem problem in built.Problems)
        {
            string path = PathOf(problem.Path);
            if (unreadable && (reported.Any(r => Locations.IsAtOrUnder(path, r))
                || (id is null && path == "$.id") || (year is null && path is "$.year" or "$.years")
                || (ruleDropped && problem.Code == ProblemCodes.UnknownReference)))
            {
                continue;
            }
            _problems.Add(new Problem(path, problem.Code, problem.Message, problem.ChineseMessage));
        }
        if (unreadable)
        {
            return null;
        }
        return built.TryGetValue(out PolicyEdition? edition) ? edition : null;
    }

    private GradeScale? ReadGradeScale(Dictionary<string, JsonElement> members)
    {
        if (Required(members, "gradeScale", JsonPaths.Root) is not { } element
            || Members(element, "$.gradeScale", ["name", "grades"]) is not { } scale)
        {
            return null;
        }
        string? name = RequiredText(scale, "name", "$.gradeScale");
        if (Required(scale, "grades", "$.gradeScale") is not { } list)
        {
            return null;
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            Add("$.gradeScale.grades", ProblemCodes.InvalidValue, "the grades are a list of grade names", "等次须为等次名称的列表");
            return null;
        }
        var grades = new List<CadreGrade>();
        int i = 0, bad = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            string path = JsonPaths.Index("$.gradeScale.grades", i++);
            if (Enumeration<CadreGrade>(item, path) is { } grade)
            {
                if (grades.Contains(grade))
                {
                    Add(path, ProblemCodes.DuplicateId, $"the grade {grade.ContractId} is listed twice", $"等次 {grade.ContractId} 列出两次");
                    bad++;
                }
                grades.Add(grade);
            }
            else
            {
                bad++;
            }
        }
        if (bad > 0 || name is null)
        {
            return null;
        }
        if (!grades.Contains(CadreGrade.Excellent) || !grades.Contains(CadreGrade.Incompetent))
        {
            Add("$.gradeScale.grades", ProblemCodes.InvalidValue, "a grade scale includes excellent (优秀) and incompetent (不称职)",
                "等次须包括优秀和不称职");
            return null;
        }
        return new GradeScale(name, grades);
    }

    private List<PolicyRule> ReadRules(Dictionary<string, JsonElement> members)
    {
        var rules = new List<PolicyRule>();
        if (Required(members, "rules", JsonPaths.Root) is not { } list)
        {
            return rules;
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            Add("$.rules", ProblemCodes.InvalidValue, "the rules are a list", "规则须为列表");
            return rules;
        }
        int i = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            if (ReadRule(item, JsonPaths.Index("$.rules", i), i) is { } rule)
            {
                rules.Add(rule);
            }
            i++;
        }
        return rules;
    }

    private PolicyRule? ReadRule(JsonElement element, string path, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(path, ProblemCodes.InvalidValue, "a rule is an object", "规则须为对象");
            return null;
        }
        string? kind = element.TryGetProperty("kind", out JsonElement k) && k.ValueKind == JsonValueKind.String ? Text(k) : null;
        string[] allowed = kind switch
        {
            "duty" => [.. s_ruleMembers, .. s_dutyMembers],
            "rule" => [.. s_ruleMembers, .. s_plainMembers],
            _ => [.. s_ruleMembers, .. s_dutyMembers, .. s_plainMembers], // an unreadable kind: its members are not also unknown
        };
        Dictionary<string, JsonElement>? members = Members(element, path, allowed);
        if (members is null)
        {
            return null;
        }
        int before = _problems.Count;
        RuleId? id = null;
        if (RequiredText(members, "id", path) is { } idText)
        {
            if (!RuleId.IsValid(idText))
            {
                Add(path + ".id", ProblemCodes.InvalidValue, $"'{idText}' is not a rule identifier: upper-case words joined by hyphens",
                    $"“{idText}”不是规则标识符：以连字符连接的大写单词");
            }
            else if (_ruleAt.ContainsKey(new RuleId(idText)))
            {
                Add(path + ".id", ProblemCodes.DuplicateId, $"rule {idText} is given before, at $.rules[{_ruleAt[new RuleId(idText)].Index}]",
                    $"规则 {idText} 已在 $.rules[{_ruleAt[new RuleId(idText)].Index}] 给出");
            }
            else
            {
                id = new RuleId(idText);
                _ruleAt[id.Value] = (index, []);
            }
        }
        if (Required(members, "kind", path) is { } kindElement && kind is not ("duty" or "rule"))
        {
            Add(path + ".kind", ProblemCodes.InvalidValue, $"the kind is {Describe(kindElement)}; it is \"duty\" or \"rule\"",
                $"类型为 {Describe(kindElement)}；须为 \"duty\" 或 \"rule\"");
        }
        string? source = RequiredText(members, "source", path);
        (string Zh, string En)? text = Bilingual(members, "text", path);
        bool? enabled = RequiredBool(members, "enabled", path);
        bool? evaluated = RequiredBool(members, "evaluated", path);
        PolicyRule? rule = kind switch
        {
            "duty" => ReadDuty(members, path, id, source, text, enabled, evaluated),
            "rule" => ReadPlain(members, path, id, source, text, enabled, evaluated),
            _ => null,
        };
        return _problems.Count > before ? null : rule;
    }

    private DutyRule? ReadDuty(Dictionary<string, JsonElement> members, string path, RuleId? id, string? source,
        (string Zh, string En)? text, bool? enabled, bool? evaluated)
    {
        DutyHolder? holder = Required(members, "holder", path) is { } h ? Enumeration<DutyHolder>(h, path + ".holder") : null;
        ActivityKind? activity = null;
        bool activityBad = false;
        if (Optional(members, "activity") is { } a)
        {
            activity = Enumeration<ActivityKind>(a, path + ".activity");
            activityBad = activity is null;
        }
        int? minimum = RequiredInt(members, "minimum", path, minimumValue: 0);
        DutyPeriodKind? period = Required(members, "period", path) is { } p ? Enumeration<DutyPeriodKind>(p, path + ".period") : null;
        CountingScope? scope = Required(members, "scope", path) is { } s ? Enumeration<CountingScope>(s, path + ".scope") : null;
        int? leave = Optional(members, "yearlyLeaveMaximum") is not null ? RequiredInt(members, "yearlyLeaveMaximum", path, minimumValue: 0) : null;
        if (id is not { } rid || source is null || text is not { } t || enabled is not { } on || evaluated is not { } ev || holder is null
            || activityBad || minimum is not { } min || period is null || scope is null)
        {
            return null;
        }
        if (scope == CountingScope.PerCountyLed && holder != DutyHolder.LeadUnit)
        {
            Add(path + ".scope", ProblemCodes.InvalidValue, "only a lead-unit duty can be counted per county led", $"{rid} 不是牵头单位的职责，不能按牵头县计数");
            return null;
        }
        var duty = new DutyRule(rid, t.Zh, t.En, source, holder, activity, min, period, scope, on, leave);
        if (duty.IsEvaluated != ev)
        {
            Add(path + ".evaluated", ProblemCodes.InvalidValue,
                $"a duty is evaluated exactly when an activity kind or pairing-case/2's work book feeds it: {rid} is {(duty.IsEvaluated ? "evaluated" : "not evaluated")}",
                $"职责只在有活动类型或 pairing-case/2 工作台账提供输入时评估：{rid} {(duty.IsEvaluated ? "评估" : "不评估")}");
            return null;
        }
        return duty;
    }

    private PolicyRule? ReadPlain(Dictionary<string, JsonElement> members, string path, RuleId? id, string? source,
        (string Zh, string En)? text, bool? enabled, bool? evaluated)
    {
        var parameters = new List<RuleParameter>();
        int before = _problems.Count;
        if (Optional(members, "parameters") is { } list)
        {
            if (list.ValueKind != JsonValueKind.Array)
            {
                Add(path + ".parameters", ProblemCodes.InvalidValue, "the parameters are a list", "参数须为列表");
            }
            else
            {
                int i = 0;
                var names = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (JsonElement item in list.EnumerateArray())
                {
                    string at = JsonPaths.Index(path + ".parameters", i);
                    if (ReadParameter(item, at) is { } parameter)
                    {
                        if (names.TryGetValue(parameter.Name, out int first))
                        {
                            Add(at + ".name", ProblemCodes.DuplicateId, $"the parameter '{parameter.Name}' is given before, at {path}.parameters[{first}]",
                                $"参数“{parameter.Name}”已在 {path}.parameters[{first}] 给出");
                        }
                        else
                        {
                            names[parameter.Name] = i;
                            parameters.Add(parameter);
                        }
                    }
                    i++;
                }
                if (id is { } known)
                {
                    foreach ((string name, int at) in names)
                    {
                        _ruleAt[known].Parameters[name] = at;
                    }
                }
            }
        }
        if (_problems.Count > before || id is not { } rid || source is null || text is not { } t || enabled is not { } on || evaluated is not { } ev)
        {
            return null;
        }
        return PolicyRule.Create(rid, t.Zh, t.En, source, ev, on, parameters);
    }

    private RuleParameter? ReadParameter(JsonElement element, string path)
    {
        if (Members(element, path, ["name", "value", "source"]) is not { } members)
        {
            return null;
        }
        int before = _problems.Count;
        string? name = RequiredText(members, "name", path);
        string? value = RequiredText(members, "value", path);
        string? source = Optional(members, "source") is not null ? RequiredText(members, "source", path) : null;
        if (_problems.Count > before || name is null || value is null)
        {
            return null;
        }
        try
        {
            return new RuleParameter(name, value, source);
        }
        catch (ArgumentException)
        {
            Add(path + ".name", ProblemCodes.InvalidValue, $"'{name}' is not a parameter name: lower-case letters and digits in words joined by single hyphens",
                $"“{name}”不是参数名：以单个连字符连接的小写字母和数字");
            return null;
        }
    }

    /// <summary>
    /// The <c>scoringTable</c> rows in table order (case-format-2.md §2): each a rule identifier and two whole numbers of
    /// points, 0 or more; a rule given a row before is <c>duplicate-id</c> at its <c>rule</c>. Absent means no rows.
    /// </summary>
    private List<ScoringRow> ReadScoringTable(Dictionary<string, JsonElement> members)
    {
        var rows = new List<ScoringRow>();
        if (Optional(members, "scoringTable") is not { } list)
        {
            return rows;
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            Add("$.scoringTable", ProblemCodes.InvalidValue, "the scoring table is a list of rows", "评分表须为行的列表");
            return rows;
        }
        int i = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            string path = JsonPaths.Index("$.scoringTable", i);
            if (Members(item, path, ["rule", "perMissing", "max"]) is { } m)
            {
                int before = _problems.Count;
                RuleId? rule = null;
                if (RequiredText(m, "rule", path) is { } text)
                {
                    if (!RuleId.IsValid(text))
                    {
                        Add(path + ".rule", ProblemCodes.InvalidValue, $"'{text}' is not a rule identifier: upper-case words joined by hyphens",
                            $"“{text}”不是规则标识符：以连字符连接的大写单词");
                    }
                    else if (_scoringAt.TryGetValue(new RuleId(text), out int first))
                    {
                        Add(path + ".rule", ProblemCodes.DuplicateId, $"{text} has a scoring row before, at $.scoringTable[{first}]",
                            $"{text} 已在 $.scoringTable[{first}] 有评分行");
                    }
                    else
                    {
                        rule = new RuleId(text);
                        _scoringAt[rule.Value] = i;
                    }
                }
                int? perMissing = RequiredInt(m, "perMissing", path, 0);
                int? max = RequiredInt(m, "max", path, 0);
                if (_problems.Count == before && rule is { } r && perMissing is { } per && max is { } most)
                {
                    rows.Add(new ScoringRow(r, per, most));
                }
            }
            i++;
        }
        return rows;
    }

    private List<Interpretation> ReadInterpretations(Dictionary<string, JsonElement> members)
    {
        var interpretations = new List<Interpretation>();
        if (Optional(members, "interpretations") is not { } list)
        {
            return interpretations;
        }
        if (list.ValueKind != JsonValueKind.Array)
        {
            Add("$.interpretations", ProblemCodes.InvalidValue, "the interpretations are a list", "解释须为列表");
            return interpretations;
        }
        int i = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            string path = JsonPaths.Index("$.interpretations", i);
            if (Members(item, path, ["id", "text", "adopted", "setAsideBy"]) is { } m)
            {
                int before = _problems.Count;
                InterpretationId? id = null;
                if (RequiredText(m, "id", path) is { } idText)
                {
                    if (!InterpretationId.IsValid(idText))
                    {
                        Add(path + ".id", ProblemCodes.InvalidValue, $"'{idText}' is not an interpretation identifier: upper-case words joined by hyphens",
                            $"“{idText}”不是解释标识符：以连字符连接的大写单词");
                    }
                    else if (_interpretationAt.TryGetValue(new InterpretationId(idText), out int first))
                    {
                        Add(path + ".id", ProblemCodes.DuplicateId, $"interpretation {idText} is given before, at $.interpretations[{first}]",
                            $"解释 {idText} 已在 $.interpretations[{first}] 给出");
                    }
                    else
                    {
                        id = new InterpretationId(idText);
                        _interpretationAt[id.Value] = i;
                    }
                }
                (string Zh, string En)? text = Bilingual(m, "text", path);
                bool? adopted = RequiredBool(m, "adopted", path);
                string? setAsideBy = Optional(m, "setAsideBy") is not null ? RequiredText(m, "setAsideBy", path) : null;
                if (adopted is false && setAsideBy is not null)
                {
                    Add(path + ".adopted", ProblemCodes.InvalidValue,
                        $"the library implements only this reading, so it cannot be set aside: {setAsideBy}",
                        $"本库只实现这一解释，不能搁置：{setAsideBy}");
                }
                if (_problems.Count == before && id is { } iid && text is { } t && adopted is { } on)
                {
                    interpretations.Add(new Interpretation(iid, t.Zh, t.En, on, setAsideBy));
                }
            }
            i++;
        }
        return interpretations;
    }

    // ---- Members and values ------------------------------------------------------------------------------------------

    /// <summary>
    /// The members of an object, or null (with <c>invalid-value</c>) when the element is not one; a member not in
    /// <paramref name="allowed"/> is <c>unknown-field</c>, a member given twice <c>invalid-value</c> at its second occurrence.
    /// </summary>
    private Dictionary<string, JsonElement>? Members(JsonElement element, string path, string[] allowed) =>
        JsonElements.Members(element, path, allowed, _problems);

    private static JsonElement? Optional(Dictionary<string, JsonElement> members, string name) =>
        members.TryGetValue(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private JsonElement? Required(Dictionary<string, JsonElement> members, string name, string parent)
    {
        if (Optional(members, name) is { } value)
        {
            return value;
        }
        Add(JsonPaths.Member(parent, name), ProblemCodes.MissingField, $"'{name}' is required", $"缺少必填成员“{name}”");
        return null;
    }

    private string? RequiredText(Dictionary<string, JsonElement> members, string name, string parent)
    {
        if (Required(members, name, parent) is not { } value)
        {
            return null;
        }
        string path = JsonPaths.Member(parent, name);
        string? text = value.ValueKind == JsonValueKind.String ? Text(value) : null;
        if (text is null)
        {
            Add(path, ProblemCodes.InvalidValue, $"a text is expected, not {Describe(value)}", $"须为文本，而非 {Describe(value)}");
            return null;
        }
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length != text.Length)
        {
            Add(path, ProblemCodes.InvalidValue, "the text is blank or has surrounding white space", "文本为空或首尾有空白");
            return null;
        }
        return text;
    }

    private (string Zh, string En)? Bilingual(Dictionary<string, JsonElement> members, string name, string parent)
    {
        string path = JsonPaths.Member(parent, name);
        if (Required(members, name, parent) is not { } value || Members(value, path, ["zh", "en"]) is not { } texts)
        {
            return null;
        }
        string? zh = RequiredText(texts, "zh", path);
        string? en = RequiredText(texts, "en", path);
        return zh is null || en is null ? null : (zh, en);
    }

    private int? RequiredInt(Dictionary<string, JsonElement> members, string name, string parent, int? minimumValue = null)
    {
        if (Required(members, name, parent) is not { } value)
        {
            return null;
        }
        string path = JsonPaths.Member(parent, name);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int number))
        {
            Add(path, ProblemCodes.InvalidValue, $"a whole number is expected, not {Describe(value)}", $"须为整数，而非 {Describe(value)}");
            return null;
        }
        if (number < minimumValue)
        {
            Add(path, ProblemCodes.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"{number} is below {minimumValue}"),
                string.Create(CultureInfo.InvariantCulture, $"{number} 小于 {minimumValue}"));
            return null;
        }
        return number;
    }

    private bool? RequiredBool(Dictionary<string, JsonElement> members, string name, string parent)
    {
        if (Required(members, name, parent) is not { } value)
        {
            return null;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }
        Add(JsonPaths.Member(parent, name), ProblemCodes.InvalidValue, $"true or false is expected, not {Describe(value)}",
            $"须为 true 或 false，而非 {Describe(value)}");
        return null;
    }

    private TEnum? Enumeration<TEnum>(JsonElement value, string path)
        where TEnum : BilingualEnumeration<TEnum>
    {
        string? name = value.ValueKind == JsonValueKind.String ? Text(value) : null;
        if (SmartEnumKebabNames<TEnum>.TryParse(name, out TEnum? found) && found is not null)
        {
            return found;
        }
        string list = string.Join(", ", SmartEnumKebabNames<TEnum>.Names);
        Add(path, ProblemCodes.InvalidValue, $"{Describe(value)} is not one of {list}", $"{Describe(value)} 不是以下之一：{list}");
        return null;
    }

    private void Add(string path, string code, string message, string chineseMessage) =>
        _problems.Add(new Problem(path, code, message, chineseMessage));

    /// <summary>The JSONPath of a problem <see cref="PolicyEditionBuilder.Build"/> reports by its own locator.</summary>
    private static int CountOf(Dictionary<string, JsonElement> members, string name) =>
        members.TryGetValue(name, out JsonElement list) && list.ValueKind == JsonValueKind.Array ? list.GetArrayLength() : 0;

    private string PathOf(string builderPath)
    {
        switch (builderPath)
        {
            case "id" or "year" or "years":
                return "$." + builderPath;
            case "title-zh":
                return "$.title.zh";
            case "title-en":
                return "$.title.en";
        }
        if (builderPath.StartsWith("rules[", StringComparison.Ordinal) && builderPath.IndexOf(']') is int close and > 6
            && RuleId.IsValid(builderPath[6..close]) && _ruleAt.TryGetValue(new RuleId(builderPath[6..close]), out var rule))
        {
            string at = JsonPaths.Index("$.rules", rule.Index);
            string rest = builderPath[(close + 1)..];
            const string parameters = ".parameters.";
            if (rest.StartsWith(parameters, StringComparison.Ordinal))
            {
                return rule.Parameters.TryGetValue(rest[parameters.Length..], out int p)
                    ? JsonPaths.Index(at + ".parameters", p) + ".value"
                    : at + ".parameters";
            }
            return at + rest;
        }
        if (builderPath.StartsWith("scoringTable[", StringComparison.Ordinal) && builderPath.IndexOf(']') is int shut and > 13
            && RuleId.IsValid(builderPath[13..shut]) && _scoringAt.TryGetValue(new RuleId(builderPath[13..shut]), out int row))
        {
            return JsonPaths.Index("$.scoringTable", row) + ".rule";
        }
        if (builderPath.StartsWith("interpretations[", StringComparison.Ordinal) && builderPath.IndexOf(']') is int end and > 16
            && InterpretationId.IsValid(builderPath[16..end])
            && _interpretationAt.TryGetValue(new InterpretationId(builderPath[16..end]), out int index))
        {
            return JsonPaths.Index("$.interpretations", index) + builderPath[(end + 1)..];
        }
        return JsonPaths.Root;
    }
}
