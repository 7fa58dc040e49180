namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a stationed cadre, an element of <c>cadres</c>.</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class CadreFields
{
    /// <summary>Every field, in the order they are declared below; <c>a cadre</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a cadre", "驻村干部");

    /// <summary><c>id</c>.</summary>
    internal static readonly Field Id = Set.Declare("id");

    /// <summary><c>name</c>.</summary>
    internal static readonly Field Name = Set.Declare("name");

    /// <summary><c>unit</c>.</summary>
    internal static readonly Field Unit = Set.Declare("unit");

    /// <summary><c>village</c>.</summary>
    internal static readonly Field Village = Set.Declare("village");

    /// <summary><c>post</c>.</summary>
    internal static readonly Field Post = Set.Declare("post");

    /// <summary><c>from</c>.</summary>
    internal static readonly Field From = Set.Declare("from");

    /// <summary><c>to</c>.</summary>
    internal static readonly Field To = Set.Declare("to");
}
