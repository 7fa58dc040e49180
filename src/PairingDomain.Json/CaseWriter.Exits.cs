using System.Text.Json;
using PairingDomain.Exits;

namespace PairingDomain.Json;

public static partial class CaseWriter
{
    /// <summary>
    /// <c>householdIndicators</c>, <c>villageIndicators</c> and <c>countyIndicators</c> of a <c>/2</c> case
    /// (case-format-2.md §1), each always written (an empty array when the book has none), each record's fields in the
    /// order the contract lists them; rates and yuan as exact decimals with no trailing zeros.
    /// </summary>
    private static void WriteExitIndicators(Utf8JsonWriter writer, ExitIndicatorBook book)
    {
        writer.WriteStartArray("householdIndicators");
        foreach (HouseholdIndicators h in book.Households)
        {
            writer.WriteStartObject();
            writer.WriteString("household", h.Household);
            writer.WriteString("village", h.Village.Value);
            writer.WriteNumber("year", h.Year);
            writer.WriteNumber("netIncomePerCapita", Exact(h.NetIncomePerCapita));
            writer.WriteBoolean("foodAndClothing", h.FoodAndClothing);
            writer.WriteBoolean("education", h.Education);
            writer.WriteBoolean("medical", h.Medical);
            writer.WriteBoolean("housing", h.Housing);
            writer.WriteBoolean("water", h.Water);
            writer.WriteBoolean("electricity", h.Electricity);
            writer.WriteBoolean("broadcast", h.Broadcast);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("villageIndicators");
        foreach (VillageIndicators v in book.Villages)
        {
            writer.WriteStartObject();
            writer.WriteString("village", v.Village.Value);
            writer.WriteNumber("year", v.Year);
            writer.WriteNumber("povertyIncidence", Exact(v.PovertyIncidence));
            writer.WriteNumber("collectiveIncome", Exact(v.CollectiveIncome));
            writer.WriteBoolean("hardenedRoad", v.HardenedRoad);
            writer.WriteBoolean("clinic", v.Clinic);
            writer.WriteBoolean("cultureRoom", v.CultureRoom);
            writer.WriteBoolean("network", v.Network);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartArray("countyIndicators");
        foreach (CountyIndicators c in book.Counties)
        {
            writer.WriteStartObject();
            writer.WriteString("county", c.County.Value);
            writer.WriteNumber("year", c.Year);
            writer.WriteNumber("povertyIncidence", Exact(c.PovertyIncidence));
            writer.WriteNumber("townships", c.Townships);
            writer.WriteNumber("townshipsWithSchool", c.TownshipsWithSchool);
            writer.WriteNumber("townshipsWithHealthCentre", c.TownshipsWithHealthCentre);
            writer.WriteNumber("townshipsWithServiceCentre", c.TownshipsWithServiceCentre);
            writer.WriteNumber("wrongfulExitRate", Exact(c.WrongfulExitRate));
            writer.WriteNumber("missedRegistrationRate", Exact(c.MissedRegistrationRate));
            writer.WriteNumber("approvalRate", Exact(c.ApprovalRate));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The same value with no trailing zeros (0.020 as 0.02, 3000.00 as 3000).</summary>
    private static decimal Exact(decimal value) => value / 1.000000000000000000000000000000000m;
}
