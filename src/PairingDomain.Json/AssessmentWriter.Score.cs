using System.Text.Json;
using PairingDomain.Assessment;
using PairingDomain.Places;

namespace PairingDomain.Json;

public static partial class AssessmentWriter
{
    /// <summary>
    /// A unit's members of case-format-2.md §3 after <c>mainLeaderExcellence</c> (<c>/2</c> only): <c>score</c>
    /// (<c>{ "points", "grade", "capped", "deductions": [{ "rule", "missing", "points" }] }</c>, deductions in table order,
    /// only rows that deduct; <c>null</c> for a unit with no duties), then <c>links</c> (<c>{ "performance": { "points",
    /// "grade" } | null, "fourGoodOneStrong": { "eligible", "blockedBy" }, "partyBuilding": { "postedVillages",
    /// "pairedVillages", "unpairedVillages", "partyLectures", "branchGuidance" } }</c>).
    /// </summary>
    private static void WriteUnitScoreAndLinks(Utf8JsonWriter writer, UnitAssessment unit)
    {
        if (unit.Score is not { } score)
        {
            writer.WriteNull("score");
        }
        else
        {
            writer.WriteStartObject("score");
            writer.WriteNumber("points", score.Points);
            writer.WriteString("grade", score.Grade.ContractId);
            writer.WriteBoolean("capped", score.Capped);
            writer.WriteStartArray("deductions");
            foreach (ScoreDeduction deduction in score.Deductions)
            {
                writer.WriteStartObject();
                writer.WriteString("rule", deduction.Rule.Value);
                writer.WriteNumber("missing", deduction.Missing);
                writer.WriteNumber("points", deduction.Points);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        UnitLinks links = unit.Links;
        writer.WriteStartObject("links");
        if (links.Performance is { } performance)
        {
            writer.WriteStartObject("performance");
            writer.WriteNumber("points", performance.Points);
            writer.WriteString("grade", performance.Grade.ContractId);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("performance");
        }
        WriteExcellence(writer, "fourGoodOneStrong", links.FourGoodOneStrong, null);
        PartyBuildingLink party = links.PartyBuilding;
        writer.WriteStartObject("partyBuilding");
        writer.WriteNumber("postedVillages", party.PostedVillages);
        writer.WriteNumber("pairedVillages", party.PairedVillages);
        writer.WriteStartArray("unpairedVillages");
        foreach (VillageCode village in party.UnpairedVillages)
        {
            writer.WriteStringValue(village.Value);
        }
        writer.WriteEndArray();
        writer.WriteNumber("partyLectures", party.PartyLectures);
        writer.WriteNumber("branchGuidance", party.BranchGuidance);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
