using System;
using System.IO;
using System.Text.Json;
using NodaTime.Text;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Json.Writing;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Json;

/// <summary>
/// Writes a <see cref="PairingCase"/> as a <c>pairing-case/1</c> document that <see cref="CaseReader"/> reads back to
/// an equal case.
/// </summary>
/// <remarks>
/// Fields appear in the order of case-format.md's example. <c>asOf</c> is written only when the case gives one.
/// An activity recorded at an instant is written with <c>at</c> as an ISO instant in UTC
/// (<c>2019-09-30T18:00:00Z</c>), any other with <c>on</c>; <c>by</c>, <c>county</c> and <c>village</c> only when
/// present. Open-ended intervals and absent years are written as <c>null</c>.
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static class CaseWriter
{
    /// <summary>Writes the case.</summary>
    /// <param name="case">The case.</param>
    /// <returns>The UTF-8 bytes of the document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="case"/> is null.</exception>
    public static byte[] Write(PairingCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return JsonOutput.Write(@case, WriteDocument);
    }

    /// <summary>Writes the case to <paramref name="output"/>.</summary>
    /// <param name="case">The case.</param>
    /// <param name="output">The stream to write the UTF-8 bytes to.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(PairingCase @case, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        JsonOutput.CopyTo(Write(@case), output);
    }

    private static void WriteDocument(Utf8JsonWriter writer, PairingCase @case)
    {
        Roster roster = @case.Roster;
        writer.WriteStartObject();
        writer.WriteString("format", JsonFormats.Case);
        writer.WriteString("policy", @case.Edition.Id);
        writer.WriteNumber("year", @case.Year);
        if (@case.AsOf is { } asOf)
        {
            JsonOutput.WriteDate(writer, "asOf", asOf);
        }

        writer.WriteStartArray("units");
        foreach (AssistanceUnit unit in roster.Units)
        {
            writer.WriteStartObject();
            writer.WriteString("id", unit.Id.Value);
            writer.WriteString("name", unit.Name);
            writer.WriteString("kind", SmartEnumKebabNames<UnitKind>.NameOf(unit.Kind));
            writer.WriteStartObject("mechanism");
            writer.WriteBoolean("leadershipTeam", unit.Mechanism.LeadershipTeam);
            if (unit.Mechanism.UndertakingOffice is { } office)
            {
                writer.WriteString("undertakingOffice", office);
            }
            else
            {
                writer.WriteNull("undertakingOffice");
            }
            writer.WriteBoolean("allStaff", unit.Mechanism.AllStaff);
            writer.WriteEndObject();
            writer.WriteStartArray("leaders");
            foreach (Leader leader in unit.Leaders)
            {
                writer.WriteStartObject();
                writer.WriteString("id", leader.Id.Value);
                writer.WriteString("name", leader.Name);
                writer.WriteString("role", SmartEnumKebabNames<LeaderPost>.NameOf(leader.Post));
                WriteRange(writer, leader.Tenure);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("counties");
        foreach (County county in roster.Counties)
        {
            writer.WriteStartObject();
            writer.WriteString("code", county.Code.Value);
            writer.WriteString("name", county.Name);
            writer.WriteString("region", SmartEnumKebabNames<Region>.NameOf(county.Region));
            writer.WriteNumber("plannedDelistingYear", county.PlannedDelistingYear);
            JsonOutput.WriteNumber(writer, "delistedYear", county.DelistedYear);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("villages");
        foreach (Village village in roster.Villages)
        {
            writer.WriteStartObject();
            writer.WriteString("code", village.Code.Value);
            writer.WriteString("county", village.County.Value);
            writer.WriteString("name", village.Name);
            writer.WriteNumber("plannedExitYear", village.PlannedExitYear);
            JsonOutput.WriteNumber(writer, "exitedYear", village.ExitedYear);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("countyPairings");
        foreach (CountyPairing pairing in roster.Pairings)
        {
            writer.WriteStartObject();
            writer.WriteString("county", pairing.County.Value);
            writer.WriteString("lead", pairing.Lead.Value);
            writer.WriteStartArray("participants");
            foreach (UnitId participant in pairing.Participants)
            {
                writer.WriteStringValue(participant.Value);
            }
            writer.WriteEndArray();
            WriteRange(writer, pairing.Validity);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("cadres");
        foreach (StationedCadre cadre in roster.Cadres)
        {
            writer.WriteStartObject();
            writer.WriteString("id", cadre.Id.Value);
            writer.WriteString("name", cadre.Name);
            writer.WriteString("unit", cadre.Unit.Value);
            writer.WriteString("village", cadre.Village.Value);
            writer.WriteString("post", SmartEnumKebabNames<CadrePost>.NameOf(cadre.Post));
            WriteRange(writer, cadre.Posting);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("activities");
        foreach (Activity activity in @case.Ledger)
        {
            writer.WriteStartObject();
            writer.WriteString("id", activity.Id.Value);
            writer.WriteString("kind", SmartEnumKebabNames<ActivityKind>.NameOf(activity.Kind));
            writer.WriteString("unit", activity.Unit.Value);
            if (activity.By is { } by)
            {
                writer.WriteString("by", by.Value);
            }
            if (activity.Time.Instant is { } instant)
            {
                writer.WriteString("at", InstantPattern.ExtendedIso.Format(instant));
            }
            else
            {
                JsonOutput.WriteDate(writer, "on", activity.Time.Date);
            }
            if (activity.County is { } county)
            {
                writer.WriteString("county", county.Value);
            }
            if (activity.Village is { } village)
            {
                writer.WriteString("village", village.Value);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("cadreGrades");
        foreach (AnnualGrade grade in @case.Grades.Grades)
        {
            writer.WriteStartObject();
            writer.WriteString("cadre", grade.Cadre.Value);
            writer.WriteNumber("year", grade.Year);
            writer.WriteString("grade", SmartEnumKebabNames<CadreGrade>.NameOf(grade.Grade));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter writer, DateRange range)
    {
        JsonOutput.WriteDate(writer, "from", range.Start);
        JsonOutput.WriteDate(writer, "to", range.End);
    }
}
