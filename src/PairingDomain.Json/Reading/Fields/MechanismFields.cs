namespace PairingDomain.Json.Reading.Fields;

/// <summary>The fields of a unit's four-in-one <c>mechanism</c>.</summary>
/// <remarks><threadsafety>Read-only after its static initialisation.</threadsafety></remarks>
internal static class MechanismFields
{
    /// <summary>Every field, in the order they are declared below; <c>a mechanism</c> in messages.</summary>
    internal static readonly FieldSet Set = new("a mechanism", "“四位一体”帮扶工作机制");

    /// <summary><c>leadershipTeam</c>.</summary>
    internal static readonly Field LeadershipTeam = Set.Declare("leadershipTeam");

    /// <summary><c>undertakingOffice</c>.</summary>
    internal static readonly Field UndertakingOffice = Set.Declare("undertakingOffice");

    /// <summary><c>allStaff</c>.</summary>
    internal static readonly Field AllStaff = Set.Declare("allStaff");
}
