using System;
using System.Collections.Immutable;
using System.IO;
using System.Text.Json;
using PairingDomain.Assessment;
using PairingDomain.Json.Writing;
using PairingDomain.Policy;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Json;

/// <summary>
/// Writes an <see cref="AnnualAssessment"/> as a <c>pairing-assessment/1</c> document (case-format.md, "Assessment"),
/// or as <c>pairing-assessment/2</c> (case-format-2.md §3) for the assessment of a <c>pairing-case/2</c> case
/// (<see cref="AnnualAssessment.HasCadreWork"/>).
/// </summary>
/// <remarks>
/// <para>
/// Fields appear in the order of case-format.md's example: <c>format</c>, <c>policy</c>, <c>year</c>, <c>asOf</c>,
/// <c>units</c> (each with <c>unit</c>, <c>duties</c>, <c>mechanism</c>, <c>excellence</c>,
/// <c>mainLeaderExcellence</c>), <c>cadres</c>, <c>findings</c>. Each duty carries <c>rule</c>, <c>source</c>,
/// <c>required</c>, <c>recorded</c>, <c>status</c>, <c>shortPeriods</c> and, unless switched off,
/// <c>evidence</c>; each finding carries <c>rule</c>, <c>subject</c> and <c>message</c>. Enumeration values are
/// kebab-case. The output is UTF-8 without BOM, indented by two spaces with line feeds, Chinese text unescaped, and
/// ends with a newline; the same assessment always gives the same bytes.
/// </para>
/// <para>
/// <c>pairing-assessment/2</c> is every field of <c>/1</c> in the same order, with these additions of
/// case-format-2.md §3 (part 1), each appended where §3 names it: each unit duty gains <c>periods</c> after
/// <c>shortPeriods</c> (<see cref="DutyResult.Periods"/>: <c>period</c>, <c>county</c> for a per-county duty only,
/// <c>required</c>, <c>recorded</c>, <c>status</c>); <c>mainLeaderExcellence</c> gains <c>leaders</c> after <c>blockedBy</c> (every leader who held the main-leader post
/// some day of the window, in case order); each cadre gains <c>duties</c> after <c>actions</c>, each entry
/// <c>rule</c>, <c>source</c>, <c>status</c> and then, for <c>DUTY-CADRE-FULL-TIME</c>, <c>missing</c>
/// (<c>record</c>, <c>work-plan</c>, <c>work-ledger</c>, <c>full-time</c>, as the data stand, also while
/// <c>pending</c>), for <c>DUTY-CADRE-DAYS</c> <c>required</c> (days per month), <c>shortMonths</c>
/// (<c>2019-03</c>) and <c>leaveExceeded</c>; and the top level gains <c>committee</c>
/// (<c>{ "duties": [{ "rule", "source", "required", "recorded", "status", "shortPeriods" }] }</c>, plus
/// <c>evidence</c> under the same option as a unit duty) after <c>cadres</c> and before <c>findings</c>, in the order
/// §3 lists the top-level members, then <c>exits</c> (<c>{ "households", "villages", "counties" }</c>, each entry the
/// subject, <c>met</c> and <c>failed</c>, in case order). <c>findings</c> holds the <c>TEAM-*</c> and
/// <c>EXIT-CLAIM-UNSUPPORTED</c> findings as every other.
/// </para>
/// <para>
/// Reading where the contract is silent: §3 gives a <c>DUTY-CADRE-DAYS</c> entry no member for the yearly leave
/// maximum, although §2 makes the duty short when the year's leave exceeds it; the entry carries
/// <c>leaveExceeded</c> (a boolean, after <c>shortMonths</c>) so that a short duty with no short month still says why.
/// </para>
/// <para>
/// A unit gains <c>score</c> and <c>links</c> after <c>mainLeaderExcellence</c> (see <c>AssessmentWriter.Score.cs</c>).
/// Not yet written (case-format-2.md part 2, not yet built): a duty's <c>periods</c>.
/// </para>
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static partial class AssessmentWriter
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

    /// <summary>
    /// Writes the assessment to <paramref name="output"/> as it is written, holding about a megabyte of it at a time: the
    /// bytes of <see cref="Write(AnnualAssessment, AssessmentWriterOptions)"/>, for an assessment of any size.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="output">The stream to write the UTF-8 bytes to; it is not closed.</param>
    /// <param name="options">What to write beyond the contract's fields.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(AnnualAssessment assessment, Stream output, AssessmentWriterOptions options)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(options);
        JsonOutput.WriteTo((assessment, options), static (writer, state) => WriteDocument(writer, state.assessment, state.options), output);
    }

    private static void WriteDocument(Utf8JsonWriter writer, AnnualAssessment assessment, AssessmentWriterOptions options)
    {
        writer.WriteStartObject();
        bool version2 = assessment.HasCadreWork;
        writer.WriteString("format", version2 ? JsonFormats.AssessmentVersion2 : JsonFormats.Assessment);
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
                WriteDuty(writer, duty, options, version2);
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

            WriteExcellence(writer, "excellence", unit.Excellence, null);
            WriteExcellence(writer, "mainLeaderExcellence", unit.MainLeaderExcellence, version2 ? unit : null);
            if (version2)
            {
                WriteUnitScoreAndLinks(writer, unit);
            }
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
            if (version2)
            {
                writer.WriteStartArray("duties");
                foreach (CadreDutyResult duty in cadre.Duties)
                {
                    WriteCadreDuty(writer, duty);
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        if (version2)
        {
            writer.WriteStartObject("committee");
            writer.WriteStartArray("duties");
            foreach (CommitteeDutyResult duty in assessment.CommitteeDuties)
            {
                WriteCommitteeDuty(writer, duty, options);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            WriteExits(writer, assessment.Exits);
        }
        if (version2)
        {
            WriteStatistics(writer, assessment.Statistics);
        }

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

    /// <summary>
    /// Opens a duty's object and writes the members a unit's duty and the committee's share, in the contract's order:
    /// <c>rule</c>, <c>source</c>, <c>required</c>, <c>recorded</c>, <c>status</c>, <c>shortPeriods</c>.
    /// </summary>
    private static void WriteDutyHead(Utf8JsonWriter writer, RuleId rule, string source, int required, int recorded, DutyStatus status,
        ImmutableArray<DutyPeriod> shortPeriods)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", rule.Value);
        writer.WriteString("source", source);
        writer.WriteNumber("required", required);
        writer.WriteNumber("recorded", recorded);
        writer.WriteString("status", SmartEnumKebabNames<DutyStatus>.NameOf(status));
        writer.WriteStartArray("shortPeriods");
        foreach (DutyPeriod period in shortPeriods)
        {
            writer.WriteStringValue(period.ToString());
        }
        writer.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter writer, ImmutableArray<ActivityId> evidence)
    {
        writer.WriteStartArray("evidence");
        foreach (ActivityId activity in evidence)
        {
            writer.WriteStringValue(activity.Value);
        }
        writer.WriteEndArray();
    }

    private static void WriteDuty(Utf8JsonWriter writer, DutyResult duty, AssessmentWriterOptions options, bool version2)
    {
        WriteDutyHead(writer, duty.Rule, duty.Source, duty.Required, duty.Recorded, duty.Status, duty.ShortPeriods);
        if (version2)
        {
            writer.WriteStartArray("periods");
            foreach (DutyPeriodResult entry in duty.Periods)
            {
                writer.WriteStartObject();
                writer.WriteString("period", entry.Period.ToString());
                if (entry.County is { } county)
                {
                    writer.WriteString("county", county.ToString());
                }
                writer.WriteNumber("required", entry.Required);
                writer.WriteNumber("recorded", entry.Recorded);
                writer.WriteString("status", SmartEnumKebabNames<DutyStatus>.NameOf(entry.Status));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (options.IncludeEvidence)
        {
            WriteEvidence(writer, duty.Evidence);
        }
        writer.WriteEndObject();
    }

    private static void WriteCadreDuty(Utf8JsonWriter writer, CadreDutyResult duty)
    {
        writer.WriteStartObject();
        writer.WriteString("rule", duty.Rule.Value);
        writer.WriteString("source", duty.Source);
        writer.WriteString("status", SmartEnumKebabNames<DutyStatus>.NameOf(duty.Status));
        if (duty.RequiredDaysPerMonth is { } required)
        {
            writer.WriteNumber("required", required);
            writer.WriteStartArray("shortMonths");
            foreach (NodaTime.YearMonth month in duty.ShortMonths)
            {
                writer.WriteStringValue(IsoDate.FormatMonth(month));
            }
            writer.WriteEndArray();
            writer.WriteBoolean("leaveExceeded", duty.LeaveExceeded);
        }
        else
        {
            writer.WriteStartArray("missing");
            foreach (CadreWorkPart part in duty.Missing)
            {
                writer.WriteStringValue(SmartEnumKebabNames<CadreWorkPart>.NameOf(part));
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteCommitteeDuty(Utf8JsonWriter writer, CommitteeDutyResult duty, AssessmentWriterOptions options)
    {
        WriteDutyHead(writer, duty.Rule, duty.Source, duty.Required, duty.Recorded, duty.Status, duty.ShortPeriods);
        if (options.IncludeEvidence)
        {
            WriteEvidence(writer, duty.Evidence);
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes an excellence result; with <paramref name="leadersOf"/>, that unit's main leaders as <c>leaders</c> (<c>/2</c>).</summary>
    private static void WriteExcellence(Utf8JsonWriter writer, string name, ExcellenceResult excellence, UnitAssessment? leadersOf)
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
        if (leadersOf is not null)
        {
            writer.WriteStartArray("leaders");
            foreach (LeaderId leader in leadersOf.MainLeaders)
            {
                writer.WriteStringValue(leader.Value);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
