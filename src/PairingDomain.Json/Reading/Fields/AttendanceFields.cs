namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a monthly attendance record, an element of <c>attendance</c> (case-format-2.md §1).</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class AttendanceFields
{
    /// <summary>Every field, in the order they are declared below; <c>an attendance record</c> in messages.</summary>
    internal static readonly FieldSet Set = new("an attendance record", "驻村考勤记录");

    /// <summary><c>cadre</c>.</summary>
    internal static readonly Field Cadre = Set.Declare("cadre");

    /// <summary><c>month</c>.</summary>
    internal static readonly Field Month = Set.Declare("month");

    /// <summary><c>daysInVillage</c>.</summary>
    internal static readonly Field DaysInVillage = Set.Declare("daysInVillage");

    /// <summary><c>leaveDays</c>.</summary>
    internal static readonly Field LeaveDays = Set.Declare("leaveDays");
}
