namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a leader, an element of a unit's <c>leaders</c>.</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class LeaderFields
{
    /// <summary>Every field, in the order they are declared below; <c>a leader</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a leader", "领导");

    /// <summary><c>id</c>.</summary>
    internal static readonly Field Id = Set.Declare("id");

    /// <summary><c>name</c>.</summary>
    internal static readonly Field Name = Set.Declare("name");

    /// <summary><c>role</c>.</summary>
    internal static readonly Field Role = Set.Declare("role");

    /// <summary><c>from</c>.</summary>
    internal static readonly Field From = Set.Declare("from");

    /// <summary><c>to</c>.</summary>
    internal static readonly Field To = Set.Declare("to");
}
