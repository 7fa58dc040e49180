namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a local cadre, an element of <c>localCadres</c> (case-format-2.md §1).</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class LocalCadreFields
{
    /// <summary>Every field, in the order they are declared below; <c>a local cadre</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a local cadre", "本地驻村工作队员");

    /// <summary><c>id</c>.</summary>
    internal static readonly Field Id = Set.Declare("id");

    /// <summary><c>name</c>.</summary>
    internal static readonly Field Name = Set.Declare("name");

    /// <summary><c>level</c>.</summary>
    internal static readonly Field Level = Set.Declare("level");

    /// <summary><c>village</c>.</summary>
    internal static readonly Field Village = Set.Declare("village");

    /// <summary><c>post</c>.</summary>
    internal static readonly Field Post = Set.Declare("post");

    /// <summary><c>from</c>.</summary>
    internal static readonly Field From = Set.Declare("from");

    /// <summary><c>to</c>.</summary>
    internal static readonly Field To = Set.Declare("to");
}
