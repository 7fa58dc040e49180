using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PairingDomain.Policy;
using static PairingDomain.Json.Reading.JsonElements;

namespace PairingDomain.Json.Reading;

/// <summary>The members of one JSON object and the reading of one member each: every problem reported, at its JSONPath.</summary>
internal sealed partial class AssessmentParser
{
    /// <summary>The members of an object given once each, and its JSONPath.</summary>
    private sealed record Node(Dictionary<string, JsonElement> Members, string Path)
    {
        internal string At(string name) => JsonPaths.Member(Path, name);
    }

    /// <summary>
    /// The members of <paramref name="element"/>, an object: an unknown member is <c>unknown-field</c>, a member given
    /// twice <c>invalid-value</c> at its second occurrence; null (with <c>invalid-value</c>) when it is not an object.
    /// </summary>
    private Node? Object(JsonElement element, string path, string[] allowed) =>
        JsonElements.Members(element, path, allowed, _problems) is { } members ? new Node(members, path) : null;

    /// <summary>A member that must be given and not null.</summary>
    private JsonElement? Required(Node node, string name)
    {
        if (node.Members.TryGetValue(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }
        Add(node.At(name), ProblemCodes.MissingField, $"'{name}' is required", $"缺少必填成员“{name}”");
        return null;
    }

    /// <summary>A member that must be given and may be null (<c>score</c>, <c>links</c>): whether it was given, and its value unless null.</summary>
    private bool RequiredOrNull(Node node, string name, out JsonElement? value)
    {
        value = null;
        if (!node.Members.TryGetValue(name, out JsonElement element))
        {
            Add(node.At(name), ProblemCodes.MissingField, $"'{name}' is required (null when there is none)", $"缺少必填成员“{name}”（无则为 null）");
            return false;
        }
        value = element.ValueKind == JsonValueKind.Null ? null : element;
        return true;
    }

    /// <summary>A text: not blank and without surrounding white space, unless <paramref name="anyText"/> (a message).</summary>
    private string? RequiredText(Node node, string name, bool anyText = false)
    {
        if (Required(node, name) is not { } value)
        {
            return null;
        }
        return TextOf(value, node.At(name), anyText);
    }

    private string? TextOf(JsonElement value, string path, bool anyText = false)
    {
        string? text = value.ValueKind == JsonValueKind.String ? Text(value) : null;
        if (text is null)
        {
            Add(path, ProblemCodes.InvalidValue, $"a text is expected, not {Describe(value)}", $"须为文本，而非 {Describe(value)}");
            return null;
        }
        if (!anyText && (string.IsNullOrWhiteSpace(text) || text.Trim().Length != text.Length))
        {
            Add(path, ProblemCodes.InvalidValue, "the text is blank or has surrounding white space", "文本为空或首尾有空白");
            return null;
        }
        return text;
    }

    /// <summary>An identifier (a unit, cadre, leader, activity, subject): not blank, no surrounding white space or control character.</summary>
    private string? IdOf(JsonElement value, string path)
    {
        string? text = TextOf(value, path);
        if (text is not null && !Preconditions.IsValidId(text))
        {
            Add(path, ProblemCodes.InvalidValue, $"\"{text}\" is not an identifier: it holds a control character",
                $"“{text}”不是标识符：含控制字符");
            return null;
        }
        return text;
    }

    private string? RequiredId(Node node, string name) => Required(node, name) is { } value ? IdOf(value, node.At(name)) : null;

    private int? RequiredInt(Node node, string name, int minimum = 0, int maximum = int.MaxValue)
    {
        if (Required(node, name) is not { } value)
        {
            return null;
        }
        string path = node.At(name);
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out int number))
        {
            Add(path, ProblemCodes.InvalidValue, $"a whole number is expected, not {Describe(value)}", $"须为整数，而非 {Describe(value)}");
            return null;
        }
        if (number < minimum || number > maximum)
        {
            string range = maximum == int.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"at least {minimum}")
                : string.Create(CultureInfo.InvariantCulture, $"from {minimum} to {maximum}");
            Add(path, ProblemCodes.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"{number} is not {range}"),
                string.Create(CultureInfo.InvariantCulture, $"{number} 超出范围（{range}）"));
            return null;
        }
        return number;
    }

    private bool? RequiredBool(Node node, string name)
    {
        if (Required(node, name) is not { } value)
        {
            return null;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }
        Add(node.At(name), ProblemCodes.InvalidValue, $"true or false is expected, not {Describe(value)}", $"须为 true 或 false，而非 {Describe(value)}");
        return null;
    }

    private TEnum? RequiredEnumeration<TEnum>(Node node, string name)
        where TEnum : BilingualEnumeration<TEnum> =>
        Required(node, name) is { } value ? Enumeration<TEnum>(value, node.At(name)) : null;

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

    /// <summary>
    /// A rule identifier; with <paramref name="known"/>, one the edition has (else <c>unknown-reference</c>), checked only
    /// when the edition is known.
    /// </summary>
    private RuleId? RequiredRule(Node node, string name, bool known) =>
        Required(node, name) is { } value ? RuleOf(value, node.At(name), known) : null;

    private RuleId? RuleOf(JsonElement value, string path, bool known)
    {
        string? text = value.ValueKind == JsonValueKind.String ? Text(value) : null;
        if (!RuleId.IsValid(text))
        {
            Add(path, ProblemCodes.InvalidValue, $"{Describe(value)} is not a rule identifier: upper-case words joined by hyphens",
                $"{Describe(value)} 不是规则标识符：以连字符连接的大写单词");
            return null;
        }
        var rule = new RuleId(text!);
        if (known && _edition is not null && _edition.FindRule(rule) is null)
        {
            Add(path, ProblemCodes.UnknownReference, $"the edition {_edition.Id} has no rule {text}", $"版本 {_edition.Id} 无规则 {text}");
            return null;
        }
        return rule;
    }

    /// <summary>
    /// A clause a result cites: the text the edition cites for <paramref name="rule"/> (Reading
    /// <c>STORED-SOURCE-MATCHES-EDITION</c>: another text means the document was written under another text of the
    /// edition, and is <c>invalid-value</c>).
    /// </summary>
    private string? RequiredSource(Node node, RuleId? rule)
    {
        string? source = RequiredText(node, "source");
        if (source is not null && rule is { } id && _edition is not null && _edition.FindRule(id) is not null
            && _edition.SourceOf(id) != source)
        {
            Add(node.At("source"), ProblemCodes.InvalidValue,
                $"the edition {_edition.Id} cites {id} as '{_edition.SourceOf(id)}', not '{source}': the assessment was made under another text of the edition",
                $"版本 {_edition.Id} 引用 {id} 的条款为“{_edition.SourceOf(id)}”，而非“{source}”：该评估依据的是该版本的另一文本");
            return null;
        }
        return source;
    }

    /// <summary>A required list whose every item reads; null when it is missing, not a list, or an item is bad.</summary>
    private ImmutableArray<T>? Items<T>(Node node, string name, Func<JsonElement, string, T?> read)
        where T : class =>
        Required(node, name) is { } list ? ItemsOf(list, node.At(name), read) : null;

    private ImmutableArray<T>? ItemsOf<T>(JsonElement list, string path, Func<JsonElement, string, T?> read)
        where T : class
    {
        if (!IsList(list, path))
        {
            return null;
        }
        var items = ImmutableArray.CreateBuilder<T>(list.GetArrayLength());
        bool bad = false;
        int i = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            if (read(item, JsonPaths.Index(path, i++)) is { } value)
            {
                items.Add(value);
            }
            else
            {
                bad = true;
            }
        }
        return bad ? null : items.MoveToImmutable();
    }

    /// <summary>As <see cref="Items{T}"/>, for values.</summary>
    private ImmutableArray<T>? Values<T>(Node node, string name, Func<JsonElement, string, T?> read)
        where T : struct =>
        Required(node, name) is { } list ? ValuesOf(list, node.At(name), read) : null;

    private ImmutableArray<T>? ValuesOf<T>(JsonElement list, string path, Func<JsonElement, string, T?> read)
        where T : struct
    {
        if (!IsList(list, path))
        {
            return null;
        }
        var items = ImmutableArray.CreateBuilder<T>(list.GetArrayLength());
        bool bad = false;
        int i = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            if (read(item, JsonPaths.Index(path, i++)) is { } value)
            {
                items.Add(value);
            }
            else
            {
                bad = true;
            }
        }
        return bad ? null : items.MoveToImmutable();
    }

    private bool IsList(JsonElement list, string path)
    {
        if (list.ValueKind == JsonValueKind.Array)
        {
            return true;
        }
        Add(path, ProblemCodes.InvalidValue, $"a list is expected, not {Describe(list)}", $"须为列表，而非 {Describe(list)}");
        return false;
    }

    private void Add(string path, string code, string message, string chineseMessage) =>
        _problems.Add(new Problem(path, code, message, chineseMessage));
}
