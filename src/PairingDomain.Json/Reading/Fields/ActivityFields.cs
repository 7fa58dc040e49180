namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of an activity, an element of <c>activities</c>.</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class ActivityFields
{
    /// <summary>Every field, in the order they are declared below; <c>an activity</c> in messages.</summary>
    internal static readonly FieldSet Set = new("an activity", "活动");

    /// <summary><c>id</c>.</summary>
    internal static readonly Field Id = Set.Declare("id");

    /// <summary><c>kind</c>.</summary>
    internal static readonly Field Kind = Set.Declare("kind");

    /// <summary><c>unit</c>.</summary>
    internal static readonly Field Unit = Set.Declare("unit");

    /// <summary><c>by</c>.</summary>
    internal static readonly Field By = Set.Declare("by");

    /// <summary><c>on</c>.</summary>
    internal static readonly Field On = Set.Declare("on");

    /// <summary><c>at</c>.</summary>
    internal static readonly Field At = Set.Declare("at");

    /// <summary><c>county</c>.</summary>
    internal static readonly Field County = Set.Declare("county");

    /// <summary><c>village</c>.</summary>
    internal static readonly Field Village = Set.Declare("village");

    /// <summary><c>topics</c> (<c>/2</c> only: a supervision visit's focus topics, case-format-2.md §1).</summary>
    internal static readonly Field Topics = Set.Declare("topics");

    /// <summary>How many fields, from the first, an activity of a <c>pairing-case/1</c> document may carry: those up to <see cref="Village"/>.</summary>
    internal static readonly int Version1Count = Village.Index + 1;
}
