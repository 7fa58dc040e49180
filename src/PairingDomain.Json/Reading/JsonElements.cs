using System;
using System.Text.Json;

namespace PairingDomain.Json.Reading;

/// <summary>
/// What the DOM readers of editions and stored assessments (<see cref="EditionParser"/>, <see cref="AssessmentParser"/>)
/// read off any JSON value the same way: a member's name, a string's text, and a value described for a message.
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
}
