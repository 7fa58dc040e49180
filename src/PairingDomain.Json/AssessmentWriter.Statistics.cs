using System.Text.Json;
using PairingDomain.Assessment;
using PairingDomain.Assessment.Statistics;
using PairingDomain.Json.Writing;

namespace PairingDomain.Json;

public static partial class AssessmentWriter
{
    /// <summary>
    /// Writes <c>statistics</c> (case-format-2.md §3, §4) at the top level of a <c>pairing-assessment/2</c> document, the
    /// last member before <c>findings</c>: <c>activities</c> per kind in kind order, <c>outcomes</c> per measure in measure
    /// order (exact sums, no trailing zeros), <c>regions</c> (<c>tibetan</c>, <c>yi</c>, <c>other</c>) with their topics,
    /// <c>authorities</c> with the ids of §4, and <c>targets</c>.
    /// </summary>
    private static void WriteStatistics(Utf8JsonWriter writer, AssessmentStatistics statistics)
    {
        writer.WriteStartObject("statistics");
        writer.WriteStartArray("activities");
        foreach (ActivityKindStatistics kind in statistics.Activities)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", kind.Kind.ContractId);
            writer.WriteNumber("total", kind.Total);
            writer.WriteNumber("mainLeader", kind.MainLeader);
            writer.WriteNumber("deputyLeader", kind.DeputyLeader);
            writer.WriteNumber("otherLeader", kind.OtherLeader);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("outcomes");
        foreach (OutcomeTotal total in statistics.Outcomes)
        {
            writer.WriteStartObject();
            writer.WriteString("measure", total.Measure.ContractId);
            DecimalOutput.Write(writer, "amount", total.Amount);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("regions");
        foreach (RegionStatistics region in statistics.Regions)
        {
            writer.WriteStartObject();
            writer.WriteString("region", region.Region.ContractId);
            writer.WriteNumber("counties", region.Counties);
            writer.WriteNumber("units", region.Units);
            writer.WriteNumber("supervisionVisits", region.SupervisionVisits);
            writer.WriteStartArray("topics");
            foreach (TopicVisits topic in region.Topics)
            {
                writer.WriteStartObject();
                writer.WriteString("topic", topic.Topic.ContractId);
                writer.WriteNumber("visits", topic.Visits);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("authorities");
        foreach (AuthorityStatistics authority in statistics.Authorities)
        {
            writer.WriteStartObject();
            writer.WriteString("authority", authority.StatisticsId);
            writer.WriteNumber("units", authority.Units);
            writer.WriteNumber("unitsShort", authority.UnitsShort);
            writer.WriteNumber("unitsEligible", authority.UnitsEligible);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartObject("targets");
        writer.WriteNumber("countiesDue", statistics.Targets.CountiesDue);
        writer.WriteNumber("countiesDelisted", statistics.Targets.CountiesDelisted);
        writer.WriteNumber("villagesDue", statistics.Targets.VillagesDue);
        writer.WriteNumber("villagesExited", statistics.Targets.VillagesExited);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
