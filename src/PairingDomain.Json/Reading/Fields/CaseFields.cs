namespace PairingDomain.Json.Reading.Fields;

/// <summary>
/// The members of a <c>pairing-case/1</c> document (case-format.md, "Case") and, after <see cref="CadreGrades"/>, those
/// that only <c>pairing-case/2</c> adds (case-format-2.md §1; <see cref="Version1Count"/>): in a <c>/1</c> document
/// those are <c>unknown-field</c>.
/// </summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class CaseFields
{
    /// <summary>Every field, in the order they are declared below; <c>a pairing-case/1 document</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a pairing-case/1 document", "pairing-case/1 文档");

    /// <summary><c>format</c>.</summary>
    internal static readonly Field Format = Set.Declare("format");

    /// <summary><c>policy</c>.</summary>
    internal static readonly Field Policy = Set.Declare("policy");

    /// <summary><c>year</c>.</summary>
    internal static readonly Field Year = Set.Declare("year");

    /// <summary><c>asOf</c>.</summary>
    internal static readonly Field AsOf = Set.Declare("asOf");

    /// <summary><c>units</c>.</summary>
    internal static readonly Field Units = Set.Declare("units");

    /// <summary><c>counties</c>.</summary>
    internal static readonly Field Counties = Set.Declare("counties");

    /// <summary><c>villages</c>.</summary>
    internal static readonly Field Villages = Set.Declare("villages");

    /// <summary><c>countyPairings</c>.</summary>
    internal static readonly Field CountyPairings = Set.Declare("countyPairings");

    /// <summary><c>cadres</c>.</summary>
    internal static readonly Field Cadres = Set.Declare("cadres");

    /// <summary><c>activities</c>.</summary>
    internal static readonly Field Activities = Set.Declare("activities");

    /// <summary><c>cadreGrades</c>.</summary>
    internal static readonly Field CadreGrades = Set.Declare("cadreGrades");

    /// <summary><c>localCadres</c> (<c>/2</c> only).</summary>
    internal static readonly Field LocalCadres = Set.Declare("localCadres");

    /// <summary><c>attendance</c> (<c>/2</c> only).</summary>
    internal static readonly Field Attendance = Set.Declare("attendance");

    /// <summary><c>cadreWork</c> (<c>/2</c> only).</summary>
    internal static readonly Field CadreWork = Set.Declare("cadreWork");

    /// <summary><c>cadreReviews</c> (<c>/2</c> only).</summary>
    internal static readonly Field CadreReviews = Set.Declare("cadreReviews");

    /// <summary><c>committeeActivities</c> (<c>/2</c> only).</summary>
    internal static readonly Field CommitteeActivities = Set.Declare("committeeActivities");

    /// <summary><c>partyPairings</c> (<c>/2</c> only).</summary>
    internal static readonly Field PartyPairings = Set.Declare("partyPairings");

    /// <summary><c>householdIndicators</c> (<c>/2</c> only).</summary>
    internal static readonly Field HouseholdIndicators = Set.Declare("householdIndicators");

    /// <summary><c>villageIndicators</c> (<c>/2</c> only).</summary>
    internal static readonly Field VillageIndicators = Set.Declare("villageIndicators");

    /// <summary><c>countyIndicators</c> (<c>/2</c> only).</summary>
    internal static readonly Field CountyIndicators = Set.Declare("countyIndicators");

    /// <summary><c>outcomes</c> (<c>/2</c> only).</summary>
    internal static readonly Field Outcomes = Set.Declare("outcomes");

    /// <summary>How many fields, from the first, a <c>pairing-case/1</c> document may carry: those up to <see cref="CadreGrades"/>.</summary>
    internal static readonly int Version1Count = CadreGrades.Index + 1;
}
