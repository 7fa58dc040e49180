namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a county indicator record, an element of <c>countyIndicators</c> (case-format-2.md §1, "Exit indicators").</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class CountyIndicatorFields
{
    /// <summary>Every field, in the order they are declared below; <c>a county indicator record</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a county indicator record", "贫困县退出指标记录");

    /// <summary><c>county</c>.</summary>
    internal static readonly Field County = Set.Declare("county");

    /// <summary><c>year</c>.</summary>
    internal static readonly Field Year = Set.Declare("year");

    /// <summary><c>povertyIncidence</c>.</summary>
    internal static readonly Field PovertyIncidence = Set.Declare("povertyIncidence");

    /// <summary><c>townships</c>.</summary>
    internal static readonly Field Townships = Set.Declare("townships");

    /// <summary><c>townshipsWithSchool</c>.</summary>
    internal static readonly Field TownshipsWithSchool = Set.Declare("townshipsWithSchool");

    /// <summary><c>townshipsWithHealthCentre</c>.</summary>
    internal static readonly Field TownshipsWithHealthCentre = Set.Declare("townshipsWithHealthCentre");

    /// <summary><c>townshipsWithServiceCentre</c>.</summary>
    internal static readonly Field TownshipsWithServiceCentre = Set.Declare("townshipsWithServiceCentre");

    /// <summary><c>wrongfulExitRate</c>.</summary>
    internal static readonly Field WrongfulExitRate = Set.Declare("wrongfulExitRate");

    /// <summary><c>missedRegistrationRate</c>.</summary>
    internal static readonly Field MissedRegistrationRate = Set.Declare("missedRegistrationRate");

    /// <summary><c>approvalRate</c>.</summary>
    internal static readonly Field ApprovalRate = Set.Declare("approvalRate");
}
