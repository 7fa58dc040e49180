namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of an outcome, an element of <c>outcomes</c> (case-format-2.md §1 "Outcomes").</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class OutcomeFields
{
    /// <summary>Every field, in the order they are declared below; <c>an outcome</c> in messages.</summary>
    internal static readonly FieldSet Set = new("an outcome", "帮扶成果");

    /// <summary><c>id</c>.</summary>
    internal static readonly Field Id = Set.Declare("id");

    /// <summary><c>unit</c>.</summary>
    internal static readonly Field Unit = Set.Declare("unit");

    /// <summary><c>county</c>.</summary>
    internal static readonly Field County = Set.Declare("county");

    /// <summary><c>village</c>.</summary>
    internal static readonly Field Village = Set.Declare("village");

    /// <summary><c>on</c>.</summary>
    internal static readonly Field On = Set.Declare("on");

    /// <summary><c>measure</c>.</summary>
    internal static readonly Field Measure = Set.Declare("measure");

    /// <summary><c>amount</c>.</summary>
    internal static readonly Field Amount = Set.Declare("amount");
}
