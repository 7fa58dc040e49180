namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a household indicator record, an element of <c>householdIndicators</c> (case-format-2.md §1, "Exit indicators").</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class HouseholdIndicatorFields
{
    /// <summary>Every field, in the order they are declared below; <c>a household indicator record</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a household indicator record", "贫困户退出指标记录");

    /// <summary><c>household</c>.</summary>
    internal static readonly Field Household = Set.Declare("household");

    /// <summary><c>village</c>.</summary>
    internal static readonly Field Village = Set.Declare("village");

    /// <summary><c>year</c>.</summary>
    internal static readonly Field Year = Set.Declare("year");

    /// <summary><c>netIncomePerCapita</c>.</summary>
    internal static readonly Field NetIncomePerCapita = Set.Declare("netIncomePerCapita");

    /// <summary><c>foodAndClothing</c>.</summary>
    internal static readonly Field FoodAndClothing = Set.Declare("foodAndClothing");

    /// <summary><c>education</c>.</summary>
    internal static readonly Field Education = Set.Declare("education");

    /// <summary><c>medical</c>.</summary>
    internal static readonly Field Medical = Set.Declare("medical");

    /// <summary><c>housing</c>.</summary>
    internal static readonly Field Housing = Set.Declare("housing");

    /// <summary><c>water</c>.</summary>
    internal static readonly Field Water = Set.Declare("water");

    /// <summary><c>electricity</c>.</summary>
    internal static readonly Field Electricity = Set.Declare("electricity");

    /// <summary><c>broadcast</c>.</summary>
    internal static readonly Field Broadcast = Set.Declare("broadcast");
}
