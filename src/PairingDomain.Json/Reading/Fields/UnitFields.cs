namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of an assistance unit, an element of <c>units</c>.</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class UnitFields
{
    /// <summary>Every field, in the order they are declared below; <c>a unit</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a unit", "单位");

    /// <summary><c>id</c>.</summary>
    internal static readonly Field Id = Set.Declare("id");

    /// <summary><c>name</c>.</summary>
    internal static readonly Field Name = Set.Declare("name");

    /// <summary><c>kind</c>.</summary>
    internal static readonly Field Kind = Set.Declare("kind");

    /// <summary><c>mechanism</c>.</summary>
    internal static readonly Field Mechanism = Set.Declare("mechanism");

    /// <summary><c>leaders</c>.</summary>
    internal static readonly Field Leaders = Set.Declare("leaders");
}
