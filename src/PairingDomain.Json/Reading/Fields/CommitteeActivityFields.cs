namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of an activity of the Work Committee, an element of <c>committeeActivities</c> (case-format-2.md §1).</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class CommitteeActivityFields
{
    /// <summary>Every field, in the order they are declared below; <c>a committee activity</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a committee activity", "农工委活动");

    /// <summary><c>id</c>.</summary>
    internal static readonly Field Id = Set.Declare("id");

    /// <summary><c>kind</c>.</summary>
    internal static readonly Field Kind = Set.Declare("kind");

    /// <summary><c>on</c>.</summary>
    internal static readonly Field On = Set.Declare("on");

    /// <summary><c>at</c>.</summary>
    internal static readonly Field At = Set.Declare("at");

    /// <summary><c>trainees</c>.</summary>
    internal static readonly Field Trainees = Set.Declare("trainees");
}
