namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a cadre's annual grade, an element of <c>cadreGrades</c>.</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class GradeFields
{
    /// <summary>Every field, in the order they are declared below; <c>a cadre grade</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a cadre grade", "驻村干部考核等次");

    /// <summary><c>cadre</c>.</summary>
    internal static readonly Field Cadre = Set.Declare("cadre");

    /// <summary><c>year</c>.</summary>
    internal static readonly Field Year = Set.Declare("year");

    /// <summary><c>grade</c>.</summary>
    internal static readonly Field Grade = Set.Declare("grade");
}
