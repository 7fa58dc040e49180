using System;
using System.IO;
using System.Text.Json;
using NodaTime.Text;
using PairingDomain.Activities;
using PairingDomain.Cadres;
using PairingDomain.Committee;
using PairingDomain.Json.Writing;
using PairingDomain.Pairings;
using PairingDomain.Places;
using PairingDomain.Rosters;
using PairingDomain.Time;
using PairingDomain.Units;

namespace PairingDomain.Json;

/// <summary>
/// Writes a <see cref="PairingCase"/> as a <c>pairing-case/1</c> document, or as a <c>pairing-case/2</c> document
/// (case-format-2.md §1) for a case built with the cadres' work (<see cref="PairingCase.HasCadreWork"/>), that
/// <see cref="CaseReader"/> reads back to an equal case.
/// </summary>
/// <remarks>
/// Fields appear in the order of case-format.md's example. <c>asOf</c> is written only when the case gives one.
/// A <c>/2</c> case then gets, after <c>cadreGrades</c> and in the order of case-format-2.md §1, <c>localCadres</c>,
/// <c>attendance</c>, <c>cadreWork</c>, <c>cadreReviews</c>, <c>committeeActivities</c>, <c>householdIndicators</c>,
/// <c>villageIndicators</c> and <c>countyIndicators</c>, each always written (an
/// empty array when the book has none), each record's fields in the order the contract lists them; a committee
/// activity gets <c>on</c> or <c>at</c> as an activity does. A <c>/1</c> case is written exactly as before.
/// An activity recorded at an instant is written with <c>at</c> as an ISO instant in UTC
/// (<c>2019-09-30T18:00:00Z</c>), any other with <c>on</c>; <c>by</c>, <c>county</c> and <c>village</c> only when
/// present. Open-ended intervals and absent years are written as <c>null</c>.
/// <threadsafety>Stateless and thread-safe.</threadsafety>
/// </remarks>
public static partial class CaseWriter
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

    /// <summary>
    /// Writes the case to <paramref name="output"/> as it is written, holding about a megabyte of it at a time: the bytes
    /// of <see cref="Write(PairingCase)"/>, for a case of any size (a national case is about 2 GB, more than an array holds).
    /// </summary>
    /// <param name="case">The case.</param>
    /// <param name="output">The stream to write the UTF-8 bytes to; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(PairingCase @case, Stream output)
    {
        ArgumentNullException.ThrowIfNull(@case);
        JsonOutput.WriteTo(@case, WriteDocument, output);
    }

    private static void WriteDocument(Utf8JsonWriter writer, PairingCase @case)
    {
        Roster roster = @case.Roster;
        writer.WriteStartObject();
        writer.WriteString("format", @case.HasCadreWork ? JsonFormats.CaseVersion2 : JsonFormats.Case);
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
            WriteTime(writer, activity.Time);
            if (activity.County is { } county)
            {
                writer.WriteString("county", county.Value);
            }
            if (activity.Village is { } village)
            {
                writer.WriteString("village", village.Value);
            }
            if (@case.HasCadreWork)
            {
                WriteTopics(writer, activity.Topics);
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
        if (@case.HasCadreWork)
        {
            WriteCadreWork(writer, @case.CadreWork);
            WritePartyPairings(writer, @case.PartyPairings);
            WriteOutcomes(writer, @case);
            WriteExitIndicators(writer, @case.ExitIndicators);
        }
        writer.WriteEndObject();
    }

    private static void WriteCadreWork(Utf8JsonWriter writer, CadreWorkBook book)
    {
        writer.WriteStartArray("localCadres");
        foreach (LocalCadre cadre in book.LocalCadres)
        {
            writer.WriteStartObject();
            writer.WriteString("id", cadre.Id.Value);
            writer.WriteString("name", cadre.Name);
            writer.WriteString("level", SmartEnumKebabNames<LocalCadreLevel>.NameOf(cadre.Level));
            writer.WriteString("village", cadre.Village.Value);
            writer.WriteString("post", SmartEnumKebabNames<CadrePost>.NameOf(cadre.Post));
            WriteRange(writer, cadre.Posting);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("attendance");
        foreach (AttendanceRecord record in book.Attendance)
        {
            writer.WriteStartObject();
            writer.WriteString("cadre", record.Cadre.Value);
            writer.WriteString("month", IsoDate.FormatMonth(record.Month));
            writer.WriteNumber("daysInVillage", record.DaysInVillage);
            writer.WriteNumber("leaveDays", record.LeaveDays);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("cadreWork");
        foreach (CadreWorkRecord record in book.WorkRecords)
        {
            writer.WriteStartObject();
            writer.WriteString("cadre", record.Cadre.Value);
            writer.WriteNumber("year", record.Year);
            writer.WriteBoolean("workPlan", record.WorkPlan);
            writer.WriteBoolean("workLedger", record.WorkLedger);
            writer.WriteBoolean("homeUnitDuties", record.HomeUnitDuties);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("cadreReviews");
        foreach (CadreReview review in book.Reviews)
        {
            writer.WriteStartObject();
            writer.WriteString("cadre", review.Cadre.Value);
            writer.WriteString("kind", SmartEnumKebabNames<CadreReviewKind>.NameOf(review.Kind));
            JsonOutput.WriteDate(writer, "on", review.On);
            writer.WriteBoolean("dutiesFulfilled", review.DutiesFulfilled);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("committeeActivities");
        foreach (CommitteeActivity activity in book.CommitteeActivities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", activity.Id.Value);
            writer.WriteString("kind", SmartEnumKebabNames<CommitteeActivityKind>.NameOf(activity.Kind));
            WriteTime(writer, activity.Time);
            writer.WriteNumber("trainees", activity.Trainees);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>Writes <c>at</c> as an ISO instant in UTC for a time recorded at an instant, otherwise <c>on</c>.</summary>
    private static void WriteTime(Utf8JsonWriter writer, ActivityTime time)
    {
        if (time.Instant is { } instant)
        {
            writer.WriteString("at", InstantPattern.ExtendedIso.Format(instant));
        }
        else
        {
            JsonOutput.WriteDate(writer, "on", time.Date);
        }
    }

    private static void WriteRange(Utf8JsonWriter writer, DateRange range)
    {
        JsonOutput.WriteDate(writer, "from", range.Start);
        JsonOutput.WriteDate(writer, "to", range.End);
    }
}
