using System;
using System.IO;
using System.Text.Json;
using PairingDomain.Json.Writing;
using PairingDomain.Policy;

namespace PairingDomain.Json;

/// <summary>
/// Writes a <see cref="PolicyEdition"/> as a <c>pairing-edition/1</c> document (edition-format.md) that
/// <see cref="EditionReader"/> reads back to an equal edition (<see cref="EditionDiff"/> empty) and, written again,
/// to the same bytes.
/// </summary>
/// <remarks>
/// Members appear in the order edition-format.md gives: <c>format</c>, <c>id</c>, <c>year</c>, <c>years</c>,
/// <c>title</c>, <c>gradeScale</c>, <c>rules</c> in catalogue order, <c>interpretations</c> in the edition's order
/// and <c>scoringTable</c>, the edition's scoring rows in table order. A rule's texts are written as stated, with their placeholders
/// (<see cref="PolicyRule.ChineseTextTemplate"/>), so a figure changed in the file changes the text with it. A duty's
/// <c>activity</c> and <c>yearlyLeaveMaximum</c>, a parameter's <c>source</c> and an interpretation's
/// <c>setAsideBy</c> are written as <c>null</c> when absent.
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class EditionWriter
{
    /// <summary>Writes the edition.</summary>
    /// <param name="edition">The edition.</param>
    /// <returns>The UTF-8 bytes of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="edition"/> is null.</exception>
    public static byte[] Write(PolicyEdition edition)
    {
        ArgumentNullException.ThrowIfNull(edition);
        return JsonOutput.Write(edition, WriteDocument);
    }

    /// <summary>Writes the edition to <paramref name="output"/>.</summary>
    /// <param name="edition">The edition.</param>
    /// <param name="output">The stream to write the UTF-8 bytes to.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(PolicyEdition edition, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        JsonOutput.CopyTo(Write(edition), output);
    }

    private static void WriteDocument(Utf8JsonWriter writer, PolicyEdition edition)
    {
        writer.WriteStartObject();
        writer.WriteString("format", JsonFormats.Edition);
        writer.WriteString("id", edition.Id);
        writer.WriteNumber("year", edition.Year);
        writer.WriteStartObject("years");
        writer.WriteNumber("from", edition.FirstYear);
        writer.WriteNumber("to", edition.LastYear);
        writer.WriteEndObject();
        WriteTexts(writer, "title", edition.ChineseTitle, edition.EnglishTitle);
        writer.WriteStartObject("gradeScale");
        writer.WriteString("name", edition.GradeScale.Name);
        writer.WriteStartArray("grades");
        foreach (var grade in edition.GradeScale.Grades)
        {
            writer.WriteStringValue(grade.ContractId);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteStartArray("rules");
        foreach (PolicyRule rule in edition.Rules)
        {
            WriteRule(writer, rule);
        }
        writer.WriteEndArray();
        writer.WriteStartArray("interpretations");
        foreach (Interpretation interpretation in edition.Interpretations)
        {
            writer.WriteStartObject();
            writer.WriteString("id", interpretation.Id.Value);
            WriteTexts(writer, "text", interpretation.ChineseText, interpretation.EnglishText);
            writer.WriteBoolean("adopted", interpretation.IsAdopted);
            WriteOptional(writer, "setAsideBy", interpretation.SetAsideBy);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("scoringTable");
        foreach (ScoringRow row in edition.ScoringTable.Rows)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", row.Rule.Value);
            writer.WriteNumber("perMissing", row.PerMissing);
            writer.WriteNumber("max", row.Max);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRule(Utf8JsonWriter writer, PolicyRule rule)
    {
        writer.WriteStartObject();
        writer.WriteString("id", rule.Id.Value);
        writer.WriteString("kind", rule is DutyRule ? "duty" : "rule");
        writer.WriteString("source", rule.Source);
        WriteTexts(writer, "text", rule.ChineseTextTemplate, rule.EnglishTextTemplate);
        writer.WriteBoolean("enabled", rule.IsEnabled);
        writer.WriteBoolean("evaluated", rule.IsEvaluated);
        if (rule is DutyRule duty)
        {
            writer.WriteString("holder", duty.Holder.ContractId);
            WriteOptional(writer, "activity", duty.ActivityKind?.ContractId);
            writer.WriteNumber("minimum", duty.Minimum);
            writer.WriteString("period", duty.Period.ContractId);
            writer.WriteString("scope", duty.Scope.ContractId);
            JsonOutput.WriteNumber(writer, "yearlyLeaveMaximum", duty.YearlyLeaveMaximum);
        }
        else
        {
            writer.WriteStartArray("parameters");
            foreach (RuleParameter parameter in rule.Parameters)
            {
                writer.WriteStartObject();
                writer.WriteString("name", parameter.Name);
                writer.WriteString("value", parameter.Value);
                WriteOptional(writer, "source", parameter.Source);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteTexts(Utf8JsonWriter writer, string name, string chinese, string english)
    {
        writer.WriteStartObject(name);
        writer.WriteString("zh", chinese);
        writer.WriteString("en", english);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
