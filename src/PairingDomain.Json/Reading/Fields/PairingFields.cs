namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a county pairing, an element of <c>countyPairings</c>.</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class PairingFields
{
    /// <summary>Every field, in the order they are declared below; <c>a county pairing</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a county pairing", "县帮扶关系");

    /// <summary><c>county</c>.</summary>
    internal static readonly Field County = Set.Declare("county");

    /// <summary><c>lead</c>.</summary>
    internal static readonly Field Lead = Set.Declare("lead");

    /// <summary><c>participants</c>.</summary>
    internal static readonly Field Participants = Set.Declare("participants");

    /// <summary><c>from</c>.</summary>
    internal static readonly Field From = Set.Declare("from");

    /// <summary><c>to</c>.</summary>
    internal static readonly Field To = Set.Declare("to");
}
