using System.Buffers;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using PairingDomain.Assessment;
using PairingDomain.Policy;

namespace PairingDomain.Samples.Service;

/// <summary>
/// The answer of <c>POST /v1/explanations</c> (issue 18: "the explanation (which activities counted, which not and
/// why), zh and en"): one JSON object with the explanation's text in both languages and, for a unit's duty, every
/// activity the duty looked at with its verdict in both languages.
/// </summary>
public static class Explanations
{
    /// <summary>The writer's settings: two-space indentation and Chinese unescaped, as the package's writers.</summary>
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A unit's duty: its result and every activity judged, counted or not and why.</summary>
    /// <param name="explanation">The explanation, from <see cref="AnnualAssessment.Explain"/>.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    public static byte[] Write(DutyExplanation explanation)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("unit", explanation.Unit.Value);
            writer.WriteString("rule", explanation.Rule.Value);
            if (explanation.Result is { } result)
            {
                writer.WriteString("status", result.Status.ContractId);
                writer.WriteNumber("required", result.Required);
                writer.WriteNumber("recorded", result.Recorded);
            }
            else
            {
                writer.WriteNull("status");
            }
            writer.WriteStartArray("activities");
            foreach (ActivityJudgement judgement in explanation.Judgements)
            {
                writer.WriteStartObject();
                writer.WriteString("id", judgement.Activity.Id.Value);
                writer.WriteBoolean("counted", judgement.Verdict == ActivityVerdict.Counted);
                writer.WriteString("verdict", judgement.Verdict.ContractId);
                writer.WriteString("zh", judgement.Verdict.ChineseName);
                writer.WriteString("en", judgement.Verdict.EnglishName);
                if (judgement.OtherDuty is { } other)
                {
                    writer.WriteString("otherDuty", other.Value);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteString("zh", explanation.ChineseText);
            writer.WriteString("en", explanation.EnglishText);
            writer.WriteEndObject();
        }
        return [.. output.WrittenSpan, (byte)'\n'];
    }

    /// <summary>A stationed cadre's own duty (pairing-case/2): its status, the work-record parts kept and missing.</summary>
    /// <param name="explanation">The explanation, from <see cref="AnnualAssessment.ExplainCadre"/>.</param>
    /// <returns>The UTF-8 JSON bytes.</returns>
    public static byte[] Write(CadreDutyExplanation explanation)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("cadre", explanation.Cadre.Value);
            writer.WriteString("rule", explanation.Rule.Value);
            if (explanation.Status is { } status)
            {
                writer.WriteString("status", status.ContractId);
            }
            else
            {
                writer.WriteNull("status");
            }
            writer.WriteStartArray("kept");
            foreach (string part in explanation.Kept.Select(p => p.ContractId))
            {
                writer.WriteStringValue(part);
            }
            writer.WriteEndArray();
            writer.WriteStartArray("missing");
            foreach (string part in explanation.Missing.Select(p => p.ContractId))
            {
                writer.WriteStringValue(part);
            }
            writer.WriteEndArray();
            writer.WriteString("zh", explanation.ChineseText);
            writer.WriteString("en", explanation.EnglishText);
            writer.WriteEndObject();
        }
        return [.. output.WrittenSpan, (byte)'\n'];
    }

    /// <summary>The duties of <paramref name="edition"/> a unit's explanation may name.</summary>
    internal static DutyRule? Duty(PolicyEdition edition, string rule) => edition.Duties.FirstOrDefault(d => d.Id.Value == rule);
}
