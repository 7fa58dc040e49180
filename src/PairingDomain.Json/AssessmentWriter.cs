using System;
using System.IO;
using System.Text.Json;
using PairingDomain.Assessment;
using PairingDomain.Json.Writing;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Json;

/// <summary>
/// Writes an <see cref="AnnualAssessment"/> as a <c>pairing-assessment/1</c> document (case-format.md, "Assessment").
/// </summary>
/// <remarks>
/// Fields appear in the order of case-format.md's example: <c>format</c>, <c>policy</c>, <c>year</c>, <c>asOf</c>,
/// <c>units</c> (each with <c>unit</c>, <c>duties</c>, <c>mechanism</c>, <c>excellence</c>,
/// <c>mainLeaderExcellence</c>), <c>cadres</c>, <c>findings</c>. Each duty carries <c>rule</c>, <c>source</c>,
/// <c>required</c>, <c>recorded</c>, <c>status</c>, <c>shortPeriods</c> and, unless switched off,
/// <c>evidence</c>; each finding carries <c>rule</c>, <c>subject</c> and <c>message</c>. Enumeration values are
/// kebab-case. The output is UTF-8 without BOM, indented by two spaces with line feeds, Chinese text unescaped, and
/// ends with a newline; the same assessment always gives the same bytes.
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class AssessmentWriter
{
    /// <summary>Writes the assessment, with evidence.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The UTF-8 bytes of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static byte[] Write(AnnualAssessment assessment) => Write(assessment, AssessmentWriterOptions.Default);

    /// <summary>Writes the assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="options">What to write beyond the contract's fields.</param>
    /// <returns>The UTF-8 bytes of the document.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static byte[] Write(AnnualAssessment assessment, AssessmentWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(options);
        return JsonOutput.Write((assessment, options), static (writer, state) => WriteDocument(writer, state.assessment, state.options));
    }

    /// <summary>Writes the assessment, with evidence, to <paramref name="output"/>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="output">The stream to write the UTF-8 bytes to.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AnnualAssessment assessment, Stream output) =>
        Write(assessment, output, AssessmentWriterOptions.Default);

    /// <summary>Writes the assessment to <paramref name="output"/>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="output">The stream to write the UTF-8 bytes to.</param>
    /// <param name="options">What to write beyond the contract's fields.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AnnualAssessment assessment, Stream output, AssessmentWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(output);
        JsonOutput.CopyTo(Write(assessment, options), output);
    }

    private static void WriteDocument(Utf8JsonWriter writer, AnnualAssessment assessment, AssessmentWriterOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("format", JsonFormats.Assessment);
        writer.WriteString("policy", assessment.Edition.Id);
        writer.WriteNumber("year", assessment.Year);
        JsonOutput.WriteDate(writer, "asOf", assessment.AsOf);

        writer.WriteStartArray("units");
        foreach (UnitAssessment unit in assessment.Units)
        {
            writer.WriteStartObject();
            writer.WriteString("unit", unit.Unit.Value);
            writer.WriteStartArray("duties");
            foreach (DutyResult duty in unit.Duties)
            {
                WriteDuty(writer, duty, options);
            }
            writer.WriteEndArray();

            writer.WriteStartObject("mechanism");
            writer.WriteString("rule", unit.Mechanism.Rule.Value);
            writer.WriteBoolean("complete", unit.Mechanism.Complete);
            writer.WriteStartArray("missing");
            foreach (MechanismPart part in unit.Mechanism.Missing)
            {
                writer.WriteStringValue(SmartEnumKebabNames<MechanismPart>.NameOf(part));
            }
            writer.WriteEndArray();
            writer.WriteEndObject();

            WriteExcellence(writer, "excellence", unit.Excellence);
            WriteExcellence(writer, "mainLeaderExcellence", unit.MainLeaderExcellence);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("cadres");
        foreach (CadreActions cadre in assessment.Cadres)
        {
            writer.WriteStartObject();
            writer.WriteString("cadre", cadre.Cadre.Value);
            writer.WriteStartArray("actions");
            foreach (RuleId action in cadre.Actions)
            {
                writer.WriteStringValue(action.Value);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("findings");
        foreach (Finding finding in assessment.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", finding.Rule.Value);
            writer.WriteString("subject", finding.Subject);
            writer.WriteString("message", finding.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteDuty(Utf8JsonWriter writer, DutyResult duty, AssessmentWriterOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", duty.Rule.Value);
        writer.WriteString("source", duty.Source);
        writer.WriteNumber("required", duty.Required);
        writer.WriteNumber("recorded", duty.Recorded);
        writer.WriteString("status", SmartEnumKebabNames<DutyStatus>.NameOf(duty.Status));
        writer.WriteStartArray("shortPeriods");
        foreach (DutyPeriod period in duty.ShortPeriods)
        {
            writer.WriteStringValue(period.ToString());
        }
        writer.WriteEndArray();
        if (options.IncludeEvidence)
        {
            writer.WriteStartArray("evidence");
            foreach (ActivityId activity in duty.Evidence)
            {
                writer.WriteStringValue(activity.Value);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteExcellence(Utf8JsonWriter writer, string name, ExcellenceResult excellence)
    {
        writer.WriteStartObject(name);
        writer.WriteBoolean("eligible", excellence.Eligible);
        writer.WriteStartArray("blockedBy");
        foreach (ExcellenceBlock block in excellence.BlockedBy)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", block.Rule.Value);
            writer.WriteString("subject", block.Subject);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
