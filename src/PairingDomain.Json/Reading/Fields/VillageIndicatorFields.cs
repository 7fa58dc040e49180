namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a village indicator record, an element of <c>villageIndicators</c> (case-format-2.md §1, "Exit indicators").</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class VillageIndicatorFields
{
    /// <summary>Every field, in the order they are declared below; <c>a village indicator record</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a village indicator record", "贫困村退出指标记录");

    /// <summary><c>village</c>.</summary>
    internal static readonly Field Village = Set.Declare("village");

    /// <summary><c>year</c>.</summary>
    internal static readonly Field Year = Set.Declare("year");

    /// <summary><c>povertyIncidence</c>.</summary>
    internal static readonly Field PovertyIncidence = Set.Declare("povertyIncidence");

    /// <summary><c>collectiveIncome</c>.</summary>
    internal static readonly Field CollectiveIncome = Set.Declare("collectiveIncome");

    /// <summary><c>hardenedRoad</c>.</summary>
    internal static readonly Field HardenedRoad = Set.Declare("hardenedRoad");

    /// <summary><c>clinic</c>.</summary>
    internal static readonly Field Clinic = Set.Declare("clinic");

    /// <summary><c>cultureRoom</c>.</summary>
    internal static readonly Field CultureRoom = Set.Declare("cultureRoom");

    /// <summary><c>network</c>.</summary>
    internal static readonly Field Network = Set.Declare("network");
}
