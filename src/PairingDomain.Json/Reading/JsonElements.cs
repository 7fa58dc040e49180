using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace PairingDomain.Json.Reading;

/// <summary>
/// What the DOM readers of editions and stored assessments (<see cref="EditionParser"/>, <see cref="AssessmentParser"/>)
/// read off any JSON value the same way: an object's members, a member's name, a string's text, and a value described
/// for a message.
/// </summary>
internal static class JsonElements
{
    /// <summary>A member's name, or U+FFFD when it holds an escaped lone surrogate and so is not valid text.</summary>
    internal static string SafeName(JsonProperty property)
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

    /// <summary>A string's text, or null when it holds an escaped lone surrogate.</summary>
    internal static string? Text(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null; // an escaped lone surrogate: not text
        }
    }

    /// <summary>The value as a message names it: a string quoted (cut at 40 characters), a number as written, or its kind.</summary>
    internal static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Text(value) is { } s ? $"\"{(s.Length > 40 ? s[..40] + "…" : s)}\"" : "a string that is not valid text",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        _ => "an object",
    };

    /// <summary>
    /// The members of <paramref name="element"/>, or null (with <c>invalid-value</c> at <paramref name="path"/>) when it
    /// is not an object; a member not in <paramref name="allowed"/> is <c>unknown-field</c>, a member given twice
    /// <c>invalid-value</c> at its second occurrence, each added to <paramref name="problems"/>.
    /// </summary>
    internal static Dictionary<string, JsonElement>? Members(JsonElement element, string path, string[] allowed, List<Problem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new Problem(path, ProblemCodes.InvalidValue, $"an object is expected here, not {Describe(element)}",
                $"此处须为对象，而非 {Describe(element)}"));
            return null;
        }
        var members = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonProperty property in element.EnumerateObject())
        {
            string name = SafeName(property);
            string at = JsonPaths.Member(path, name);
            if (members.ContainsKey(name))
            {
                problems.Add(new Problem(at, ProblemCodes.InvalidValue, $"the member '{name}' is given twice", $"成员“{name}”出现两次"));
            }
            else if (!allowed.Contains(name))
            {
                problems.Add(new Problem(at, JsonProblemCodes.UnknownField, $"unknown member '{name}'", $"未知成员“{name}”"));
            }
            else
            {
                members[name] = property.Value;
            }
        }
        return members;
    }
}
