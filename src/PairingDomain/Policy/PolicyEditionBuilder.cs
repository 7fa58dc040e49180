using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PairingDomain.Activities;
using PairingDomain.Assessment.Rules;
using PairingDomain.Cadres;

namespace PairingDomain.Policy;

/// <summary>
/// States a policy edition as data: start from an edition (or empty), change a minimum, period or scope, switch a rule
/// off, add a duty, choose the grade scale, set interpretations — then <see cref="Build"/> a validated, immutable edition.
/// </summary>
/// <remarks>
/// <see cref="Build"/> refuses an impossible edition and says why: a duplicate rule identifier (<c>duplicate-id</c>), a
/// change to a rule the edition does not have (<c>unknown-reference</c>), a quarterly minimum on a yearly-only duty —
/// an annual plan, or a duty of the Work Committee — or a joint meeting not counted per county led
/// (<c>invalid-value</c>), years that do not include the programme year (<c>invalid-value</c>), a rule marked evaluated
/// that nothing in the library evaluates (<c>invalid-value</c> at <c>rules[ID].evaluated</c>), or a blank identifier or
/// title; setting aside a reading the library alone implements, and switching on a rule nothing evaluates, are refused
/// too, and so is a text naming a placeholder the rule has no value for (<c>invalid-value</c> at <c>rules[ID].text</c>).
/// <para>
/// Order is stable under edits: every change keeps the rule at its place in the catalogue, so a report lists the
/// duties in the same order before and after. <see cref="ReplaceRule"/> puts a restated rule where the old one stood;
/// <see cref="RemoveRule"/> then <see cref="AddRule"/> of the same identifier does the same (the removed rule's place is
/// kept for it); only a rule of a new identifier goes to the end. A rule's text follows its parameters (see
/// <see cref="PolicyRule"/>), so <see cref="SetMinimum"/> needs no new text.
/// </para>
/// <threadsafety>Not thread-safe; the edition it builds is.</threadsafety>
/// </remarks>
public sealed partial class PolicyEditionBuilder
{
    // A removed rule leaves a hole (null) at its place, which a rule of the same identifier added later fills: the
    // catalogue order, which is the order every report lists duties in, is stable under edits.
    private readonly List<PolicyRule?> _rules;
    private readonly Dictionary<RuleId, int> _removedAt = [];
    private readonly List<Interpretation> _interpretations;
    private readonly List<Problem> _problems = [];
    private string _id;
    private int _year;
    private int _firstYear;
    private int _lastYear;
    private string _chineseTitle;
    private string _englishTitle;
    private GradeScale _gradeScale;

    private PolicyEditionBuilder(string id, int year, string chineseTitle, string englishTitle, IEnumerable<PolicyRule> rules,
        GradeScale gradeScale, IEnumerable<Interpretation> interpretations)
    {
        _id = id;
        _year = year;
        _firstYear = year;
        _lastYear = year;
        _chineseTitle = chineseTitle;
        _englishTitle = englishTitle;
        _rules = [.. rules];
        _gradeScale = gradeScale;
        _interpretations = [.. interpretations];
    }

    /// <summary>Starts from a copy of <paramref name="edition"/>.</summary>
    /// <param name="edition">The edition to start from, for example <see cref="PolicyEditions.Sichuan2019"/>.</param>
    public static PolicyEditionBuilder From(PolicyEdition edition)
    {
        Preconditions.CheckNotNull(edition, nameof(edition));
        return new(edition.Id, edition.Year, edition.ChineseTitle, edition.EnglishTitle, edition.Rules, edition.GradeScale,
            edition.Interpretations)
        {
            _firstYear = edition.FirstYear,
            _lastYear = edition.LastYear,
            _scoringRows = [.. edition.ScoringTable.Rows],
        };
    }

    /// <summary>Starts an edition with no rule, no interpretation and Sichuan's three-grade scale.</summary>
    /// <param name="id">The edition's identifier, for example <c>guangxi-2020</c>.</param>
    /// <param name="year">The programme year.</param>
    public static PolicyEditionBuilder Empty(string id, int year) =>
        new(Preconditions.CheckNotNull(id, nameof(id)), year, id, id, [], GradeScale.ThreeGrade, []);

    /// <summary>Renames the edition; it then applies to <paramref name="year"/> alone until <see cref="WithYears"/> says otherwise.</summary>
    /// <param name="id">The new identifier.</param>
    /// <param name="year">The programme year.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder WithIdentity(string id, int year)
    {
        _id = Preconditions.CheckNotNull(id, nameof(id));
        _year = year;
        _firstYear = year;
        _lastYear = year;
        return this;
    }

    /// <summary>
    /// States the years the edition applies to, inclusive; they must include its programme year. An assessment of
    /// another year is refused unless the caller opts in (<see cref="Assessment.AssessmentOptions.AllowYearOutsideEdition"/>).
    /// </summary>
    /// <param name="firstYear">The first assessed year the edition applies to.</param>
    /// <param name="lastYear">The last, inclusive.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder WithYears(int firstYear, int lastYear)
    {
        _firstYear = firstYear;
        _lastYear = lastYear;
        return this;
    }

    /// <summary>Sets the edition's titles.</summary>
    /// <param name="chineseTitle">The title in Chinese.</param>
    /// <param name="englishTitle">The title in English.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder WithTitles(string chineseTitle, string englishTitle)
    {
        _chineseTitle = Preconditions.CheckNotNull(chineseTitle, nameof(chineseTitle));
        _englishTitle = Preconditions.CheckNotNull(englishTitle, nameof(englishTitle));
        return this;
    }

    /// <summary>Chooses the grade scale for stationed cadres.</summary>
    /// <param name="scale">The scale.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder WithGradeScale(GradeScale scale)
    {
        _gradeScale = Preconditions.CheckNotNull(scale, nameof(scale));
        return this;
    }

    /// <summary>Changes a duty's minimum; a text naming <c>{minimum}</c> follows it (see <see cref="PolicyRule"/>).</summary>
    /// <param name="duty">The duty.</param>
    /// <param name="minimum">The new minimum; zero or more.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder SetMinimum(RuleId duty, int minimum)
    {
        if (minimum < 0)
        {
            _problems.Add(new Problem($"rules[{duty}].minimum", ProblemCodes.InvalidValue, $"a minimum cannot be negative: {minimum}",
                $"{duty} 的最低次数不能为负数：{minimum}"));
            return this;
        }
        return ReplaceDuty(duty, d => d.WithMinimum(minimum));
    }

    /// <summary>Changes a duty's period.</summary>
    /// <param name="duty">The duty.</param>
    /// <param name="period">The new period.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder SetPeriod(RuleId duty, DutyPeriodKind period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        return ReplaceDuty(duty, d => d.WithPeriod(period));
    }

    /// <summary>Sets or clears the yearly leave maximum of <c>DUTY-CADRE-DAYS</c> (case-format-2.md §2).</summary>
    /// <param name="duty">The duty.</param>
    /// <param name="maximum">The most leave days the year allows, zero or more; null for no maximum.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder SetYearlyLeaveMaximum(RuleId duty, int? maximum)
    {
        if (maximum < 0)
        {
            _problems.Add(new Problem($"rules[{duty}].yearlyLeaveMaximum", ProblemCodes.InvalidValue,
                $"a leave maximum cannot be negative: {maximum}", $"{duty} 的年度请假上限不能为负数：{maximum}"));
            return this;
        }
        return ReplaceDuty(duty, d => d.WithYearlyLeaveMaximum(maximum));
    }

    /// <summary>Changes what a duty's minimum is counted for.</summary>
    /// <param name="duty">The duty.</param>
    /// <param name="scope">The new scope.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder SetScope(RuleId duty, CountingScope scope)
    {
        Preconditions.CheckNotNull(scope, nameof(scope));
        if (scope == CountingScope.PerCountyLed && Find(duty) is DutyRule { Holder: var holder } && holder != DutyHolder.LeadUnit)
        {
            _problems.Add(new Problem($"rules[{duty}].scope", ProblemCodes.InvalidValue, "only a lead-unit duty can be counted per county led",
                $"{duty} 不是牵头单位的职责，不能按牵头县计数"));
            return this;
        }
        return ReplaceDuty(duty, d => d.WithScope(scope));
    }

    /// <summary>Switches a rule on or off.</summary>
    /// <remarks>
    /// Switching on a rule that nothing in the library evaluates — a duty no activity kind feeds, or a rule listed,
    /// not evaluated (see <see cref="RuleIds"/>) — is refused with <c>invalid-value</c> at <c>rules[ID].enabled</c>:
    /// it would be listed as applied and change no result.
    /// </remarks>
    /// <param name="rule">The rule.</param>
    /// <param name="enabled">Whether the edition applies it.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder SetEnabled(RuleId rule, bool enabled)
    {
        if (enabled && Find(rule) is PolicyRule found && !EvaluatedRules.Contains(found))
        {
            _problems.Add(new Problem($"rules[{rule}].enabled", ProblemCodes.InvalidValue,
                $"nothing in the library evaluates {rule}: switched on, it would change no result"));
            return this;
        }
        return Replace(rule, r => r.WithEnabled(enabled));
    }

    /// <summary>
    /// Adds a rule or duty at the end of the catalogue, or, when a rule of the same identifier was removed from this
    /// builder, at the place it stood.
    /// </summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder AddRule(PolicyRule rule)
    {
        Preconditions.CheckNotNull(rule, nameof(rule));
        if (_removedAt.Remove(rule.Id, out int at) && _rules[at] is null)
        {
            _rules[at] = rule;
            return this;
        }
        _rules.Add(rule);
        return this;
    }

    /// <summary>
    /// Restates a rule in place: <paramref name="rule"/> takes the place of the rule with its identifier, so the catalogue
    /// order (and every report's duty order) does not change.
    /// </summary>
    /// <remarks>A rule the edition does not have is <c>unknown-reference</c> at <c>rules[ID]</c>.</remarks>
    /// <param name="rule">The rule as restated.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder ReplaceRule(PolicyRule rule)
    {
        Preconditions.CheckNotNull(rule, nameof(rule));
        return Replace(rule.Id, _ => rule);
    }

    /// <summary>
    /// Rewords a rule in place, keeping its parameters, source and switches. The texts may name the rule's parameters in
    /// braces (<c>{period}至少{minimum}次</c>, see <see cref="PolicyRule"/>) so that they follow later changes.
    /// </summary>
    /// <param name="rule">The rule.</param>
    /// <param name="chineseText">The new Chinese text.</param>
    /// <param name="englishText">The new English text.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder SetText(RuleId rule, string chineseText, string englishText)
    {
        Preconditions.CheckNotNull(chineseText, nameof(chineseText));
        Preconditions.CheckNotNull(englishText, nameof(englishText));
        return Replace(rule, r => r.WithText(chineseText, englishText));
    }

    /// <summary>Removes a rule from the catalogue; a rule of the same identifier added afterwards takes its place.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder RemoveRule(RuleId rule)
    {
        bool found = false;
        for (int i = 0; i < _rules.Count; i++)
        {
            if (_rules[i] is { } r && r.Id == rule)
            {
                _rules[i] = null;
                if (!found)
                {
                    _removedAt[rule] = i;
                }
                found = true;
            }
        }
        if (!found)
        {
            _problems.Add(Unknown(rule));
        }
        StashScoringRow(rule); // a rule removed takes its scoring row with it, until a rule of its identifier is added back
        return this;
    }

    /// <summary>Adopts or sets aside an interpretation the edition has, or adds a new one.</summary>
    /// <param name="interpretation">The interpretation.</param>
    /// <returns>This builder.</returns>
    public PolicyEditionBuilder SetInterpretation(Interpretation interpretation)
    {
        Preconditions.CheckNotNull(interpretation, nameof(interpretation));
        int at = _interpretations.FindIndex(i => i.Id == interpretation.Id);
        if (at >= 0)
        {
            _interpretations[at] = interpretation;
        }
        else
        {
            _interpretations.Add(interpretation);
        }
        return this;
    }

    /// <summary>Adopts or sets aside an interpretation the edition already has.</summary>
    /// <param name="id">The interpretation's identifier, one of <see cref="InterpretationIds"/>.</param>
    /// <param name="adopted">Whether the edition applies it.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public PolicyEditionBuilder SetInterpretation(InterpretationId id, bool adopted)
    {
        Preconditions.CheckArgument(id.Value is not null, nameof(id), "The identifier is the default value.");
        int at = _interpretations.FindIndex(i => i.Id == id);
        if (at < 0)
        {
            _problems.Add(new Problem($"interpretations[{id}]", ProblemCodes.UnknownReference, $"the edition has no interpretation {id}",
                $"该版本没有解释 {id}"));
            return this;
        }
        if (!adopted && !_interpretations[at].CanBeSetAside)
        {
            _problems.Add(new Problem($"interpretations[{id}]", ProblemCodes.InvalidValue,
                $"the library implements only this reading of {id}: {_interpretations[at].SetAsideBy}",
                $"本库只实现 {id} 的这一解释：{_interpretations[at].SetAsideBy}"));
            return this;
        }
        _interpretations[at] = _interpretations[at] with { IsAdopted = adopted };
        return this;
    }

    /// <summary>Builds the edition, or reports every reason it is impossible.</summary>
    /// <returns>The edition, or its problems.</returns>
    public BuildResult<PolicyEdition> Build()
    {
        var problems = new List<Problem>(_problems);
        List<PolicyRule> rules = [.. _rules.OfType<PolicyRule>()];
        if (string.IsNullOrWhiteSpace(_id))
        {
            problems.Add(new Problem("id", ProblemCodes.MissingField, "an edition needs an identifier", "版本须有标识符"));
        }
        if (string.IsNullOrWhiteSpace(_chineseTitle))
        {
            problems.Add(new Problem("title-zh", ProblemCodes.MissingField, "an edition needs a Chinese title", "版本须有中文标题"));
        }
        if (string.IsNullOrWhiteSpace(_englishTitle))
        {
            problems.Add(new Problem("title-en", ProblemCodes.MissingField, "an edition needs an English title", "版本须有英文标题"));
        }
        if (_year is < 1 or > 9998)
        {
            problems.Add(new Problem("year", ProblemCodes.InvalidValue, $"{_year} is not a programme year",
                $"{_year} 不是有效的帮扶工作年度"));
        }
        else if (_firstYear > _year || _lastYear < _year || _firstYear < 1 || _lastYear > 9998)
        {
            problems.Add(new Problem("years", ProblemCodes.InvalidValue,
                $"the years {_firstYear}–{_lastYear} must lie in 1–9998 and include the programme year {_year}",
                $"适用年度 {_firstYear}–{_lastYear} 须在 1–9998 之间且包含帮扶工作年度 {_year}"));
        }
        foreach (IGrouping<RuleId, PolicyRule> twice in rules.GroupBy(r => r.Id).Where(g => g.Count() > 1))
        {
            problems.Add(new Problem($"rules[{twice.Key}]", ProblemCodes.DuplicateId, $"rule {twice.Key} appears {twice.Count()} times",
                $"规则 {twice.Key} 出现 {twice.Count()} 次"));
        }
        foreach (IGrouping<InterpretationId, Interpretation> twice in _interpretations.GroupBy(i => i.Id).Where(g => g.Count() > 1))
        {
            problems.Add(new Problem($"interpretations[{twice.Key}]", ProblemCodes.DuplicateId, $"interpretation {twice.Key} appears twice",
                $"解释 {twice.Key} 出现两次"));
        }
        foreach (PolicyRule rule in rules.Where(r => r.IsEvaluated && !EvaluatedRules.Contains(r)))
        {
            problems.Add(new Problem($"rules[{rule.Id}].evaluated", ProblemCodes.InvalidValue,
                $"{rule.Id} is marked evaluated, but nothing in the library evaluates it",
                $"{rule.Id} 标为已评估，但本库没有评估它的代码"));
        }
        foreach (PolicyRule rule in rules)
        {
            string[] unknown = [.. RuleText.Unknown(rule.ChineseTextTemplate, rule, chinese: true)
                .Concat(RuleText.Unknown(rule.EnglishTextTemplate, rule, chinese: false)).Distinct()];
            if (unknown.Length > 0)
            {
                problems.Add(new Problem($"rules[{rule.Id}].text", ProblemCodes.InvalidValue,
                    $"{rule.Id}'s text names {string.Join(", ", unknown)}, which is not one of its parameters (write {{{{ and }}}} for a brace)",
                    $"{rule.Id} 的文本引用了 {string.Join("、", unknown)}，不是该规则的参数（大括号本身写作 {{{{ 和 }}}}）"));
            }
        }
        foreach ((RuleId id, string name) in TeamRules.Figures)
        {
            if (Find(id) is { IsEvaluated: true } rule && TeamRules.Figure(rule, name) is null)
            {
                problems.Add(new Problem($"rules[{id}].parameters.{name}", ProblemCodes.InvalidValue,
                    $"{id} is evaluated from its parameter '{name}', which must be a whole number of at least 1",
                    $"{id} 按其参数“{name}”评估，该参数须为不小于 1 的整数"));
            }
        }
        problems.AddRange(ExitRules.FigureProblems(rules));
        foreach (DutyRule duty in rules.OfType<DutyRule>())
        {
            bool yearlyOnly = duty.ActivityKind == ActivityKind.AnnualPlan || duty.Holder == DutyHolder.WorkCommittee;
            if (yearlyOnly && duty.Period == DutyPeriodKind.Quarter)
            {
                problems.Add(new Problem($"rules[{duty.Id}].period", ProblemCodes.InvalidValue,
                    $"{duty.Id} is a yearly-only duty ({duty.Holder.EnglishName}, {duty.ActivityKind?.EnglishName ?? "no activity"}): it cannot have a quarterly minimum",
                    $"{duty.Id} 是只能按年度考核的职责（{duty.Holder.ChineseName}，{duty.ActivityKind?.ChineseName ?? "无对应活动"}），不能设季度最低次数"));
            }
            if ((duty.Period == DutyPeriodKind.Month) != (duty.Id == RuleIds.DutyCadreDays))
            {
                problems.Add(new Problem($"rules[{duty.Id}].period", ProblemCodes.InvalidValue,
                    $"{duty.Id}: only DUTY-CADRE-DAYS, days in the village, is counted per month, and always so",
                    $"{duty.Id}：只有驻村天数职责 DUTY-CADRE-DAYS 按月计算，且只能按月计算"));
            }
            if (duty.YearlyLeaveMaximum is not null && duty.Id != RuleIds.DutyCadreDays)
            {
                problems.Add(new Problem($"rules[{duty.Id}].yearlyLeaveMaximum", ProblemCodes.InvalidValue,
                    $"{duty.Id}: only DUTY-CADRE-DAYS has a yearly leave maximum",
                    $"{duty.Id}：只有驻村天数职责 DUTY-CADRE-DAYS 可设年度请假上限"));
            }
            if (duty.ActivityKind == ActivityKind.JointMeeting && duty.Scope != CountingScope.PerCountyLed)
            {
                problems.Add(new Problem($"rules[{duty.Id}].scope", ProblemCodes.InvalidValue,
                    "a joint meeting counts only for the county's lead unit: its duty must be counted per county led",
                    $"联席会议只计入该县牵头单位：{duty.Id} 须按牵头县计数"));
            }
        }
        ValidateScoringTable(problems);
        return problems.Count > 0
            ? BuildResult<PolicyEdition>.ForProblems([.. problems])
            : BuildResult<PolicyEdition>.ForValue(new PolicyEdition(_id, _year, _chineseTitle, _englishTitle, [.. rules], _gradeScale,
                [.. _interpretations], _firstYear, _lastYear) { ScoringTable = new ScoringTable([.. _scoringRows]) });
    }

    private PolicyRule? Find(RuleId id) => _rules.Find(r => r is not null && r.Id == id);

    private PolicyEditionBuilder Replace(RuleId id, Func<PolicyRule, PolicyRule> change)
    {
        int at = _rules.FindIndex(r => r is not null && r.Id == id);
        if (at < 0)
        {
            _problems.Add(Unknown(id));
        }
        else
        {
            _rules[at] = change(_rules[at]!);
        }
        return this;
    }

    private PolicyEditionBuilder ReplaceDuty(RuleId id, Func<DutyRule, DutyRule> change)
    {
        int at = _rules.FindIndex(r => r is not null && r.Id == id);
        if (at < 0)
        {
            _problems.Add(Unknown(id));
        }
        else if (_rules[at] is DutyRule duty)
        {
            _rules[at] = change(duty);
        }
        else
        {
            _problems.Add(new Problem($"rules[{id}]", ProblemCodes.InvalidValue, $"{id} is not a duty", $"{id} 不是职责类规则"));
        }
        return this;
    }

    private static Problem Unknown(RuleId id) =>
        new($"rules[{id}]", ProblemCodes.UnknownReference, $"the edition has no rule {id}", $"该版本没有规则 {id}");
}
