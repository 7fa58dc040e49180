using System.Text.Json;
using PairingDomain.Activities;
using PairingDomain.Json.Writing;
using PairingDomain.Outcomes;

namespace PairingDomain.Json;

public static partial class CaseWriter
{
    /// <summary>
    /// Writes <c>outcomes</c> (case-format-2.md §1) after the members of part 1, only when the case has some (in a
    /// <c>/2</c> document an absent array is empty, so the case reads back equal and a case without outcomes keeps its
    /// bytes): each outcome's fields in the contract's order, <c>village</c> only when given, <c>amount</c> exact with no
    /// trailing zeros.
    /// </summary>
    private static void WriteOutcomes(Utf8JsonWriter writer, PairingCase @case)
    {
        OutcomeBook book = @case.Outcomes;
        if (book.Count == 0)
        {
            return;
        }
        writer.WriteStartArray("outcomes");
        foreach (Outcome outcome in book)
        {
            writer.WriteStartObject();
            writer.WriteString("id", outcome.Id.Value);
            writer.WriteString("unit", outcome.Unit.Value);
            writer.WriteString("county", outcome.County.Value);
            if (outcome.Village is { } village)
            {
                writer.WriteString("village", village.Value);
            }
            JsonOutput.WriteDate(writer, "on", outcome.On);
            writer.WriteString("measure", outcome.Measure.ContractId);
            DecimalOutput.Write(writer, "amount", outcome.Amount);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>
    /// Writes a supervision visit's <c>topics</c> (case-format-2.md §1 "Focus topics") in topic order, only when it has
    /// some, and only in a <c>/2</c> document (a <c>/1</c> document has no topics: written as <c>/1</c>, a case keeps the
    /// bytes it had before topics were read).
    /// </summary>
    private static void WriteTopics(Utf8JsonWriter writer, FocusTopicSet topics)
    {
        if (topics.IsEmpty)
        {
            return;
        }
        writer.WriteStartArray("topics");
        foreach (FocusTopic topic in topics.Topics)
        {
            writer.WriteStringValue(topic.ContractId);
        }
        writer.WriteEndArray();
    }
}
