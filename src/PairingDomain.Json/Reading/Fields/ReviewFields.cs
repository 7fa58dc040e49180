namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a cadre's review, an element of <c>cadreReviews</c> (case-format-2.md §1).</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class ReviewFields
{
    /// <summary>Every field, in the order they are declared below; <c>a cadre review</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a cadre review", "驻村干部考核记录");

    /// <summary><c>cadre</c>.</summary>
    internal static readonly Field Cadre = Set.Declare("cadre");

    /// <summary><c>kind</c>.</summary>
    internal static readonly Field Kind = Set.Declare("kind");

    /// <summary><c>on</c>.</summary>
    internal static readonly Field On = Set.Declare("on");

    /// <summary><c>dutiesFulfilled</c>.</summary>
    internal static readonly Field DutiesFulfilled = Set.Declare("dutiesFulfilled");
}
