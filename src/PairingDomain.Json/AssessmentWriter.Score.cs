using System.Text.Json;
using PairingDomain.Assessment;

namespace PairingDomain.Json;

public static partial class AssessmentWriter
{
    /// <summary>
    /// A unit's members of case-format-2.md §3 after <c>mainLeaderExcellence</c> (<c>/2</c> only): <c>score</c>
    /// (<c>{ "points", "grade", "capped", "deductions": [{ "rule", "missing", "points" }] }</c>, deductions in table order,
    /// only rows that deduct; <c>null</c> for a unit with no duties).
    /// </summary>
    private static void WriteUnitScoreAndLinks(Utf8JsonWriter writer, UnitAssessment unit)
    {
        if (unit.Score is not { } score)
        {
            writer.WriteNull("score");
            return;
        }
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
}
