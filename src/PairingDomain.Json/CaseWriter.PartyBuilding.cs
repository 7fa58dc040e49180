using System.Text.Json;
using PairingDomain.Json.Writing;
using PairingDomain.Party;

namespace PairingDomain.Json;

public static partial class CaseWriter
{
    /// <summary>
    /// Writes <c>partyPairings</c> (case-format-2.md §1; <c>/2</c> only, always, an empty array when the case has none),
    /// each <c>{ "unit", "village", "from", "to" }</c> in the order given, <c>to</c> null when open-ended.
    /// </summary>
    private static void WritePartyPairings(Utf8JsonWriter writer, PartyPairingBook book)
    {
        writer.WriteStartArray("partyPairings");
        foreach (PartyPairing pairing in book.Pairings)
        {
            writer.WriteStartObject();
            writer.WriteString("unit", pairing.Unit.Value);
            writer.WriteString("village", pairing.Village.Value);
            JsonOutput.WriteDate(writer, "from", pairing.Validity.Start);
            JsonOutput.WriteDate(writer, "to", pairing.Validity.End);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
