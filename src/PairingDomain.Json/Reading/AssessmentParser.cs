using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PairingDomain.Assessment;
using PairingDomain.Assessment.Statistics;
using PairingDomain.Policy;
using PairingDomain.Time;
using static PairingDomain.Json.Reading.JsonElements;

namespace PairingDomain.Json.Reading;

/// <summary>
/// Reads one <c>pairing-assessment/1</c> or <c>/2</c> document (case-format.md "Assessment", case-format-2.md §3) back
/// into the <see cref="AnnualAssessment"/> it was written from: walks every member, reports each field's problems with
/// its JSONPath, checks what the document and its edition alone can check, and builds the restored results only when
/// nothing is wrong.
/// </summary>
/// <remarks>
/// The document is parsed whole (System.Text.Json's DOM): an assessment holds a record per unit and per cadre, far
/// fewer than a ledger's activities. Member order is free; an unknown member is <c>unknown-field</c> (a <c>/2</c> member
/// in a <c>/1</c> document too), a member given twice <c>invalid-value</c> at its second occurrence.
/// </remarks>
internal sealed partial class AssessmentParser
{
    private static readonly string[] s_rootVersion1 = ["format", "policy", "year", "asOf", "units", "cadres", "findings"];
    private static readonly string[] s_rootVersion2 = [.. s_rootVersion1, "committee", "exits", "statistics"];

    private readonly IReadOnlyDictionary<string, PolicyEdition> _editions;
    private readonly List<Problem> _problems = [];

    /// <summary>The edition the document names, when it is known; without it the edition's checks are skipped.</summary>
    private PolicyEdition? _edition;
    private string _format = JsonFormats.Assessment;
    private bool _version2;

    /// <summary>The document's year, when readable: its periods and months are checked against it.</summary>
    private int? _year;

    internal AssessmentParser(IReadOnlyDictionary<string, PolicyEdition> editions) => _editions = editions;

    internal AssessmentReadResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        if (!CaseParser.TryParseJson(utf8Json, out JsonDocument? document, out ImmutableArray<Problem> failure))
        {
            return AssessmentReadResult.Failure(failure);
        }
        using (document)
        {
            AnnualAssessment? assessment = ReadRoot(document.RootElement);
            return assessment is not null && _problems.Count == 0
                ? AssessmentReadResult.Ok(assessment)
                : AssessmentReadResult.Failure([.. _problems]);
        }
    }

    private AnnualAssessment? ReadRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Add(JsonPaths.Root, ProblemCodes.InvalidValue, $"an assessment document is an object, not {Describe(root)}",
                $"评估文档须为对象，而非 {Describe(root)}");
            return null;
        }
        JsonElement format = default;
        bool hasFormat = false;
        foreach (JsonProperty property in root.EnumerateObject())
        {
            if (SafeName(property) == "format")
            {
                format = property.Value;
                hasFormat = true;
                break;
            }
        }
        string? formatText = hasFormat && format.ValueKind == JsonValueKind.String ? Text(format) : null;
        if (formatText is not (JsonFormats.Assessment or JsonFormats.AssessmentVersion2))
        {
            // As for a case and an edition: a document of another format is not read further, so nothing else is reported.
            string expected = $"{JsonFormats.Assessment} or {JsonFormats.AssessmentVersion2}";
            Add("$.format", hasFormat ? JsonProblemCodes.UnsupportedFormat : ProblemCodes.MissingField,
                hasFormat ? $"the format is {Describe(format)}; this reader reads {expected}" : $"an assessment document names its format, {expected}",
                hasFormat ? $"格式为 {Describe(format)}；本读取器读取 {expected}" : $"评估文档须注明格式 {expected}");
            return null;
        }
        _format = formatText;
        _version2 = formatText == JsonFormats.AssessmentVersion2;
        Node? node = Object(root, JsonPaths.Root, _version2 ? s_rootVersion2 : s_rootVersion1);
        if (node is null)
        {
            return null;
        }

        if (RequiredText(node, "policy") is { } policy)
        {
            if (_editions.TryGetValue(policy, out PolicyEdition? edition))
            {
                _edition = edition;
            }
            else
            {
                string known = string.Join(", ", _editions.Keys.Order(StringComparer.Ordinal));
                Add("$.policy", JsonProblemCodes.UnknownPolicy,
                    $"the policy edition '{policy}' is not among the editions given ({known}); pass the edition the assessment was made under",
                    $"政策版本“{policy}”不在所给版本之中（{known}）；请传入评估所用的版本");
            }
        }
        int? year = RequiredInt(node, "year", 1, 9998);
        _year = year;
        LocalDate? asOf = RequiredDate(node, "asOf");
        if (year is { } y && asOf is { } date && date.Year != y)
        {
            Add("$.asOf", JsonProblemCodes.DateOrder, $"the as-of date {IsoDate.Format(date)} is not in {y}",
                $"截至日期 {IsoDate.Format(date)} 不在 {y} 年内");
            asOf = null;
        }

        ImmutableArray<UnitAssessment>? units = Items(node, "units", ReadUnit);
        CheckUnique(node, "units", "unit");
        ImmutableArray<CadreActions>? cadres = Values(node, "cadres", ReadCadre);
        CheckUnique(node, "cadres", "cadre");
        ImmutableArray<CommitteeDutyResult>? committee = _version2 ? ReadCommittee(node) : [];
        ExitResults? exits = _version2 ? ReadExits(node) : ExitResults.None;
        AssessmentStatistics? statistics = _version2 ? ReadStatistics(node) : null;
        ImmutableArray<Finding>? findings = Items(node, "findings", ReadFinding);

        if (_problems.Count > 0 || _edition is null || year is null || asOf is null || units is null || cadres is null
            || committee is null || exits is null || findings is null || (_version2 && statistics is null))
        {
            return null;
        }
        return new AnnualAssessment(_edition, year.Value, asOf.Value, units.Value, cadres.Value, findings.Value, _format)
        {
            HasCadreWork = _version2,
            CommitteeDuties = committee.Value,
            Exits = exits,
            OutcomeTotals = statistics?.Outcomes ?? [],
            StatisticsSource = statistics is null ? null : _ => statistics,
        };
    }

    /// <summary>
    /// A finding (<c>{ rule, subject, message }</c>): its rule is one of the edition's. The document carries the English
    /// message only, so the restored finding's Chinese message is that text too (Reading <c>STORED-FINDING-ENGLISH</c>);
    /// its <see cref="Finding.Source"/> is the edition's clause, as for every finding of an assessment.
    /// </summary>
    private Finding? ReadFinding(JsonElement element, string path)
    {
        if (Object(element, path, ["rule", "subject", "message"]) is not { } node)
        {
            return null;
        }
        RuleId? rule = RequiredRule(node, "rule", known: true);
        string? subject = RequiredText(node, "subject");
        string? message = RequiredText(node, "message", anyText: true);
        return rule is null || subject is null || message is null ? null : new Finding(rule.Value, subject, message);
    }

    /// <summary>A list of identifiers given twice: <c>duplicate-id</c> at the second's member.</summary>
    private void CheckUnique(Node node, string list, string member)
    {
        if (!node.Members.TryGetValue(list, out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            return;
        }
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty(member, out JsonElement id)
                && id.ValueKind == JsonValueKind.String && Text(id) is { } text)
            {
                string at = JsonPaths.Member(JsonPaths.Index(node.Path + "." + list, i), member);
                if (first.TryGetValue(text, out int before))
                {
                    Add(at, ProblemCodes.DuplicateId, $"{member} {text} is listed before, at {JsonPaths.Index(node.Path + "." + list, before)}",
                        $"{member} {text} 已在 {JsonPaths.Index(node.Path + "." + list, before)} 列出");
                }
                else
                {
                    first[text] = i;
                }
            }
            i++;
        }
    }

    /// <summary>A period of <c>shortPeriods</c> or <c>periods</c>: <c>2019</c> or <c>2019-Q3</c>, of the document's year.</summary>
    private DutyPeriod? ReadPeriod(JsonElement element, string path)
    {
        string? text = element.ValueKind == JsonValueKind.String ? Text(element) : null;
        DutyPeriod? period = null;
        if (text is { Length: 4 or 7 } && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            && year >= 1)
        {
            if (text.Length == 4)
            {
                period = DutyPeriod.ForYear(year);
            }
            else if (text[4] == '-' && text[5] == 'Q' && text[6] is >= '1' and <= '4')
            {
                period = DutyPeriod.ForQuarter(year, text[6] - '0');
            }
        }
        if (period is null)
        {
            Add(path, ProblemCodes.InvalidValue, $"{Describe(element)} is not a period: a year (2019) or a quarter (2019-Q3)",
                $"{Describe(element)} 不是期间：年份（2019）或季度（2019-Q3）");
            return null;
        }
        if (_year is { } assessed && period.Value.Year != assessed)
        {
            Add(path, ProblemCodes.InvalidValue, $"the period {text} is not of the assessed year {assessed}",
                $"期间 {text} 不属于评估年度 {assessed}");
            return null;
        }
        return period;
    }

    /// <summary>A month of <c>shortMonths</c>: <c>2019-03</c>, of the document's year.</summary>
    private YearMonth? ReadMonth(JsonElement element, string path)
    {
        string? text = element.ValueKind == JsonValueKind.String ? Text(element) : null;
        ParseResult<YearMonth>? parsed = text is null ? null : YearMonthPattern.Iso.Parse(text);
        if (parsed is not { Success: true })
        {
            Add(path, JsonProblemCodes.InvalidDate, $"{Describe(element)} is not a month (2019-03)", $"{Describe(element)} 不是月份（2019-03）");
            return null;
        }
        if (_year is { } assessed && parsed.Value.Year != assessed)
        {
            Add(path, ProblemCodes.InvalidValue, $"the month {text} is not of the assessed year {assessed}", $"月份 {text} 不属于评估年度 {assessed}");
            return null;
        }
        return parsed.Value;
    }

    private LocalDate? RequiredDate(Node node, string name)
    {
        if (Required(node, name) is not { } value)
        {
            return null;
        }
        string? text = value.ValueKind == JsonValueKind.String ? Text(value) : null;
        ParseResult<LocalDate>? parsed = text is null ? null : LocalDatePattern.Iso.Parse(text);
        if (parsed is { Success: true })
        {
            return parsed.Value;
        }
        Add(node.At(name), JsonProblemCodes.InvalidDate, $"{Describe(value)} is not a date (2019-12-31)", $"{Describe(value)} 不是日期（2019-12-31）");
        return null;
    }
}
