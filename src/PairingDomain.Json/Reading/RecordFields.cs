using System;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using PairingDomain.Places;

namespace PairingDomain.Json.Reading;

/// <summary>
/// The fields of one JSON object of a case, read once: unknown and repeated members are reported on construction,
/// and each typed getter reports what is wrong with its field.
/// </summary>
/// <remarks>
/// Getters return true when the field is valid, or absent (or null) and optional; the value is then the field's value
/// or null. They return false after reporting a problem at the field's path: <c>missing-field</c> for a required field
/// absent or null, <c>invalid-value</c> for a wrong JSON type, a value not in the list, a malformed code or identifier,
/// <c>invalid-date</c> for a string that is not a date or instant.
/// </remarks>
internal sealed class RecordFields
{
    private static readonly OffsetDateTimePattern s_instantPattern = OffsetDateTimePattern.ExtendedIso;

    private readonly ProblemLog _log;
    private readonly FieldSet _fields;
    private readonly JsonElement[] _values;
    private readonly string _what;
    private readonly string _chineseWhat;

    /// <summary>Reads the members of <paramref name="element"/> as fields of <paramref name="fields"/>.</summary>
    /// <param name="log">Where problems go.</param>
    /// <param name="element">The JSON object.</param>
    /// <param name="path">Its JSONPath.</param>
    /// <param name="fields">Its record kind.</param>
    /// <param name="what">
    /// What the record is called in messages, when not <see cref="FieldSet.What"/>: a <c>pairing-case/2</c> document is
    /// read with the fields of <see cref="Fields.CaseFields"/> but named as itself.
    /// </param>
    /// <param name="chineseWhat">The same in Chinese.</param>
    /// <param name="known">
    /// How many of the set's fields, from the first, the record may carry; the others are <c>unknown-field</c> as any
    /// other name (a <c>pairing-case/1</c> document and the members of <c>/2</c>). Null for all.
    /// </param>
    internal RecordFields(ProblemLog log, JsonElement element, string path, FieldSet fields, string? what = null, string? chineseWhat = null,
        int? known = null)
    {
        _log = log;
        _fields = fields;
        _what = what ?? fields.What;
        _chineseWhat = chineseWhat ?? fields.ChineseWhat;
        Path = path;
        _values = new JsonElement[fields.Count];
        foreach (JsonProperty property in element.EnumerateObject())
        {
            int i = fields.IndexOf(property);
            if (i < 0 || i >= (known ?? fields.Count))
            {
                string name = NameOf(property);
                log.Field(JsonPaths.Member(path, name), JsonProblemCodes.UnknownField, $"'{name}' is not a field of {_what}",
                    $"“{name}”不是{_chineseWhat}的字段");
            }
            else if (_values[i].ValueKind != JsonValueKind.Undefined)
            {
                string field = fields.NameAt(i);
                log.Field(Path + "." + field, ProblemCodes.InvalidValue, $"'{field}' is given more than once in one object",
                    $"同一对象中“{field}”出现不止一次");
            }
            else
            {
                _values[i] = property.Value;
            }
        }
    }

    /// <summary>The record's own path.</summary>
    internal string Path { get; }

    /// <summary>The record kind: which fields it may carry.</summary>
    internal FieldSet Fields => _fields;

    internal string FieldPath(Field field)
    {
        Debug.Assert(field.Set == _fields, $"'{field.Name}' is not a field of {_fields.What}");
        return Path + "." + field.Name;
    }

    /// <summary>Whether the field is present with a value other than null.</summary>
    internal bool Has(Field field) => Value(field).ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null);

    internal JsonElement this[Field field] => Value(field);

    private JsonElement Value(Field field)
    {
        Debug.Assert(field.Set == _fields, $"'{field.Name}' is not a field of {_fields.What}");
        return _values[field.Index];
    }

    internal void Invalid(Field field, string code, string message, string chineseMessage) =>
        _log.Field(FieldPath(field), code, message, chineseMessage);

    internal bool String(Field field, bool required, out string? value)
    {
        value = null;
        if (!Present(field, required))
        {
            return !required;
        }
        JsonElement element = Value(field);
        if (element.ValueKind != JsonValueKind.String)
        {
            return WrongType(field, "a string", "字符串");
        }
        if (!TryGetString(element, out value))
        {
            Invalid(field, ProblemCodes.InvalidValue, "the string is not valid Unicode text", "该字符串不是有效的 Unicode 文本");
            return false;
        }
        return true;
    }

    internal bool Id(Field field, bool required, out string? value)
    {
        if (!String(field, required, out value))
        {
            return false;
        }
        if (value is not null && !UnitId.IsValid(value))
        {
            Invalid(field, ProblemCodes.InvalidValue,
                $"'{value}' is not an identifier: it must be non-empty, without leading or trailing white space or control characters",
                $"“{value}”不是有效的标识符：标识符不能为空，首尾不能有空白，也不能含控制字符");
            value = null;
            return false;
        }
        return true;
    }

    internal bool Enum<TEnum>(Field field, bool required, out TEnum? value)
        where TEnum : BilingualEnumeration<TEnum>
    {
        value = null;
        if (!String(field, required, out string? text))
        {
            return false;
        }
        if (text is null)
        {
            return true;
        }
        if (!SmartEnumKebabNames<TEnum>.TryParse(text, out value))
        {
            Invalid(field, ProblemCodes.InvalidValue,
                $"'{text}' is not one of {string.Join(", ", SmartEnumKebabNames<TEnum>.Names)}",
                $"“{text}”不是以下取值之一：{string.Join(", ", SmartEnumKebabNames<TEnum>.Names)}");
            return false;
        }
        return true;
    }

    internal bool Date(Field field, bool required, out LocalDate? value)
    {
        value = null;
        if (!String(field, required, out string? text))
        {
            return false;
        }
        if (text is null)
        {
            return true;
        }
        if (TryParseIsoDate(text, out LocalDate date))
        {
            value = date;
            return true;
        }
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success || result.Value.Year < 1)
        {
            Invalid(field, JsonProblemCodes.InvalidDate, $"{text} is not a date (expected an ISO local date such as 2019-04-12)",
                $"{text} 不是日期（应为 ISO 本地日期，如 2019-04-12）");
            return false;
        }
        value = result.Value;
        return true;
    }

    /// <summary>
    /// A calendar month written <c>uuuu-MM</c> (case-format-2.md §1, <c>attendance[].month</c>), years 1 to 9999;
    /// anything else, <c>2019-13</c> say, is <c>invalid-date</c>.
    /// </summary>
    internal bool Month(Field field, bool required, out YearMonth? value)
    {
        value = null;
        if (!String(field, required, out string? text))
        {
            return false;
        }
        if (text is null)
        {
            return true;
        }
        if (text.Length == 7 && text[4] == '-' && TryDigits(text, 0, 4, out int year) && TryDigits(text, 5, 2, out int month)
            && year >= 1 && month is >= 1 and <= 12)
        {
            value = new YearMonth(year, month);
            return true;
        }
        Invalid(field, JsonProblemCodes.InvalidDate, $"{text} is not a month (expected an ISO year and month such as 2019-03)",
            $"{text} 不是月份（应为 ISO 年月，如 2019-03）");
        return false;
    }

    /// <summary>
    /// The common form <c>uuuu-MM-dd</c> with a year from 1 to 9999, read without NodaTime's general pattern engine;
    /// anything else (including dates that do not exist) falls through to <see cref="LocalDatePattern.Iso"/>.
    /// </summary>
    internal static bool TryParseIsoDate(string text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text, 0, 4, out int year) || !TryDigits(text, 5, 2, out int month) || !TryDigits(text, 8, 2, out int day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        date = new LocalDate(year, month, day);
        return true;
    }

    private static bool TryDigits(string text, int start, int length, out int number)
    {
        number = 0;
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c is < '0' or > '9')
            {
                return false;
            }
            number = (number * 10) + (c - '0');
        }
        return true;
    }

    internal bool Instant(Field field, out Instant? value)
    {
        value = null;
        if (!String(field, false, out string? text))
        {
            return false;
        }
        if (text is null)
        {
            return true;
        }
        ParseResult<OffsetDateTime> result = s_instantPattern.Parse(text);
        if (!result.Success || result.Value.Year < 1 || !HasChinaDate(result.Value))
        {
            Invalid(field, JsonProblemCodes.InvalidDate,
                $"{text} is not an instant (expected an ISO date and time with an offset such as 2019-09-30T18:00:00Z or 2019-10-01T02:00:00+08:00)",
                $"{text} 不是时刻（应为带时区偏移的 ISO 日期时间，如 2019-09-30T18:00:00Z 或 2019-10-01T02:00:00+08:00）");
            return false;
        }
        value = result.Value.ToInstant();
        return true;
    }

    /// <summary>
    /// Whether the instant falls on a local date in China Standard Time from year 1 to 9999: 9999-12-31T23:00:00-08:00 is
    /// a valid offset date-time but lies on 10000-01-01 in Beijing, past the calendar's end.
    /// </summary>
    internal static bool HasChinaDate(OffsetDateTime value)
    {
        try
        {
            return PairingDomain.Time.ChinaStandardTime.ToLocalDate(value.ToInstant()).Year is >= 1 and <= 9999;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    internal bool Int(Field field, bool required, int min, int max, out int? value)
    {
        value = null;
        if (!Present(field, required))
        {
            return !required;
        }
        JsonElement element = Value(field);
        if (element.ValueKind != JsonValueKind.Number)
        {
            return WrongType(field, "an integer", "整数");
        }
        if (!element.TryGetInt32(out int number) || number < min || number > max)
        {
            Invalid(field, ProblemCodes.InvalidValue,
                string.Create(CultureInfo.InvariantCulture, $"{element.GetRawText()} is not an integer from {min} to {max}"),
                string.Create(CultureInfo.InvariantCulture, $"{element.GetRawText()} 不是 {min} 至 {max} 之间的整数"));
            return false;
        }
        value = number;
        return true;
    }

    internal bool Bool(Field field, bool required, out bool? value)
    {
        value = null;
        if (!Present(field, required))
        {
            return !required;
        }
        JsonElement element = Value(field);
        if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return WrongType(field, "true or false", " true 或 false");
        }
        value = element.ValueKind == JsonValueKind.True;
        return true;
    }

    internal bool County(Field field, bool required, out DivisionCode? value)
    {
        value = null;
        if (!String(field, required, out string? text))
        {
            return false;
        }
        if (text is null)
        {
            return true;
        }
        if (!DivisionCode.TryParse(text, out DivisionCode code))
        {
            Invalid(field, ProblemCodes.InvalidValue, $"'{text}' is not a 6-digit administrative division code",
                $"“{text}”不是 6 位行政区划代码");
            return false;
        }
        value = code;
        return true;
    }

    internal bool Village(Field field, bool required, out VillageCode? value)
    {
        value = null;
        if (!String(field, required, out string? text))
        {
            return false;
        }
        if (text is null)
        {
            return true;
        }
        if (!VillageCode.TryParse(text, out VillageCode code))
        {
            Invalid(field, ProblemCodes.InvalidValue, $"'{text}' is not a 12-digit statistical division code",
                $"“{text}”不是 12 位统计用区划代码");
            return false;
        }
        value = code;
        return true;
    }

    /// <summary>An array field; absent or null reads as empty when optional.</summary>
    internal bool Array(Field field, bool required, out JsonElement value)
    {
        value = default;
        if (!Present(field, required))
        {
            return !required;
        }
        value = Value(field);
        if (value.ValueKind != JsonValueKind.Array)
        {
            value = default;
            return WrongType(field, "an array", "数组");
        }
        return true;
    }

    /// <summary>An object field.</summary>
    internal bool Object(Field field, bool required, out JsonElement value)
    {
        value = default;
        if (!Present(field, required))
        {
            return !required;
        }
        value = Value(field);
        if (value.ValueKind != JsonValueKind.Object)
        {
            value = default;
            return WrongType(field, "an object", "对象");
        }
        return true;
    }

    internal static bool TryGetString(JsonElement element, out string? value)
    {
        try
        {
            value = element.GetString();
            return value is not null;
        }
        catch (InvalidOperationException)
        {
            value = null;
            return false;
        }
    }

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>What a JSON value is, in Chinese, for Chinese messages: the twin of <see cref="Describe"/>.</summary>
    internal static string DescribeInChinese(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "对象",
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "字符串",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "布尔值",
        JsonValueKind.Null => " null",
        _ => "空",
    };

    private static string NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            return "\uFFFD";
        }
    }

    private bool Present(Field field, bool required)
    {
        if (Has(field))
        {
            return true;
        }
        if (required)
        {
            Invalid(field, ProblemCodes.MissingField, $"{_what} needs '{field.Name}'",
                $"{_chineseWhat}须有“{field.Name}”字段");
        }
        return false;
    }

    private bool WrongType(Field field, string expected, string chineseExpected)
    {
        JsonValueKind found = Value(field).ValueKind;
        Invalid(field, ProblemCodes.InvalidValue, $"expected {expected}, found {Describe(found)}",
            $"应为{chineseExpected}，实为{DescribeInChinese(found)}");
        return false;
    }
}
