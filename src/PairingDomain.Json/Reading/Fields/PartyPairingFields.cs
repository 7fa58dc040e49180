namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a party pairing (结对共建), an element of <c>partyPairings</c> (case-format-2.md §1).</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class PartyPairingFields
{
    /// <summary>Every field, in the order they are declared below; <c>a party pairing</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a party pairing", "结对共建");

    /// <summary><c>unit</c>.</summary>
    internal static readonly Field Unit = Set.Declare("unit");

    /// <summary><c>village</c>.</summary>
    internal static readonly Field Village = Set.Declare("village");

    /// <summary><c>from</c>.</summary>
    internal static readonly Field From = Set.Declare("from");

    /// <summary><c>to</c>.</summary>
    internal static readonly Field To = Set.Declare("to");
}
