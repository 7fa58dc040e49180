namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a village, an element of <c>villages</c>.</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class VillageFields
{
    /// <summary>Every field, in the order they are declared below; <c>a village</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a village", "村");

    /// <summary><c>code</c>.</summary>
    internal static readonly Field Code = Set.Declare("code");

    /// <summary><c>county</c>.</summary>
    internal static readonly Field County = Set.Declare("county");

    /// <summary><c>name</c>.</summary>
    internal static readonly Field Name = Set.Declare("name");

    /// <summary><c>plannedExitYear</c>.</summary>
    internal static readonly Field PlannedExitYear = Set.Declare("plannedExitYear");

    /// <summary><c>exitedYear</c>.</summary>
    internal static readonly Field ExitedYear = Set.Declare("exitedYear");
}
