namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a county, an element of <c>counties</c>.</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class CountyFields
{
    /// <summary>Every field, in the order they are declared below; <c>a county</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a county", "县");

    /// <summary><c>code</c>.</summary>
    internal static readonly Field Code = Set.Declare("code");

    /// <summary><c>name</c>.</summary>
    internal static readonly Field Name = Set.Declare("name");

    /// <summary><c>region</c>.</summary>
    internal static readonly Field Region = Set.Declare("region");

    /// <summary><c>plannedDelistingYear</c>.</summary>
    internal static readonly Field PlannedDelistingYear = Set.Declare("plannedDelistingYear");

    /// <summary><c>delistedYear</c>.</summary>
    internal static readonly Field DelistedYear = Set.Declare("delistedYear");
}
