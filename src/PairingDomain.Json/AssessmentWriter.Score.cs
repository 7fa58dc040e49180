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
    /// "grade" } | null, "fourGoodOneStrong": { "eligible", "blockedBy" } | null, "partyBuilding": { "postedVillages",
    /// "pairedVillages", "unpairedVillages", "partyLectures", "branchGuidance" } | null } | null</c>): a link whose rule the
    /// edition does not apply is written <c>null</c>, and <c>links</c> is <c>null</c> when it applies none
    /// (Interpretation <c>LINKS-FOLLOW-EDITION</c>).
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

        if (unit.Links is not { } links)
        {
            writer.WriteNull("links"); // LINKS-FOLLOW-EDITION: the edition applies none of the three
            return;
        }
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
        if (links.FourGoodOneStrong is { } excellence)
        {
            WriteExcellence(writer, "fourGoodOneStrong", excellence, null);
        }
        else
        {
            writer.WriteNull("fourGoodOneStrong");
        }
        if (links.PartyBuilding is not { } party)
        {
            writer.WriteNull("partyBuilding");
        }
        else
        {
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
        }
        writer.WriteEndObject();
    }
}
