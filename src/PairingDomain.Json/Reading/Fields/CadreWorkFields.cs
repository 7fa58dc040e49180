namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a cadre's yearly work record, an element of <c>cadreWork</c> (case-format-2.md §1).</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class CadreWorkFields
{
    /// <summary>Every field, in the order they are declared below; <c>a cadre work record</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a cadre work record", "驻村干部工作记录");

    /// <summary><c>cadre</c>.</summary>
    internal static readonly Field Cadre = Set.Declare("cadre");

    /// <summary><c>year</c>.</summary>
    internal static readonly Field Year = Set.Declare("year");

    /// <summary><c>workPlan</c>.</summary>
    internal static readonly Field WorkPlan = Set.Declare("workPlan");

    /// <summary><c>workLedger</c>.</summary>
    internal static readonly Field WorkLedger = Set.Declare("workLedger");

    /// <summary><c>homeUnitDuties</c>.</summary>
    internal static readonly Field HomeUnitDuties = Set.Declare("homeUnitDuties");
}
