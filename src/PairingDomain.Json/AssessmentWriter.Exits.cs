using System.Collections.Immutable;
using System.Text.Json;
using PairingDomain.Assessment;

namespace PairingDomain.Json;

public static partial class AssessmentWriter
{
    /// <summary>
    /// <c>exits</c> of <c>pairing-assessment/2</c> (case-format-2.md §3), after <c>committee</c>: the year's household,
    /// village and county indicator records judged on <c>EXIT-HOUSEHOLD</c>, <c>EXIT-VILLAGE</c> and <c>EXIT-COUNTY</c>,
    /// each list in case order, each entry <c>{ subject, met, failed }</c> with the subject named <c>household</c>,
    /// <c>village</c> or <c>county</c>.
    /// </summary>
    private static void WriteExits(Utf8JsonWriter writer, ExitResults exits)
    {
        writer.WriteStartObject("exits");
        WriteExitList(writer, "households", "household", exits.Households);
        WriteExitList(writer, "villages", "village", exits.Villages);
        WriteExitList(writer, "counties", "county", exits.Counties);
        writer.WriteEndObject();
    }

    private static void WriteExitList(Utf8JsonWriter writer, string name, string subject, ImmutableArray<ExitStandardResult> results)
    {
        writer.WriteStartArray(name);
        foreach (ExitStandardResult result in results)
        {
            writer.WriteStartObject();
            writer.WriteString(subject, result.Subject);
            writer.WriteBoolean("met", result.Met);
            writer.WriteStartArray("failed");
            foreach (string failed in result.Failed)
            {
                writer.WriteStringValue(failed);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
